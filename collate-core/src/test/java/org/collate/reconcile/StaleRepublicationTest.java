package org.collate.reconcile;

import org.collate.analyze.AnalysisFixtures;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.ArticleFlag;
import org.collate.model.PublicationDate;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds as they would read if the wire story carried its date: the SCO summit report of 16 September 2022 and
 * its spun copy dated 2 March 2024. (The wire seed as bundled is undated, so the demo cannot tell how late the copy
 * is; this is the case the flag is for.)
 */
class StaleRepublicationTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    private static AnalyzedArticle dated(Article a, LocalDate day) {
        return ANALYZER.analyze(new Article(a.id(), a.origin(), a.url(), a.outlet(), a.title(),
                PublicationDate.ofDay(day, "declared"), a.language(), a.author(), a.text(), a.removed(), a.format()));
    }

    private static List<String> kinds(StoryReport r, AnalyzedArticle a) {
        return r.flags().getOrDefault(a.id(), List.of()).stream().map(ArticleFlag::kind).toList();
    }

    @Test
    void aCopyEighteenMonthsAfterTheEventIsFlaggedAndTheOriginalIsNot() {
        AnalyzedArticle wire = dated(AnalysisFixtures.seed(TestData.WIRE_SEED), LocalDate.of(2022, 9, 16));
        AnalyzedArticle spun = AnalysisFixtures.analyzedSeed(TestData.SPUN_SEED);
        assertThat(spun.article().published().day()).isEqualTo(LocalDate.of(2024, 3, 2));
        StoryReport r = new StoryReconciler(ReconcileSettings.DEFAULT).reconcile(
                new Story("s1", List.of(wire.id(), spun.id()), null, null, null), List.of(wire, spun));

        assertThat(r.firstPublished()).isEqualTo(LocalDate.of(2022, 9, 16));
        assertThat(kinds(r, spun)).contains("stale-republication");
        ArticleFlag stale = r.flags().get(spun.id()).stream()
                .filter(f -> f.kind().equals("stale-republication")).findFirst().orElseThrow();
        assertThat(stale.detail()).contains("2024-03-02").contains("18 months").contains("2022-09-16");
        assertThat(kinds(r, wire)).doesNotContain("stale-republication");
    }

    @Test
    void aCopyWithinTheStaleLimitIsNotFlagged() {
        AnalyzedArticle wire = dated(AnalysisFixtures.seed(TestData.WIRE_SEED), LocalDate.of(2024, 2, 28));
        AnalyzedArticle spun = AnalysisFixtures.analyzedSeed(TestData.SPUN_SEED);
        StoryReport r = new StoryReconciler(ReconcileSettings.DEFAULT).reconcile(
                new Story("s1", List.of(wire.id(), spun.id()), null, null, null), List.of(wire, spun));
        assertThat(kinds(r, spun)).doesNotContain("stale-republication");
    }
}
