package org.collate.pipeline;

import java.time.Duration;

/**
 * What one document or one story may cost a run; a document over its budget is set aside with a one-line warning
 * and the run goes on.
 *
 * @param extractBudget       time one document may take to extract (decode, parse, find the body)
 * @param analyzeBudget       time one article may take to analyse (sentences to embedding)
 * @param maxArticlesPerStory a story with more articles is reconciled on its first this many (reconciling
 *                            compares articles pairwise, so its cost grows with the square of their number)
 */
public record RunLimits(Duration extractBudget, Duration analyzeBudget, int maxArticlesPerStory) {

    /**
     * A news article extracts in milliseconds and analyses in well under a second (BENCHMARKS: about 100 articles a
     * second end to end), so these leave two orders of magnitude for a slow, shared machine.
     */
    public static final RunLimits DEFAULT = new RunLimits(Duration.ofSeconds(30), Duration.ofSeconds(60), 500);

    public RunLimits {
        if (extractBudget.isNegative() || extractBudget.isZero() || analyzeBudget.isNegative()
                || analyzeBudget.isZero() || maxArticlesPerStory < 2) {
            throw new IllegalArgumentException("run limits out of range: " + this);
        }
    }
}
