package org.collate.model;

/**
 * A word or punctuation mark.
 *
 * @param span its characters in the article text
 * @param text the characters themselves
 * @param pos  its Universal Dependencies part of speech ({@code PROPN}, {@code VERB}, …), or {@code X} where no
 *             tagger exists for the language
 */
public record Token(Span span, String text, String pos) {
}
