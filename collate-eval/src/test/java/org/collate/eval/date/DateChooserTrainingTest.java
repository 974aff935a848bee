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
        DateRanker model = DateChooserTraining.train(pages("a", 40), 1.0);
        assertThat(model.choose(List.of(option(A, "kind=metaGeneric"), option(B, "kind=textByline")))).isEqualTo(1);
        assertThat(model.choose(List.of(option(B, "kind=textByline"), option(A, "kind=metaGeneric")))).isZero();
    }

    @Test
    void theThresholdIsTheHighestThatKeepsTheCoverageOfPagesOfferingADay() {
        List<DateChooserTraining.Page> pages = new ArrayList<>(pages("a", 40));
        // a page whose byline and meta agree on one day: the model is surer of it than of the others
        pages.add(new DateChooserTraining.Page("a", "https://example.org/sure", List.of(option(B, "kind=textByline",
                "kind=metaGeneric")), B, B));
        assertThat(DateChooserTraining.train(pages, 1.0).threshold()).isZero();
        // asked to date 1 in 33 of the pages that offer a day, it keeps the surest and leaves the rest undated
        DateRanker strict = DateChooserTraining.train(pages, 1.0 / 33);
        assertThat(strict.threshold()).isPositive();
        assertThat(pages.stream().filter(p -> strict.choose(p.options()) >= 0).map(DateChooserTraining.Page::url))
                .containsExactly("https://example.org/sure");
        // ties stay together: every page offering the same kind of choice is as sure as the others
        DateRanker half = DateChooserTraining.train(pages, 0.5);
        assertThat(pages.stream().filter(p -> half.choose(p.options()) >= 0).count()).isEqualTo(33);
    }

    @Test
    void crossValidationDatesEveryPageOnceWithAModelThatNeverSawItAndIsRepeatable() throws Exception {
        List<List<DateChooserTraining.Page>> sets = List.of(pages("a", 30), pages("b", 20));
        List<DateChooserTraining.Outcome> once = DateChooserTraining.crossValidate(sets, 5, 7, 1.0);
        assertThat(once).hasSize(50);
        assertThat(once.stream().map(o -> o.page().url() + o.page().set()).distinct()).hasSize(50);
        assertThat(once.stream().filter(o -> o.given() != null).allMatch(o -> o.given().equals(B))).isTrue();
        List<DateChooserTraining.Outcome> twice = DateChooserTraining.crossValidate(sets, 5, 7, 1.0);
        assertThat(twice).isEqualTo(once);
        StringWriter a = new StringWriter();
        StringWriter b = new StringWriter();
        DateChooserTraining.train(sets.get(0), 1.0).write(a);
        DateChooserTraining.train(sets.get(0), 1.0).write(b);
        assertThat(a.toString()).isEqualTo(b.toString());
    }
}
