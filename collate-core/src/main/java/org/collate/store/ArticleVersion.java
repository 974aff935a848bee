package org.collate.store;

import org.collate.model.AnalyzedArticle;

import java.time.Instant;

/**
 * One version of a stored article: the same URL (or, without one, the same given id) seen with other text.
 *
 * @param articleId the article's id, which its first version gave it and every later version keeps
 * @param version   1 for the first text seen, then 2, 3, …
 * @param hash      the content hash that identifies this text
 * @param seen      when this version was ingested
 * @param analysis  the version's analysis (its {@code article()} holds the text as extracted)
 */
public record ArticleVersion(String articleId, int version, String hash, Instant seen, AnalyzedArticle analysis) {
}
