/**
 * Analysis: an {@link org.collate.model.Article} in, an {@link org.collate.model.AnalyzedArticle} out. Subpackages
 * hold one capability each: {@code segment} (sentences, tokens, parts of speech), {@code entity} (mentions grouped
 * into entities with roles and name variants), {@code quote} (direct and reported speech with speakers),
 * {@code quantity} (numbers and what they count), {@code temporal} (date expressions), {@code signature} (MinHash
 * and embeddings). {@link org.collate.analyze.ArticleAnalyzer} runs them in order.
 */
package org.collate.analyze;
