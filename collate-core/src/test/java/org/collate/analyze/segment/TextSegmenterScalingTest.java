package org.collate.analyze.segment;

import org.collate.analyze.AnalysisLimits;
import org.collate.model.Sentence;
import org.collate.testing.Scaling;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile texts cost sentence splitting, tokenising and tagging time in proportion to their length. Each input is
 * built here; n is chosen so that the run at n takes a fraction of a second.
 */
class TextSegmenterScalingTest {

    private static final TextSegmenter SEGMENTER = new TextSegmenter(EnglishModels.shared());
    private static final String LEAD = "The minister said the plan would go ahead next year.\n\n";

    static String repeat(String s, int n, String separator) {
        StringBuilder b = new StringBuilder(LEAD);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(separator);
            }
            b.append(s);
        }
        return b.toString();
    }

    private static void linear(String what, int n, java.util.function.IntFunction<String> text) {
        Scaling.assertLinear(what, n, text, t -> SEGMENTER.segment(t, "en"));
    }

    @Test
    void oneWordWithoutSpaces() {
        linear("a text without white space", 100_000, n -> repeat("abcdefghij", n / 10, ""));
    }

    @Test
    void fullStopsWithoutSpaces() {
        // Every full stop is a candidate sentence end whose features spanned the whole run.
        linear("a.a.a.…", 60_000, n -> repeat("a.", n, ""));
    }

    @Test
    void curlyOpeningQuotes() {
        linear("unmatched “", 4_000, n -> repeat("\u201c", n, ""));
    }

    @Test
    void guillemets() {
        linear("unmatched «", 150_000, n -> repeat("\u00ab", n, ""));
    }

    @Test
    void straightQuotes() {
        linear("straight quotes", 4_000, n -> repeat("\"", n, ""));
    }

    @Test
    void mixedQuotesWithWords() {
        linear("mixed quotes and words", 600, n -> repeat("\u201cword \u00abword \"word", n, " "));
    }

    @Test
    void unpunctuatedWords() {
        linear("words without punctuation", 4_000, n -> repeat("word", n, " "));
    }

    @Test
    void anOverLongSentenceIsSplitAtWhiteSpaceWithAWarning() {
        TextSegmenter small = new TextSegmenter(EnglishModels.shared(), new AnalysisLimits(100, 12, 10, 10));
        String text = repeat("word", 100, " "); // 499 characters after the lead: five pieces of 20 words
        List<String> warnings = new ArrayList<>();
        List<Sentence> sentences = small.segment(text, "en", warnings::add);
        assertThat(sentences).hasSizeGreaterThan(10);
        for (Sentence s : sentences) {
            assertThat(s.text()).isEqualTo(text.substring(s.span().start(), s.span().end()));
            assertThat(s.text().length()).isLessThanOrEqualTo(100);
            assertThat(s.tokens()).hasSizeLessThanOrEqualTo(12);
            assertThat(s.text()).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("wor d");
        }
        assertThat(warnings).containsExactly(
                "1 sentence(s) longer than 100 characters split at that length (limit maxSentenceChars)",
                "5 sentence(s) of more than 12 tokens split at that count (limit maxTokensPerSentence)");
        // The neutral path (no models) splits the same way.
        List<Sentence> neutral = small.segment(text, "und", w -> {
        });
        assertThat(neutral).allSatisfy(s -> {
            assertThat(s.text()).isEqualTo(text.substring(s.span().start(), s.span().end()));
            assertThat(s.tokens()).hasSizeLessThanOrEqualTo(12);
        });
    }

    @Test
    void ordinaryTextIsNotSplit() {
        String text = "The minister said the plan would go ahead. Officials confirmed it on Monday.";
        List<String> warnings = new ArrayList<>();
        assertThat(SEGMENTER.segment(text, "en", warnings::add)).extracting(Sentence::text).containsExactly(
                "The minister said the plan would go ahead.", "Officials confirmed it on Monday.");
        assertThat(warnings).isEmpty();
    }
}
