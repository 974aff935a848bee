package org.collate.analyze.temporal;

import org.collate.analyze.AnalysisFixtures;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DateMention;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TemporalExtractorTest {

    /** Saturday 17 September 2022, the day after the summit. */
    private static final LocalDate SATURDAY = LocalDate.of(2022, 9, 17);

    private static List<DateMention> dates(String text, LocalDate published) {
        AnalyzedArticle a = AnalysisFixtures.analyze(text, published);
        a.dates().forEach(d -> assertThat(d.span().of(a.text())).isEqualTo(d.text()));
        return a.dates();
    }

    @Test
    void weekdaysResolveToTheLatestOneBeforePublication() {
        assertThat(dates("They met on Friday. Xi arrived on Thursday.", SATURDAY))
                .extracting(DateMention::text, DateMention::resolved, DateMention::weekday)
                .containsExactly(tuple("on Friday", LocalDate.of(2022, 9, 16), DayOfWeek.FRIDAY),
                        tuple("on Thursday", LocalDate.of(2022, 9, 15), DayOfWeek.THURSDAY));
    }

    @Test
    void futureTenseLooksForward() {
        assertThat(dates("The leaders will meet again on Tuesday.", SATURDAY)).singleElement()
                .extracting(DateMention::resolved).isEqualTo(LocalDate.of(2022, 9, 20));
    }

    @Test
    void withoutAPublicationDateWeekdaysStayUnresolvedButKnown() {
        assertThat(dates("They met on Friday.", null)).singleElement().satisfies(d -> {
            assertThat(d.resolved()).isNull();
            assertThat(d.weekday()).isEqualTo(DayOfWeek.FRIDAY);
            assertThat(d.relative()).isTrue();
        });
    }

    @Test
    void absoluteDatesMonthsYearsAndRelativeExpressions() {
        List<DateMention> d = dates("On 16 September 2022 the group, set up in 2001, met. Congress meets in October. "
                + "Talks stalled last week and resumed yesterday.", SATURDAY);
        assertThat(d).extracting(DateMention::text, DateMention::resolved, DateMention::granularity).containsExactly(
                tuple("16 September 2022", LocalDate.of(2022, 9, 16), "day"),
                tuple("in 2001", LocalDate.of(2001, 1, 1), "year"),
                tuple("in October", LocalDate.of(2022, 10, 1), "month"),
                tuple("last week", LocalDate.of(2022, 9, 5), "week"),
                tuple("yesterday", LocalDate.of(2022, 9, 16), "day"));
    }
}
