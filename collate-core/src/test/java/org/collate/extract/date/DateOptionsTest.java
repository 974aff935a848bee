package org.collate.extract.date;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The days a page offers the learned chooser, and what each is said to be. */
class DateOptionsTest {

    private static final String URL = "https://news.example.org/2020/03/council-approves";
    private static final String BODY = "<p>" + "The council met again to discuss the plan and its costs. ".repeat(6)
            + "</p>";

    private static List<DateOption> options(String head, String underHeadline) {
        String html = "<html><head><title>Council approves the plan | Example News</title>" + head + "</head><body>"
                + "<article><h1>Council approves the plan</h1>" + underHeadline + BODY + "</article></body></html>";
        return new PublicationDateExtractor().options(Jsoup.parse(html, URL), URL);
    }

    private static DateOption on(List<DateOption> options, LocalDate day) {
        return options.stream().filter(o -> o.date().day().equals(day)).findFirst().orElseThrow();
    }

    @Test
    void eachDayNamesItsKindsOfEvidenceTheirAgreementAndTheUrlsMonth() {
        List<DateOption> o = options("<meta property='article:published_time' content='2020-03-05T10:00:00+01:00'>",
                "<p>By Jane Doe — March 5, 2020</p><p>Updated: 14 February 2020</p>");
        DateOption fifth = on(o, LocalDate.of(2020, 3, 5));
        assertThat(fifth.features()).contains("kind=metaPublished", "kind=textByline", "top=metaPublished",
                "sources=2", "url=fits", "rank=0", "first");
        assertThat(fifth.date().source()).isEqualTo("meta"); // the strongest evidence of the day dates the page
    }

    @Test
    void evidenceTooWeakToStandAloneIsNoOptionUntilSomethingConfirmsIt() {
        String inStory = "<p>" + "Words of the lead paragraph. ".repeat(12)
                + "The vote was planned for 3 March 2020.</p>";
        assertThat(options("", inStory)).isEmpty();
        List<DateOption> confirmed = options("<meta name='date' content='2020-03-03'>", inStory);
        assertThat(on(confirmed, LocalDate.of(2020, 3, 3)).features()).contains("kind=metaGeneric", "sources=2");
    }

    @Test
    void modificationDatesAndDaysAfterTomorrowAreNoOptions() {
        String future = LocalDate.now().plusDays(30).toString();
        List<DateOption> o = options("<meta property='article:modified_time' content='2020-03-09T08:00:00Z'>"
                + "<meta property='article:published_time' content='" + future + "T08:00:00Z'>", "");
        assertThat(o).isEmpty();
    }
}
