package org.collate.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A clean article: the output of extraction and the input of every later stage.
 *
 * <p>{@link #text()} is the body, paragraphs separated by a blank line ({@link #PARAGRAPH_SEPARATOR}); a paragraph
 * never contains a blank line itself. Every character offset produced by later stages points into {@code text}.
 *
 * @param id        stable identity: the input's own id, else a hash of URL (or origin) and text
 * @param origin    where it came from (see {@link RawDocument#origin()})
 * @param url       the article's URL, may be null
 * @param outlet    the publisher's name, may be null
 * @param title     the headline, may be null
 * @param published the publication date, may be null
 * @param language  ISO 639-1 code ({@code en}) or {@code und} when undetermined
 * @param author    the byline, may be null
 * @param text      the body, never blank
 * @param removed   what was cut from the input and why
 * @param format    {@code html} or {@code text}: how the input was read
 */
public record Article(String id, String origin, String url, String outlet, String title, PublicationDate published,
                      String language, String author, String text, List<RemovedSpan> removed, String format) {

    /** The separator between paragraphs in {@link #text()}. */
    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
        language = language == null ? "und" : language;
        if (text.isBlank()) {
            throw new IllegalArgumentException("an article has a body: " + origin);
        }
    }

    /** Joins paragraphs (each without blank lines) into an article text. */
    public static String joinParagraphs(List<String> paragraphs) {
        return String.join(PARAGRAPH_SEPARATOR, paragraphs);
    }

    /** The body's paragraphs, in order. */
    public List<String> paragraphs() {
        return Arrays.asList(text.split(PARAGRAPH_SEPARATOR));
    }

    public Article withId(String newId) {
        return new Article(newId, origin, url, outlet, title, published, language, author, text, removed, format);
    }
}
