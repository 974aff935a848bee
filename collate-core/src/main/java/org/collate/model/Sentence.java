package org.collate.model;

import java.util.List;

/**
 * A sentence of an article, with its tokens.
 *
 * @param index its position in the article, from 0
 * @param span  its characters in the article text
 * @param text  the characters themselves
 */
public record Sentence(int index, Span span, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
