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

    /**
     * A page the production path skips is dated by the evaluator; a run gives it only the day its skip line states,
     * and none when the skip states none.
     */
    @Test
    void asARunDatesThemASkippedPageHasOnlyTheDayItsSkipStates() {
        LocalDate day = LocalDate.of(2020, 1, 20);
        org.collate.model.PublicationDate meta = org.collate.model.PublicationDate.ofDay(day, "meta");
        DateEvaluator.Report report = new DateEvaluator.Report(java.util.List.of(
                new DateEvaluator.PageResult("u1", "a.html", day, meta, null, null, null),
                new DateEvaluator.PageResult("u2", "b.html", day, meta, "HTML page with no article text", null, null),
                new DateEvaluator.PageResult("u3", "c.html", day, meta,
                        "HTML page with no article text, published 2020-01-20", meta, null)), 0);
        assertThat(report.coverage()).isEqualTo(1.0);
        DateEvaluator.Report run = report.asRun();
        assertThat(run.dated()).isEqualTo(2);
        assertThat(run.accuracy()).isEqualTo(1.0);
        assertThat(run.count(DateEvaluator.Outcome.ABSTAINED)).isEqualTo(1);
        assertThat(run.pages().get(1).predicted()).isNull();
        assertThat(run.pages().get(2).predicted()).isEqualTo(meta);
    }

    @Test
    void meetsTheTargetOnTheSharedEvaluationPages() throws IOException {
        Path dir = TestData.shared("eval/dates");
        DateEvaluator.Report report = new DateEvaluator(production).evaluate(dir);
        assertThat(report.pages()).hasSizeGreaterThanOrEqualTo(100);
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.92);
        assertThat(report.coverage()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.pathMismatches()).as("dates differ between the production path and the direct one").isZero();
    }

    @Test
    void readsGzippedPagesAndDealsFoldsReproducibly(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        StringBuilder gold = new StringBuilder("{");
        for (int i = 0; i < 10; i++) {
            String html = page("<meta property='article:published_time' content='2020-03-0" + (i % 9 + 1)
                    + "T10:00:00+01:00'>", "");
            try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p" + i
                    + ".html.gz")))) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
            gold.append(i == 0 ? "" : ",").append("\"https://example.com/").append(i).append("\": {\"file\": \"p")
                    .append(i).append(".html.gz\", \"date\": \"2020-03-0").append(i < 8 ? i % 9 + 1 : 9).append("\"}");
        }
        Files.writeString(dir.resolve("gold.json"), gold.append('}'), StandardCharsets.UTF_8);

        DateEvaluator.Report report = new DateEvaluator(production).evaluate(dir);

        assertThat(report.count(DateEvaluator.Outcome.CORRECT)).isEqualTo(9); // p8 says the 9th, gold the 9th; p9 the 1st
        DateFolds folds = DateFolds.of(report, 5, 1);
        assertThat(folds.fold()).isEqualTo(DateFolds.of(report, 5, 1).fold());
        assertThat(folds.fold()).containsOnly(0, 1, 2, 3, 4);
        int pages = 0;
        long correct = 0;
        for (int f = 0; f < 5; f++) {
            DateFolds.Score s = folds.score(report, f, true);
            assertThat(s.pages()).isEqualTo(2);
            pages += s.pages();
            correct += s.correct();
            DateFolds.Score rest = folds.score(report, f, false);
            assertThat(rest.pages() + s.pages()).isEqualTo(10);
        }
        assertThat(pages).isEqualTo(10);
        assertThat(correct).isEqualTo(9);
    }

    /**
     * The blogs, magazines and news sites of 2004–2023 the rules were not first written for. The rules of this set
     * were decided on the training folds (seed 1, fold 0 held out); the floors sit a little below the figures
     * reached (accuracy 0.9437 at coverage 0.9126 on the 389 pages; 0.9857 at 0.8974 on the held-out fold): they
     * catch a regression, not a target.
     */
    @Test
    void holdsItsFiguresOnTheWebPages() throws IOException {
        Path dir = TestData.shared("eval/dates-web");
        DateEvaluator.Report report = new DateEvaluator(production).evaluate(dir);
        assertThat(report.pages()).hasSizeGreaterThanOrEqualTo(389);
        assertThat(report.accuracy()).isGreaterThanOrEqualTo(0.935);
        assertThat(report.coverage()).isGreaterThanOrEqualTo(0.90);
        DateFolds.Score heldOut = DateFolds.of(report, 5, 1).score(report, 0, true);
        assertThat(heldOut.accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(heldOut.coverage()).isGreaterThanOrEqualTo(0.88);
    }
}
