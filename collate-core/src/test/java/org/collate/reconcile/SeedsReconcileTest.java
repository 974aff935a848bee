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

    /**
     * The roster names each person and place as the original does, not as its machine-translated rewrite: the
     * wire's "Antony" Blinken and "Donbas", with the rewrite's spellings listed as its variants.
     */
    @Test
    void theRosterSpellsNamesAsTheOriginalDoes() {
        var blinken = report.entities().stream().filter(e -> e.name().endsWith("Blinken")).toList();
        assertThat(blinken).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("Antony Blinken");
            assertThat(e.variants()).anySatisfy(v -> {
                assertThat(v.name()).contains("Anthony");
                assertThat(v.articleIds()).containsExactly(spun.id());
                assertThat(v.note()).contains("Anthony");
            });
        });
        assertThat(report.entities()).anySatisfy(e -> assertThat(e.name()).isEqualTo("Donbas"));
        assertThat(report.entities()).noneSatisfy(e -> assertThat(e.name()).isEqualTo("Donbass"));
    }

    /**
     * A sentence is aligned with the one that states the same fact: the wire's "set up in 2001 as … to rival Western
     * institutions" with the rewrite's "established in 2001 as … competing Western organizations", not with the
     * wire's sentence on the summit that names more of the same member countries.
     */
    @Test
    void aSentenceAlignsWithTheOneStatingTheSameFact() {
        assertThat(report.facts()).anySatisfy(f -> {
            List<String> evidence = f.readings().stream().flatMap(r -> r.evidence().stream())
                    .map(e -> e.text()).toList();
            assertThat(evidence).anySatisfy(t -> assertThat(t).contains("set up in 2001"));
            assertThat(evidence).anySatisfy(t -> assertThat(t).contains("established in 2001"));
        });
        assertThat(report.facts()).noneSatisfy(f -> {
            List<String> evidence = f.readings().stream().flatMap(r -> r.evidence().stream())
                    .map(e -> e.text()).toList();
            assertThat(evidence).anySatisfy(t -> assertThat(t).contains("established in 2001"));
            assertThat(evidence).anySatisfy(t -> assertThat(t).contains("ex-Soviet Uzbekistan brought"));
        });
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

    /**
     * A group holds renderings of one statement only: Putin's "offensive operations in Donbas do not stop" and his
     * "do everything" (to end the conflict) are two statements of one speaker on one subject, not one rendered twice.
     */
    @Test
    void aQuoteGroupHoldsOneStatement() {
        assertThat(report.quotes()).anySatisfy(g -> assertThat(g.renderings())
                .anySatisfy(r -> assertThat(r.text()).contains("do not stop")));
        assertThat(report.quotes()).noneSatisfy(g -> {
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("do not stop"));
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("do everything"));
        });
        // Speakers are named as the roster names them: after the original.
        assertThat(report.quotes()).anySatisfy(g -> {
            assertThat(g.speaker()).isEqualTo("Antony Blinken");
            assertThat(renderedBy(g)).containsExactlyInAnyOrder(wire.id(), spun.id());
        });
        assertThat(report.quotes()).noneSatisfy(g -> assertThat(g.speaker()).isEqualTo("Anthony Blinken"));
    }

    /**
     * The wire's scare-quoted "international order", after "Putin and Xi looked to rally leaders behind a new", is
     * the pair's phrase, not Putin's; and its two words, found inside the copy's rendering of Xi's sentence, do not
     * take that rendering from the wire's whole sentence.
     */
    @Test
    void aPairsPhraseIsThePairsAndXisSentenceKeepsItsTwin() {
        assertThat(report.quotes()).anySatisfy(g -> {
            assertThat(g.speaker()).isEqualTo("Vladimir Putin and Xi Jinping");
            assertThat(g.renderings()).allSatisfy(r -> assertThat(r.text()).isEqualTo("international order"));
        });
        assertThat(report.quotes()).anySatisfy(g -> {
            assertThat(g.speaker()).isEqualTo("Xi Jinping");
            assertThat(renderedBy(g)).containsExactlyInAnyOrder(wire.id(), spun.id());
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("more just and rational"));
            assertThat(g.renderings()).anySatisfy(r -> assertThat(r.text()).contains("moving in a more just"));
        });
        assertThat(report.quotes()).noneSatisfy(g -> assertThat(g.renderings())
                .anySatisfy(r -> assertThat(r.text()).isEqualTo("international order"))
                .anySatisfy(r -> assertThat(r.text()).contains("moving in a more just")));
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
