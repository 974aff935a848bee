package org.collate.model;

/**
 * The exact words that support a statement: an article, the sentence (or quote), and its characters.
 *
 * @param articleId the article
 * @param text      the words themselves
 * @param span      their characters in the article's text
 */
public record Evidence(String articleId, String text, Span span) {
}
