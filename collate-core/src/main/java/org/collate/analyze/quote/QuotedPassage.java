package org.collate.analyze.quote;

import org.collate.model.Span;

import java.util.List;

/**
 * Words between quotation marks.
 *
 * @param open  the opening mark's offset
 * @param close the closing mark's offset, or -1 when the paragraph (or the last paragraph of a multi-paragraph
 *              quote) ends without one
 * @param after just past the closing mark (two characters for {@code ''}), or past the last quoted character
 * @param parts the quoted words, one span per paragraph, without the marks and surrounding blanks
 */
record QuotedPassage(int open, int close, int after, List<Span> parts) {

    QuotedPassage {
        parts = List.copyOf(parts);
    }

    /** From the first quoted character to the last. */
    Span content() {
        return new Span(parts.get(0).start(), parts.get(parts.size() - 1).end());
    }

    /** Just past the closing mark (or past the last quoted character when unclosed). */
    int end() {
        return after;
    }

    /** The quoted words without the marks that reopen the quote at each new paragraph. */
    String text(String article) {
        if (parts.size() == 1) {
            return parts.get(0).of(article);
        }
        StringBuilder sb = new StringBuilder();
        for (Span p : parts) {
            if (!sb.isEmpty()) {
                sb.append(org.collate.model.Article.PARAGRAPH_SEPARATOR);
            }
            sb.append(p.of(article));
        }
        return sb.toString();
    }
}
