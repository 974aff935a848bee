package org.collate.model;

/**
 * Where the linking stage put one article.
 *
 * @param articleId the article
 * @param storyId   its story (after any merges at the time of assignment)
 * @param via       how: {@code near-duplicate} (MinHash/LSH copy of an earlier article), {@code rewrite} (same
 *                  facts reworded, found outside the time window), {@code similarity} (joined the best-scoring
 *                  active story) or {@code new}
 * @param score     the similarity that decided it (Jaccard for near-duplicates, the story score otherwise; 0 for new)
 * @param matchedArticle the earlier article it matched most closely, or null for a new story
 */
public record StoryAssignment(String articleId, String storyId, String via, double score, String matchedArticle) {
}
