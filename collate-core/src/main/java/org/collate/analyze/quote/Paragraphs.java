package org.collate.analyze.quote;

import org.collate.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph boundaries as quotation conventions see them. A blank line always ends a paragraph; a single line break
 * does too (plain-text sources and wire copy often separate paragraphs that way), except where the next line starts
 * in lower case after a line that does not end a sentence: that is a hard-wrapped line, not a new paragraph.
 * Offsets are never shifted: each paragraph is a span of the article text without its line breaks.
 */
final class Paragraphs {

    private Paragraphs() {
    }

    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i <= n) {
            if (i == n || text.charAt(i) == '\n') {
                if (i < n && wrapped(text, start, i)) {
                    i++;
                    continue;
                }
                add(out, text, start, i);
                start = i + 1;
            }
            i++;
        }
        return out;
    }

    private static boolean wrapped(String text, int lineStart, int newline) {
        int next = newline + 1;
        if (next >= text.length() || !Character.isLowerCase(text.charAt(next))) {
            return false;
        }
        int end = newline;
        while (end > lineStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end > lineStart && ".!?:;\"”’»".indexOf(text.charAt(end - 1)) < 0;
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }
}
