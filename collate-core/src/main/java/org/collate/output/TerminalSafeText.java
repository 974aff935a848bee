package org.collate.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Keeps text from an article (or a file name) from driving the terminal it is printed on. Control characters are
 * written out visibly as {@code \\uXXXX}, the way JSON escapes them, so a reader sees that something was there:
 * C0 controls but line feed and tab (ESC starts colour, cursor and OSC title sequences; CR overwrites a line), DEL,
 * C1 controls (U+0080–U+009F; U+009B is a one-character CSI), and the bidirectional embeddings, overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069) that can make a line read other than it is. Everything else, line feeds
 * included, passes unchanged, so the views keep their layout.
 */
public final class TerminalSafeText {

    private TerminalSafeText() {
    }

    /** Whether {@code c} must not reach a terminal as it is. */
    public static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\n' && c != '\t')
                || (c >= 0x7f && c <= 0x9f)
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    /** {@code text} with every unsafe character written as {@code \\uXXXX}; null stays null. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(c -> isUnsafe((char) c))) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            append(out, text.charAt(i));
        }
        return out.toString();
    }

    /**
     * A writer that escapes everything written through it, for printing a whole view; {@code out} itself when it
     * already is one. Closing it closes nothing below: the caller owns {@code out}.
     */
    public static PrintWriter writer(PrintWriter out) {
        if (out instanceof SafePrintWriter) {
            return out;
        }
        return new SafePrintWriter(out);
    }

    private static void append(StringBuilder out, char c) {
        if (isUnsafe(c)) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    private static final class SafePrintWriter extends PrintWriter {
        SafePrintWriter(PrintWriter target) {
            super(new EscapingWriter(target), false);
        }
    }

    private static final class EscapingWriter extends FilterWriter {
        EscapingWriter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            write(String.valueOf((char) c));
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            write(new String(buffer, offset, length));
        }

        @Override
        public void write(String s, int offset, int length) throws IOException {
            out.write(escape(s.substring(offset, offset + length)));
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
