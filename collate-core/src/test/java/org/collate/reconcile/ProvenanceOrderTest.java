package org.collate.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.ProvenanceLink;
import org.collate.model.PublicationDate;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which copy came first is claimed only on evidence: a strictly earlier day or signs of copying, never on a tie. */
class ProvenanceOrderTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    private static final String TEXT = "The city council of Larkport approved a new budget of 41 million euros on "
            + "Tuesday after a debate that lasted six hours. Mayor Ines Calder said the budget would fund two new "
            + "schools and repair the harbour wall.\n\nOpposition councillors voted against the plan, saying the "
            + "harbour repairs had been promised three times before. \"We will believe it when we see the cranes,\" "
            + "councillor Tomas Reyl said.\n\nThe budget takes effect in January. The council will meet again next "
            + "month to choose the contractors for the school buildings.";

    private static AnalyzedArticle article(String id, String text, LocalDate day) {
        return ANALYZER.analyze(new Article(id, id, null, "outlet-" + id, "Larkport approves budget",
                day == null ? null : PublicationDate.ofDay(day, "declared"), "en", null, text, List.of(), "text"));
    }

    private static ProvenanceLink original(StoryReport r) {
        return r.provenance().stream().filter(p -> p.relation() == ProvenanceLink.Relation.ORIGINAL).findFirst()
                .orElseThrow();
    }

    private static StoryReport reconcile(AnalyzedArticle... articles) {
        List<AnalyzedArticle> list = List.of(articles);
        return new StoryReconciler(ReconcileSettings.DEFAULT.withEmbeddings(false)).reconcile(
                new Story("s1", list.stream().map(AnalyzedArticle::id).toList(), null, null, null), list);
    }

    @Test
    void copiesOfOneDayHaveNoKnownOrder() {
        LocalDate day = LocalDate.of(2024, 5, 14);
        StoryReport r = reconcile(article("a", TEXT, day), article("b", TEXT.replace("six hours", "six long hours"), day));
        ProvenanceLink original = original(r);
        assertThat(original.reason()).contains(ProvenanceClassifier.ORDER_UNKNOWN).contains("same day")
                .doesNotContain("earliest");
        assertThat(original.confidence()).isLessThan(0.8);
    }

    @Test
    void aStrictlyEarlierDayMakesTheOriginal() {
        StoryReport r = reconcile(article("late", TEXT.replace("six hours", "six long hours"), LocalDate.of(2024, 5, 15)),
                article("early", TEXT, LocalDate.of(2024, 5, 14)));
        ProvenanceLink original = original(r);
        assertThat(original.articleId()).isEqualTo("early");
        assertThat(original.reason()).contains("earliest published (2024-05-14)")
                .doesNotContain(ProvenanceClassifier.ORDER_UNKNOWN);
    }

    @Test
    void anUndatedCopyLeavesTheOrderUnknown() {
        StoryReport r = reconcile(article("dated", TEXT, LocalDate.of(2024, 5, 14)),
                article("undated", TEXT.replace("six hours", "six long hours"), null));
        assertThat(original(r).reason()).contains(ProvenanceClassifier.ORDER_UNKNOWN).doesNotContain("earliest");
    }
}
