package org.collate.eval.date;

import org.collate.extract.date.DateOption;
import org.collate.extract.date.DateRanker;
import org.collate.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Learning the date chooser on made-up pages: what it learns, its threshold, and folds that never see their pages. */
class DateChooserTrainingTest {

    private static final LocalDate A = LocalDate.of(2020, 3, 1);
    private static final LocalDate B = LocalDate.of(2020, 3, 2);

    private static DateOption option(LocalDate day, String... features) {
        return new DateOption(PublicationDate.ofDay(day, "meta"), List.of(features));
    }

    /** Pages where the byline's day is right and a generic meta's is not; every fifth page offers nothing. */
    private static List<DateChooserTraining.Page> pages(String set, int n) {
        List<DateChooserTraining.Page> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<DateOption> options = i % 5 == 4 ? List.of()
                    : i % 2 == 0 ? List.of(option(A, "kind=metaGeneric"), option(B, "kind=textByline"))
                    : List.of(option(B, "kind=textByline"), option(A, "kind=metaGeneric"));
            out.add(new DateChooserTraining.Page(set, "https://example.org/" + i, options, B, A));
        }
        return out;
    }

    @Test
    void learnsWhichKindOfEvidenceToBelieveWhateverItsPlace() {
        DateRanker model = DateChooserTraining.train(pages("a", 40), 0.8);
        assertThat(model.choose(List.of(option(A, "kind=metaGeneric"), option(B, "kind=textByline")))).isEqualTo(1);
        assertThat(model.choose(List.of(option(B, "kind=textByline"), option(A, "kind=metaGeneric")))).isZero();
    }

    @Test
    void theThresholdIsTheHighestThatKeepsTheCoverage() {
        List<DateChooserTraining.Page> pages = pages("a", 40);
        // a fifth of the pages offer no day: asked for 0.9, the chooser must date every page that offers one
        assertThat(DateChooserTraining.train(pages, 0.9).threshold()).isZero();
        // at 0.8 it could abstain, but every page offering a day is as sure as the others: all stay dated
        DateRanker model = DateChooserTraining.train(pages, 0.8);
        assertThat(model.threshold()).isPositive();
        assertThat(pages.stream().filter(p -> model.choose(p.options()) >= 0).count()).isEqualTo(32);
    }

    @Test
    void crossValidationDatesEveryPageOnceWithAModelThatNeverSawItAndIsRepeatable() throws Exception {
        List<List<DateChooserTraining.Page>> sets = List.of(pages("a", 30), pages("b", 20));
        List<DateChooserTraining.Outcome> once = DateChooserTraining.crossValidate(sets, 5, 7, 0.8);
        assertThat(once).hasSize(50);
        assertThat(once.stream().map(o -> o.page().url() + o.page().set()).distinct()).hasSize(50);
        assertThat(once.stream().filter(o -> o.given() != null).allMatch(o -> o.given().equals(B))).isTrue();
        List<DateChooserTraining.Outcome> twice = DateChooserTraining.crossValidate(sets, 5, 7, 0.8);
        assertThat(twice).isEqualTo(once);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        DateChooserTraining.train(sets.get(0), 0.8).write(a);
        DateChooserTraining.train(sets.get(0), 0.8).write(b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }
}
