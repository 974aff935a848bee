package org.collate.eval.date;

import org.collate.extract.DocumentExtractor;
import org.collate.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DateEvaluatorTest {

    private static DocumentExtractor production;

    @BeforeAll
    static void loadExtractor() {
        production = new DocumentExtractor();
    }

    private static String page(String meta, String bodyDate) {
        return "<html><head><title>Council approves the plan</title>" + meta + "</head><body><article>"
                + "<h1>Council approves the plan</h1>" + bodyDate + "<p>"
                + "The council met again to discuss the plan and its costs. ".repeat(8) + "</p></article></body></html>";
    }

    @Test
    void scoresAccuracyOverDatedPagesAndCoverageOverAll(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("html/a.html"),
                page("<meta property='article:published_time' content='2020-03-05T10:00:00+01:00'>", ""));
        Files.writeString(dir.resolve("html/b.html"),
                page("<meta property='article:published_time' content='2020-03-07T10:00:00+01:00'>", ""));
        Files.writeString(dir.resolve("html/c.html"), page("", ""));
        Files.writeString(dir.resolve("html/d.html"), "<html><body><p>Too short</p></body></html>");
        Files.writeString(dir.resolve("gold.json"), """
                {"https://example.com/a": {"file": "a.html", "date": "2020-03-05"},
                 "https://example.com/b": {"file": "b.html", "date": "2020-03-06"},
                 "https://example.com/c": {"file": "c.html", "date": "2020-03-08"},
                 "https://example.com/2020/03/09/d": {"file": "d.html", "date": NaN}}""", StandardCharsets.UTF_8);

        DateEvaluator.Report report = new DateEvaluator(production).evaluate(dir);

        assertThat(report.pages()).extracting(DateEvaluator.PageResult::outcome).containsExactly(
                DateEvaluator.Outcome.CORRECT, DateEvaluator.Outcome.WRONG, DateEvaluator.Outcome.ABSTAINED,
                DateEvaluator.Outcome.WRONG);
        // d.html is too short for the production path but still scored, by the URL date
        assertThat(report.pages().get(3).skipped()).isNotNull();
        assertThat(report.pages().get(3).predicted().day()).isEqualTo(LocalDate.of(2020, 3, 9));
        assertThat(report.dated()).isEqualTo(3);
        assertThat(report.accuracy()).isEqualTo(1.0 / 3);
        assertThat(report.coverage()).isEqualTo(0.75);
        assertThat(report.failures()).hasSize(3);
        assertThat(report.pathMismatches()).isZero();
    }

    /** The target on the shared evaluation pages: accuracy >= 0.92 at coverage >= 0.95. */
    @Test
    void meetsTheTargetOnTheSharedEvaluationPages() throws IOException {
        Path dir = TestData.shared("eval/dates");
        DateEvaluator.Report report = new DateEvaluator(production).evaluate(dir);
        assertThat(report.pages()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.92);
        assertThat(report.coverage()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.pathMismatches()).as("dates differ between the production path and the direct one").isZero();
    }
}
