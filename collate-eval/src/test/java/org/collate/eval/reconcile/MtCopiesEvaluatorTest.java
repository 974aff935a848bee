package org.collate.eval.reconcile;

import org.collate.pipeline.PipelineSettings;
import org.collate.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faithful renderings of one article (the mt-copies dev documents, a human translation and three machine ones) report
 * few conflicts, no pronoun as a speaker, and still the machine translations' real errors, found by reading the
 * renderings beside the human one: a scale misread (30万 as "30 million", not 300,000; "115 thousand" as "15,000"),
 * a digit dropped or doubled ("633" as "63", "802" as "8020", "450 million" as "45,000 million"), a wrong year.
 */
class MtCopiesEvaluatorTest {

    /** The real errors, by document: the human rendering's value, then the machine rendering's. */
    private record RealError(String document, String human, String machine) {
    }

    private static final List<RealError> REAL_ERRORS = List.of(
            new RealError("belta.by.15680", "2022", "2002"),
            new RealError("belta.by.15680", "633", "63"),
            new RealError("belta.by.15680", "10 thousand cases", "100,000 cases"),
            new RealError("izvestiya.97255", "300 million citizens", "30 million citizens"),
            new RealError("izvestiya.97255", "700 ski resorts", "70 ski resorts"),
            new RealError("kommersant.51718", "115 thousand vehicles", "15,000 vehicles"),
            new RealError("kommersant.51718", "11 months", "1 month"),
            new RealError("yahoo-ja.265389", "802 billion cubic feet", "8020 billion cubic feet"),
            new RealError("yahoo-ja.265404", "450 million dollars", "45,000 million dollars"),
            new RealError("yahoo-ja.265992", "2014", "2004"));

    private static MtCopiesEvaluator.Report report;

    @BeforeAll
    static void run() throws Exception {
        Path file = TestData.shared("eval/mt-copies/dev.jsonl");
        Set<String> wanted = Set.of("belta.by.15680", "izvestiya.97255", "kommersant.51718", "yahoo-ja.265389",
                "yahoo-ja.265404", "yahoo-ja.265992", "aif.49918", "argumenti.ru.30890", "kommersant.51685");
        List<MtCopiesEvaluator.Document> docs = MtCopiesEvaluator.read(file).stream()
                .filter(d -> wanted.contains(d.id())).toList();
        report = MtCopiesEvaluator.evaluate(docs, MtCopiesEvaluator.Mode.SAMPLE, 1, PipelineSettings.defaults(), false);
    }

    @Test
    void theMachineTranslationsRealErrorsAreConflicts() {
        for (RealError e : REAL_ERRORS) {
            assertThat(report.shown()).as(e.toString()).anySatisfy(f -> {
                assertThat(f.document()).isEqualTo(e.document());
                assertThat(f.status()).isEqualTo("conflicting");
                assertThat(f.sides()).anySatisfy(side -> assertThat(side).startsWith(e.human() + "  ⟵"));
                assertThat(f.sides()).anySatisfy(side -> assertThat(side).startsWith(e.machine() + "  ⟵"));
            });
        }
    }

    @Test
    void everyOtherDifferenceIsAVariantAtMost() {
        // Beside the real errors, at most one conflict in the nine documents (an unreadable rendering's garbled
        // figure may still be one).
        assertThat(report.conflicts()).isLessThanOrEqualTo(REAL_ERRORS.size() + 1);
        assertThat(report.variants()).isGreaterThan(0);
        assertThat(report.variantsBySlot()).containsKey("spelling");
    }

    @Test
    void noSpeakerIsAPronounAndNoSameDayRenderingIsCalledTheEarliest() {
        assertThat(report.quotes()).isGreaterThan(50);
        assertThat(report.pronounSpeakers()).isZero();
        assertThat(report.tieClaims()).isZero();
    }

    @Test
    void eachDocumentsRenderingsFormOneStory() {
        assertThat(report.stories().bcubed().precision()).isEqualTo(1.0);
        assertThat(report.stories().bcubed().recall()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void aPronounIsRecognisedButAnAcronymIsNot() {
        assertThat(MtCopiesEvaluator.isPronoun("he")).isTrue();
        assertThat(MtCopiesEvaluator.isPronoun("which in fact")).isTrue();
        assertThat(MtCopiesEvaluator.isPronoun("US")).isFalse();
        assertThat(MtCopiesEvaluator.isPronoun("Maria Zakharova")).isFalse();
    }
}
