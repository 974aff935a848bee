package org.collate.analyze.quote;

import org.collate.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between quotation marks, in every style news copy uses: “…”, "…", «…» (and »…«), „…“, ‘…’
 * '…' and ''…''. Whether a mark opens or closes is read from its neighbours first (a mark after a blank and before a
 * letter opens; one after a letter and before a blank or punctuation closes) and from its shape second, so
 * straight quotes and wrongly curled ones pair up. Single marks count only as outermost quotes whose closing
 * mark is in the same paragraph (elsewhere they are nested quotes or apostrophes: "Clinton’s", "’90s").
 *
 * <p>A double quote still open at the end of a paragraph continues into the next paragraph when that one starts with
 * an opening mark (the newspaper convention for quotes of several paragraphs); otherwise it ends with its
 * paragraph, unclosed.
 */
final class QuoteScanner {

    private enum Role { OPEN, CLOSE, EITHER, APOSTROPHE }

    private static final String DOUBLE = "“”\"„‟«»";
    private static final String SINGLE = "‘’'‚‹›";

    private QuoteScanner() {
    }

    static List<QuotedPassage> scan(String text, List<Span> paragraphs) {
        List<QuotedPassage> out = new ArrayList<>();
        Open cur = null;
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            Span p = paragraphs.get(pi);
            int i = p.start();
            if (cur != null) {
                // The reopening mark, checked at the previous paragraph's end.
                i += twoApostrophes(text, i, p) ? 2 : 1;
                cur.partStart = i;
            }
            for (; i < p.end(); i++) {
                char c = text.charAt(i);
                int width = 1;
                if (twoApostrophes(text, i, p)) {
                    c = '"'; // ''…'' (typewriter style) is a double quotation mark
                    width = 2;
                }
                boolean dbl = DOUBLE.indexOf(c) >= 0;
                if (!dbl && SINGLE.indexOf(c) < 0) {
                    continue;
                }
                Role role = role(text, i, width, p);
                int here = i;
                i += width - 1;
                if (cur == null) {
                    if (here > p.start() && text.charAt(here - 1) == '=') {
                        continue; // an attribute value in left-over markup: <tweet tweet-id="…">
                    }
                    if (dbl) {
                        if (role == Role.OPEN || role == Role.EITHER && "“\"„«".indexOf(c) >= 0) {
                            cur = new Open(here, c, i + 1);
                        }
                    } else if (width == 1 && role == Role.OPEN && i + 1 < p.end()
                            && Character.isLetter(text.charAt(i + 1))) {
                        int close = singleClose(text, i + 1, p);
                        if (close > 0) {
                            emit(out, text, new Open(i, c, i + 1), close, close);
                            i = close;
                        }
                    }
                    continue;
                }
                if (!dbl) {
                    continue; // nested single quotes and apostrophes
                }
                if (cur.guillemet()) {
                    if (c == '«' || c == '»') {
                        if (c != cur.glyph || role == Role.CLOSE) {
                            emit(out, text, cur, here, here);
                            cur = null;
                        }
                    } else if (role == Role.OPEN) {
                        cur.nested++;
                    } else if (cur.nested > 0) {
                        cur.nested--;
                    }
                    continue;
                }
                boolean opener = role == Role.OPEN || role == Role.EITHER && (c == '“' && cur.glyph != '„' || c == '„');
                if (opener && c != '”' && c != '»') {
                    // A new quote opens before this one closed: the first one lacked its closing mark.
                    emit(out, text, cur, -1, here);
                    cur = new Open(here, c, i + 1);
                } else if (c != '«' && c != '»') {
                    emit(out, text, cur, here, here);
                    cur = null;
                }
            }
            if (cur != null) {
                Span next = pi + 1 < paragraphs.size() ? paragraphs.get(pi + 1) : null;
                if (next != null && ("“\"„«»".indexOf(text.charAt(next.start())) >= 0
                        || twoApostrophes(text, next.start(), next))
                        && role(text, next.start(), twoApostrophes(text, next.start(), next) ? 2 : 1, next) != Role.CLOSE) {
                    cur.parts.add(trim(text, cur.partStart, p.end()));
                } else {
                    emit(out, text, cur, -1, p.end());
                    cur = null;
                }
            }
        }
        return out;
    }

    /** The closing single mark of a quote opened just before {@code from}, or -1 (a double mark stops the search). */
    private static int singleClose(String text, int from, Span p) {
        for (int j = from; j < p.end(); j++) {
            char c = text.charAt(j);
            if (DOUBLE.indexOf(c) >= 0 || twoApostrophes(text, j, p)) {
                return -1;
            }
            if ((c == '’' || c == '\'' || c == '›') && role(text, j, 1, p) == Role.CLOSE) {
                return j;
            }
        }
        return -1;
    }

    private static void emit(List<QuotedPassage> out, String text, Open o, int close, int contentEnd) {
        List<Span> parts = new ArrayList<>(o.parts);
        Span last = trim(text, o.partStart, contentEnd);
        parts.add(last);
        parts.removeIf(s -> s.length() == 0);
        if (parts.isEmpty()) {
            return;
        }
        boolean word = false;
        for (Span s : parts) {
            for (int k = s.start(); k < s.end() && !word; k++) {
                word = Character.isLetter(text.charAt(k));
            }
        }
        if (word) {
            int after = close < 0 ? parts.get(parts.size() - 1).end() : close + (twoApostrophes(text, close) ? 2 : 1);
            out.add(new QuotedPassage(o.open, close, after, parts));
        }
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean twoApostrophes(String text, int i) {
        return text.charAt(i) == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'';
    }

    private static boolean twoApostrophes(String text, int i, Span p) {
        return text.charAt(i) == '\'' && i + 1 < p.end() && text.charAt(i + 1) == '\'';
    }

    private static Role role(String text, int i, int width, Span p) {
        char c = width == 2 ? '"' : text.charAt(i);
        char prev = i > p.start() ? text.charAt(i - 1) : ' ';
        char next = i + width < p.end() ? text.charAt(i + width) : ' ';
        if (SINGLE.indexOf(c) >= 0 && Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
            return Role.APOSTROPHE;
        }
        boolean before = Character.isWhitespace(prev) || "([{<—–-/“‘„«".indexOf(prev) >= 0
                || prev == '"' && i - 1 == p.start();
        boolean after = Character.isWhitespace(next) || ",;:!?)]}>—–”’»".indexOf(next) >= 0
                || next == '.' && !(i + width + 1 < p.end() && text.charAt(i + width + 1) == '.');
        if (before && !after) {
            return Role.OPEN;
        }
        if (after && !before) {
            return Role.CLOSE;
        }
        return Role.EITHER;
    }

    private static final class Open {
        final int open;
        final char glyph;
        int partStart;
        int nested;
        final List<Span> parts = new ArrayList<>(2);

        Open(int open, char glyph, int partStart) {
            this.open = open;
            this.glyph = glyph;
            this.partStart = partStart;
        }

        boolean guillemet() {
            return glyph == '«' || glyph == '»';
        }
    }
}
