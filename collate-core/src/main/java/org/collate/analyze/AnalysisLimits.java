package org.collate.analyze;

/**
 * Bounds that keep the analysis of any text linear in its length, whatever the text: each is far above what news
 * writes, and each, when reached, gives one warning naming the article.
 *
 * @param maxSentenceChars     a "sentence" longer than this (text without full stops) is split at white space
 *                             before the bound, so every per-sentence step has bounded work
 * @param maxTokensPerSentence a sentence with more tokens than this is split after that many
 * @param maxQuotesPerArticle  quotes kept per article (the reconcile stage compares quotes pairwise across a story)
 * @param maxNumbersPerArticle numbers kept per article (compared pairwise across a story too)
 */
public record AnalysisLimits(int maxSentenceChars, int maxTokensPerSentence, int maxQuotesPerArticle,
                             int maxNumbersPerArticle) {

    /**
     * Far above news: a sentence of 5,000 characters is two pages, and a transcript's article has a few hundred
     * quotes. The quote and story evaluations give the same figures with these limits as without.
     */
    public static final AnalysisLimits DEFAULT = new AnalysisLimits(5_000, 1_000, 2_000, 5_000);

    public AnalysisLimits {
        if (maxSentenceChars < 100 || maxTokensPerSentence < 10 || maxQuotesPerArticle < 1
                || maxNumbersPerArticle < 1) {
            throw new IllegalArgumentException("analysis limits too small: " + this);
        }
    }
}
