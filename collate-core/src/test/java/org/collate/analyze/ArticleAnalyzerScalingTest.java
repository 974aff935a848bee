package org.collate.analyze;

import org.collate.model.AnalyzedArticle;
import org.collate.testing.Scaling;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole analysis (sentences, entities, quotes, numbers, dates, MinHash) of hostile articles costs time in
 * proportion to their length, and the per-article limits hold with one warning each.
 */
class ArticleAnalyzerScalingTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);
    private static final String LEAD = "The minister said the plan would go ahead next year.\n\n";

    private static String text(String unit, int n, String separator) {
        StringBuilder b = new StringBuilder(LEAD);
        for (int i = 0; i < n; i++) {
            b.append(unit).append(separator);
        }
        return b.toString();
    }

    private static void linear(String what, int n, IntFunction<String> text) {
        Scaling.assertLinear(what, n, k -> AnalysisFixtures.article(text.apply(k), null), ANALYZER::analyze);
    }

    @Test
    void quoteMarksOfEveryKindMixed() {
        linear("“ « \" mixed", 1_000, n -> text("\u201c\u00ab\"", n, ""));
    }

    @Test
    void quotationsThatNeverClose() {
        linear("unclosed quotations", 300, n -> text("\u201cHe said the plan was wrong, \u00abthey said \"it is", n, " "));
    }

    @Test
    void unpunctuatedWords() {
        linear("unpunctuated words", 1_500, n -> text("word Name", n, " "));
    }

    @Test
    void numbers() {
        linear("numbers", 300, n -> text("12 34.5 1,000 7% $3bn", n, " "));
    }

    @Test
    void quotesAndNumbersOverTheirLimitsAreCutWithAWarning() {
        ArticleAnalyzer small = new ArticleAnalyzer(null, new AnalysisLimits(5_000, 1_000, 2, 3));
        String text = text("\u201cWe will win,\u201d she said. The 12 ships carried 40 tons and 7 crews.", 3, " ");
        AnalyzedArticle whole = ANALYZER.analyze(AnalysisFixtures.article(text, null));
        assertThat(whole.quotes()).hasSizeGreaterThan(2);
        assertThat(whole.numbers()).hasSizeGreaterThan(3);
        List<String> warnings = new ArrayList<>();
        AnalyzedArticle a = small.analyze(AnalysisFixtures.article(text, null), warnings::add);
        assertThat(a.quotes()).isEqualTo(whole.quotes().subList(0, 2));
        assertThat(a.numbers()).isEqualTo(whole.numbers().subList(0, 3));
        assertThat(warnings).containsExactly(
                whole.quotes().size() + " quotes found, the first 2 kept (limit maxQuotesPerArticle)",
                whole.numbers().size() + " numbers found, the first 3 kept (limit maxNumbersPerArticle)");
    }
}
