package org.collate.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.Story;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Agreement needs two independent sources: two pages of one outlet repeating a line are one source. */
class IndependentSourcesTest {

    private static final String LINE = "The city council approved the new budget of 40 million dollars on Monday evening.";
    /** The same fact in the second page's words: two reports, not a copy. */
    private static final String REWORDED = "On Monday evening the city council approved its new budget of 40 million dollars.";

    private static List<Fact> agreed(String outletA, String outletB) {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        AnalyzedArticle a = analyzer.analyze(new Article("a", "a", null, outletA, null, null, "en", null,
                "Residents packed the hall to protest the closing of two libraries before the vote.\n\n" + LINE,
                List.of(), "text"));
        AnalyzedArticle b = analyzer.analyze(new Article("b", "b", null, outletB, null, null, "en", null,
                "Teachers asked the mayor for more money for schools in the poorer districts.\n\n" + REWORDED,
                List.of(), "text"));
        StoryReconciler reconciler = new StoryReconciler(ReconcileSettings.DEFAULT.withEmbeddings(false), null);
        return reconciler.reconcile(new Story("s", List.of("a", "b"), null, null, null), List.of(a, b))
                .facts(FactStatus.AGREED);
    }

    @Test
    void twoOutletsStatingOneFactAgree() {
        assertThat(agreed("www.example-times.com", "www.example-post.com"))
                .anySatisfy(f -> assertThat(f.readings().get(0).value()).contains("budget"));
    }

    @Test
    void twoPagesOfOneOutletAreOneSource() {
        assertThat(agreed("www.example-times.com", "www.example-times.com")).isEmpty();
    }
}
