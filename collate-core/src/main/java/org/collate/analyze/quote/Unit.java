package org.collate.analyze.quote;

import org.collate.model.Span;
import org.collate.model.Token;

import java.util.List;

/**
 * A sentence, or the part of one inside a single paragraph (the segmenter only splits paragraphs at blank lines;
 * here a single line break separates paragraphs too), with its tokens.
 *
 * @param index     its position among the article's units
 * @param paragraph the index of its paragraph
 * @param span      its characters
 * @param tokens    its tokens
 * @param quoted    for each token, whether it lies inside a quoted passage or is one of its marks
 */
record Unit(int index, int paragraph, Span span, List<Token> tokens, boolean[] quoted) {

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    String pos(int i) {
        return tokens.get(i).pos();
    }

    /** The characters of tokens {@code [from, to)}, from the first one's start to the last one's end. */
    Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    /** The index of the first token starting at or after {@code offset} (size() when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last token ending at or before {@code offset} (-1 when none). */
    int lastEndingBy(int offset) {
        int k = firstAtOrAfter(offset) - 1;
        while (k >= 0 && tokens.get(k).span().end() > offset) {
            k--;
        }
        return k;
    }
}
