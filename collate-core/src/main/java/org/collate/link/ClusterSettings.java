package org.collate.link;

/**
 * The linking stage's knobs. One setting serves every corpus: the defaults were chosen on the story evaluation
 * set as a whole, never per corpus.
 *
 * @param windowDays         a dated article is compared with stories that have an article within this many days
 * @param candidates         articles retrieved from the index per query
 * @param joinThreshold      the least story score at which an article joins a story
 * @param mergeThreshold     the score at which a second story that the article also matches is merged in
 * @param rewriteThreshold   the score an article outside the window must reach to join as a rewrite
 * @param duplicateJaccard   the estimated shingle Jaccard similarity that makes a near-duplicate
 * @param undatedActiveArticles an undated story stays active until this many articles have arrived after its last one
 * @param scorerWeights      the story scorer's logistic weights, in the order of {@code StoryScorer.FEATURES}, bias last
 */
public record ClusterSettings(int windowDays, int candidates, double joinThreshold, double mergeThreshold,
                              double rewriteThreshold, double duplicateJaccard, int undatedActiveArticles,
                              double[] scorerWeights) {

    public static final ClusterSettings DEFAULT = new ClusterSettings(20, 30, 0.25, 0.9, 0.7, 0.5, 5000,
            StoryScorer.DEFAULT_WEIGHTS);

    public ClusterSettings {
        scorerWeights = scorerWeights.clone();
        if (scorerWeights.length != StoryScorer.FEATURES.length + 1) {
            throw new IllegalArgumentException("scorer weights: " + (StoryScorer.FEATURES.length + 1) + " expected");
        }
    }

    @Override
    public double[] scorerWeights() {
        return scorerWeights.clone();
    }

    public ClusterSettings withScorerWeights(double[] weights) {
        return new ClusterSettings(windowDays, candidates, joinThreshold, mergeThreshold, rewriteThreshold,
                duplicateJaccard, undatedActiveArticles, weights);
    }

    public ClusterSettings withJoinThreshold(double t) {
        return new ClusterSettings(windowDays, candidates, t, mergeThreshold, rewriteThreshold, duplicateJaccard,
                undatedActiveArticles, scorerWeights);
    }

    public ClusterSettings withWindowDays(int days) {
        return new ClusterSettings(days, candidates, joinThreshold, mergeThreshold, rewriteThreshold, duplicateJaccard,
                undatedActiveArticles, scorerWeights);
    }
}
