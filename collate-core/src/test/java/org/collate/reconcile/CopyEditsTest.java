package org.collate.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.ProvenanceLink;
import org.collate.model.Reading;
import org.collate.model.PublicationDate;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two near-identical copies that differ in one word each time: every change shows. */
class CopyEditsTest {

    static final String ORIGINAL = "Harbour Freight Lines reported a loss of 42 million euros for the first quarter "
            + "on Tuesday, blaming weak demand on its Baltic routes.\n\n"
            + "CFO Marta Kowalczyk said the company would sell two of its oldest ships before "
            + "the summer.\n\n"
            + "The company has cut its forecast three times this year, on 12 February, 9 April and 21 May.\n\n"
            + "Shares of the Gdansk-based operator fell 6 percent in early trading in Warsaw after the results were "
            + "published.\n\n"
            + "\"We have made hard choices and we will make more,\" Kowalczyk told analysts on a conference call.\n\n"
            + "The operator employs about 1,800 people in Poland, Lithuania and Finland and runs eleven ferries.\n\n"
            + "Unions have warned that they will strike if any crew members lose their jobs because of the sale.";

    private static StoryReport reconcile(String copy) {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        AnalyzedArticle a = analyzer.analyze(article("wire", "www.example-wire.com", ORIGINAL, 10));
        AnalyzedArticle b = analyzer.analyze(article("copy", "www.example-farm.com", copy, 11));
        StoryReconciler reconciler = new StoryReconciler(ReconcileSettings.DEFAULT.withEmbeddings(false), null);
        return reconciler.reconcile(new Story("s", List.of("wire", "copy"), null, null, null), List.of(a, b));
    }

    private static Article article(String id, String outlet, String text, int day) {
        return new Article(id, "https://" + outlet + "/" + id, null, outlet, "Harbour Freight Lines posts quarterly loss",
                PublicationDate.ofDay(LocalDate.of(2025, 5, day), "declared"), "en", null, text, List.of(), "text");
    }

    /** The facts of one slot that the report gives, with the two readings' values. */
    private static List<String> found(StoryReport r, FactStatus status, String slot) {
        return r.facts(status).stream().filter(f -> slot.equals(f.slot()))
                .map(f -> f.readings().stream().map(Reading::value).sorted().toList().toString()).toList();
    }

    private static void assertACopyOfTheWire(StoryReport r) {
        assertThat(r.provenance()).anySatisfy(p -> {
            assertThat(p.articleId()).isEqualTo("copy");
            assertThat(p.relation()).isEqualTo(ProvenanceLink.Relation.COPY);
            assertThat(p.sourceId()).isEqualTo("wire");
        });
        assertThat(r.facts(FactStatus.AGREED)).as("a copy is no second source to agree with").isEmpty();
    }

    @Test
    void aTitleChangedInACopyIsAConflict() {
        StoryReport r = reconcile(ORIGINAL.replace("CFO Marta", "CEO Marta"));
        assertACopyOfTheWire(r);
        assertThat(found(r, FactStatus.CONFLICTING, "role")).containsExactly("[CEO, CFO]");
        assertThat(r.facts(FactStatus.CONFLICTING)).hasSize(1);
    }

    @Test
    void aSurnameMisspeltInACopyIsAVariantNotAConflict() {
        StoryReport r = reconcile(ORIGINAL.replace("Kowalczyk said", "Kowalcyk said"));
        assertACopyOfTheWire(r);
        assertThat(found(r, FactStatus.VARIANT, "spelling")).containsExactly("[Marta Kowalcyk, Marta Kowalczyk]");
        assertThat(r.facts(FactStatus.CONFLICTING)).isEmpty();
    }

    @Test
    void oneFigureChangedInAListOfDatesIsAConflict() {
        StoryReport r = reconcile(ORIGINAL.replace("9 April", "19 April"));
        assertACopyOfTheWire(r);
        assertThat(r.facts(FactStatus.CONFLICTING)).singleElement().satisfies(f -> {
            assertThat(f.readings()).extracting(Reading::value).containsExactlyInAnyOrder("9", "19");
            assertThat(f.readings()).allSatisfy(reading -> assertThat(reading.evidence().get(0).text())
                    .contains("three times this year"));
        });
    }

    @Test
    void threeOneWordChangesInOneCopyAreEachReported() {
        StoryReport r = reconcile(ORIGINAL.replace("CFO Marta", "CEO Marta").replace("Kowalczyk said", "Kowalcyk said")
                .replace("9 April", "19 April"));
        assertACopyOfTheWire(r);
        assertThat(found(r, FactStatus.CONFLICTING, "role")).containsExactly("[CEO, CFO]");
        assertThat(found(r, FactStatus.VARIANT, "spelling")).containsExactly("[Marta Kowalcyk, Marta Kowalczyk]");
        assertThat(r.facts(FactStatus.CONFLICTING)).hasSize(2);
    }

    @Test
    void anUnchangedCopyReportsNothing() {
        StoryReport r = reconcile(ORIGINAL);
        assertThat(r.facts(FactStatus.CONFLICTING)).isEmpty();
        assertThat(r.facts(FactStatus.VARIANT)).isEmpty();
    }
}
