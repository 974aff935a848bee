package org.collate.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ShingleMatcherTest {

    @Test
    void identicalTextsAreAllTruePositives() {
        ShingleMatcher.Counts c = ShingleMatcher.match("one two three four five", "one two three four five");
        assertThat(c.tp()).isEqualTo(1.0);
        assertThat(c.fp()).isZero();
        assertThat(c.fn()).isZero();
    }

    @Test
    void countsAreNormalisedPerDocument() {
        // truth shingles: [a b c d], [b c d e]; prediction: [a b c d], [b c d x]
        ShingleMatcher.Counts c = ShingleMatcher.match("a b c d e", "a b c d x");
        assertThat(c.tp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fp()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(c.fn()).isCloseTo(1 / 3.0, within(1e-9));
    }

    @Test
    void emptyPredictionCountsForRecallOnly() {
        ShingleMatcher.Counts missed = ShingleMatcher.match("a b c d", "");
        ShingleMatcher.Counts perfect = ShingleMatcher.match("a b c d", "a b c d");
        PrecisionRecall pr = ShingleMatcher.average(List.of(missed, perfect));
        assertThat(pr.precision()).isEqualTo(1.0);
        assertThat(pr.recall()).isEqualTo(0.5);
    }

    @Test
    void wordsArePythonWordRunsAndCaseSensitive() {
        assertThat(ShingleMatcher.words("Don't stop—it's 3½ o'clock_now")).containsExactly(
                "Don", "t", "stop", "it", "s", "3½", "o", "clock_now");
        assertThat(ShingleMatcher.match("A b c d", "a b c d").tp()).isZero();
    }
}
