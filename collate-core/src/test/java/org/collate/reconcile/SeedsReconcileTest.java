package org.collate.reconcile;

import org.collate.analyze.AnalysisFixtures;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.ProvenanceLink;
import org.collate.model.QuoteGroup;
import org.collate.model.Reading;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.collate.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two seed articles (a wire report and a machine-translated rewrite of it) reconciled as in {@code collate run}:
 * the conflicts a reader must see, and no others; the quotes grouped across the two; the rewrite relation.
 */
class SeedsReconcileTest {

    private static AnalyzedArticle wire;
    private static AnalyzedArticle spun;
    private static StoryReport report;

    @BeforeAll
    static void reconcile() {
        wire = AnalysisFixtures.analyzedSeed(TestData.WIRE_SEED);
        spun = AnalysisFixtures.analyzedSeed(TestData.SPUN_SEED);
        Story story = new Story("s1", List.of(wire.id(), spun.id()), null, null, null);
        report = new StoryReconciler(ReconcileSettings.DEFAULT).reconcile(story, List.of(wire, spun));
    }

    private static List<Fact> conflicts(String slot) {
        return report.facts(FactStatus.CONFLICTING).stream().filter(f -> slot.equals(f.slot())).toList();
    }

    private static List<String> values(Fact f) {
        return f.readings().stream().map(Reading::value).toList();
    }

    @Test
    void casualtiesConflict() {
        assertThat(conflicts("casualties")).hasSize(1);
        Fact f = conflicts("casualties").get(0);
        assertThat(values(f)).containsExactlyInAnyOrder("deadly clashes", "left dozens injured");
        assertThat(f.readings()).allMatch(r -> r.articleIds().size() == 1);
    }

    @Test
    void modiIsGivenTwoTitles() {
        assertThat(conflicts("role")).hasSize(1);
        Fact f = conflicts("role").get(0);
        assertThat(f.about()).contains("Modi");
        assertThat(values(f)).containsExactlyInAnyOrder("Indian Prime Minister", "Indian President");
    }

    @Test
    void namesSpeltTwoWaysAreVariantsNotConflicts() {
        List<Fact> spellings = report.facts(FactStatus.VARIANT).stream().filter(f -> "spelling".equals(f.slot()))
                .toList();
        assertThat(spellings).hasSize(2);
        assertThat(spellings).anySatisfy(f ->
                assertThat(values(f)).containsExactlyInAnyOrder("Antony Blinken", "Anthony Blinken"));
        assertThat(spellings).anySatisfy(f -> assertThat(values(f)).containsExactlyInAnyOrder("Donbas", "Donbass"));
    }

    @Test
    void noOtherConflicts() {
        // Modi's two titles and the casualty figures disagree; the spellings are variants, not disagreements.
        assertThat(report.facts(FactStatus.CONFLICTING)).extracting(Fact::slot)
                .containsExactlyInAnyOrder("casualties", "role");
    }

    @Test
    void quotesAreGroupedAcrossTheArticles() {
        assertThat(report.quotes()).anySatisfy(g -> {
            assertThat(renderedBy(g)).containsExactlyInAnyOrder(wire.id(), spun.id());
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("abandon zero-sum games"));
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("give up zero-sum games"));
        });
        assertThat(report.quotes()).anySatisfy(g -> {
            assertThat(renderedBy(g)).containsExactlyInAnyOrder(wire.id(), spun.id());
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("We are not in a hurry"));
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("We are in no rush"));
        });
    }

    private static List<String> renderedBy(QuoteGroup g) {
        return g.renderings().stream().map(QuoteGroup.Rendering::articleId).toList();
    }

    @Test
    void theTranslatedCopyIsARewriteOfTheWire() {
        assertThat(report.provenance()).anySatisfy(l -> {
            assertThat(l.articleId()).isEqualTo(spun.id());
            assertThat(l.sourceId()).isEqualTo(wire.id());
            assertThat(l.relation()).isEqualTo(ProvenanceLink.Relation.REWRITE);
        });
    }
}
