package org.collate.link;

/**
 * The linking stage's knobs. One setting serves every corpus: the defaults were chosen on the story evaluation
 * set as a whole, never per corpus.
 *
 * @param windowDays            a dated article is compared with stories that have an article within this many days
 * @param candidates            articles retrieved from the index per query
 * @param joinThreshold         the least story score at which an article joins a story
 * @param mergeThreshold        the score at which a second story that the article also matches is merged in
 * @param rewriteThreshold      the score an article outside the window must reach to join as a rewrite
 * @param duplicateJaccard      the estimated shingle Jaccard similarity that makes a near-duplicate
 * @param undatedActiveArticles an undated story stays active until this many articles have arrived after its last one
 * @param minCopyChars          characters a body needs before a MinHash match makes it a copy. Below about thirty
 *                              words a "body" is mostly a page whose extraction failed (a site's chat or cookie
 *                              banner, the same on every page of the outlet), and two such pages are identical
 *                              without being copies of one article: on the story set, a 15-word CNN banner tied a
 *                              North Korea oil report to the Las Vegas shooting three months earlier. Short texts
 *                              still join by similarity.
 * @param rewriteQuoteWords     quote word pairs an article must share with an out-of-window story to join it as its
 *                              rewrite
 * @param recentMembers         members of a story kept whole for closest-member similarities: the latest ones,
 *                              which new reports resemble most
 * @param retiredTerms          terms a story out of every window keeps for rewrite matching
 * @param titleWeight           how many times the title's terms count in an article's term vector
 * @param bodyChars             the characters of the body whose terms count (the lead says what the story is; long
 *                              tails drift)
 * @param queryTerms            an article's heaviest terms put in its index query
 * @param queryEntities         an article's most named entities put in its index query
 * @param quotePairs            quote word pairs put in the rewrite path's query
 * @param scorer                the story scorer's logistic weights
 */
public record ClusterSettings(int windowDays, int candidates, double joinThreshold, double mergeThreshold,
                              double rewriteThreshold, double duplicateJaccard, int undatedActiveArticles,
                              int minCopyChars, int rewriteQuoteWords, int recentMembers, int retiredTerms,
                              int titleWeight, int bodyChars, int queryTerms, int queryEntities, int quotePairs,
                              ScorerWeights scorer) {

    public static final ClusterSettings DEFAULT = new ClusterSettings(20, 30, 0.25, 0.9, 0.7, 0.5, 5000, 200, 2, 12,
            64, 3, 2000, 15, 10, 60, ScorerWeights.DEFAULT);

    public ClusterSettings {
        if (scorer == null) {
            throw new IllegalArgumentException("clustering: scorer weights missing");
        }
    }

    public ClusterSettings withScorer(ScorerWeights weights) {
        return new ClusterSettings(windowDays, candidates, joinThreshold, mergeThreshold, rewriteThreshold,
                duplicateJaccard, undatedActiveArticles, minCopyChars, rewriteQuoteWords, recentMembers, retiredTerms,
                titleWeight, bodyChars, queryTerms, queryEntities, quotePairs, weights);
    }

    public ClusterSettings withJoinThreshold(double t) {
        return new ClusterSettings(windowDays, candidates, t, mergeThreshold, rewriteThreshold,
                duplicateJaccard, undatedActiveArticles, minCopyChars, rewriteQuoteWords, recentMembers, retiredTerms,
                titleWeight, bodyChars, queryTerms, queryEntities, quotePairs, scorer);
    }

    public ClusterSettings withMergeThreshold(double t) {
        return new ClusterSettings(windowDays, candidates, joinThreshold, t, rewriteThreshold,
                duplicateJaccard, undatedActiveArticles, minCopyChars, rewriteQuoteWords, recentMembers, retiredTerms,
                titleWeight, bodyChars, queryTerms, queryEntities, quotePairs, scorer);
    }

    public ClusterSettings withRewriteThreshold(double t) {
        return new ClusterSettings(windowDays, candidates, joinThreshold, mergeThreshold, t,
                duplicateJaccard, undatedActiveArticles, minCopyChars, rewriteQuoteWords, recentMembers, retiredTerms,
                titleWeight, bodyChars, queryTerms, queryEntities, quotePairs, scorer);
    }

    public ClusterSettings withWindowDays(int days) {
        return new ClusterSettings(days, candidates, joinThreshold, mergeThreshold, rewriteThreshold,
                duplicateJaccard, undatedActiveArticles, minCopyChars, rewriteQuoteWords, recentMembers, retiredTerms,
                titleWeight, bodyChars, queryTerms, queryEntities, quotePairs, scorer);
    }

    public ClusterSettings withCandidates(int n) {
        return new ClusterSettings(windowDays, n, joinThreshold, mergeThreshold, rewriteThreshold,
                duplicateJaccard, undatedActiveArticles, minCopyChars, rewriteQuoteWords, recentMembers, retiredTerms,
                titleWeight, bodyChars, queryTerms, queryEntities, quotePairs, scorer);
    }
}
