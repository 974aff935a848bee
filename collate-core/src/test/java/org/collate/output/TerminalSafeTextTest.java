package org.collate.output;

import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.StoryReport;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalSafeTextTest {

    /** Every kind of sequence that can drive a terminal, as it would sit in an article. */
    static final String HOSTILE = "red \u001b[31mALERT\u001b[0m, title \u001b]0;pwned\u0007, cursor \u001b[2J\u001b[H,"
            + " back\bspace, bell\u0007, nul\u0000, return\rover, csi \u009b31m, nel \u0085,"
            + " rlo \u202egnp.exe\u202c, lri \u2066x\u2069, lre \u202a, rle \u202b, pdf \u202c, lro \u202d,"
            + " fsi \u2068, pdi \u2069, del \u007f";

    @Test
    void escapesEveryControlSequenceVisibly() {
        String safe = TerminalSafeText.escape(HOSTILE);
        assertNoUnsafe(safe);
        assertThat(safe).contains("\\u001b[31mALERT", "\\u001b]0;pwned\\u0007", "\\u000d", "\\u009b31m",
                "\\u202egnp.exe\\u202c", "\\u2066x\\u2069", "\\u007f", "\\u0000");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        String text = "Línea uno\n\tZürich — «Mr. Xi» said “yes”; 中文, עברית, العربية, 😀 ═══ ✓ ✗ ⚑ \u200f";
        assertThat(TerminalSafeText.escape(text)).isSameAs(text);
        assertThat(TerminalSafeText.escape(null)).isNull();
    }

    @Test
    void writerEscapesEverythingPrintedThroughIt() {
        StringWriter sink = new StringWriter();
        PrintWriter safe = TerminalSafeText.writer(new PrintWriter(sink));
        safe.println(HOSTILE);
        safe.printf("%s|%c%n", "\u001b[1m", '\u009b');
        safe.write('\u001b');
        safe.write(HOSTILE.toCharArray(), 0, 10);
        safe.flush();
        assertNoUnsafe(sink.toString());
        assertThat(sink.toString()).contains("\\u001b[1m|\\u009b" + System.lineSeparator());
        assertThat(TerminalSafeText.writer(safe)).as("not wrapped twice").isSameAs(safe);
    }

    @Test
    void articleViewShowsHostileTitleBodyOriginAndRemovalsEscaped() {
        Article a = hostileArticle();
        String out = render(w -> ArticleText.print(a, w));
        assertNoUnsafe(out);
        assertThat(out).contains("\\u001b[31mALERT").contains("\\u202egnp.exe");
    }

    @Test
    void analysisViewShowsHostileTextEscaped() {
        AnalyzedArticle analyzed = new ArticleAnalyzer(false).analyze(hostileArticle());
        String out = render(w -> AnalysisText.print(analyzed, w));
        assertNoUnsafe(out);
        assertThat(out).contains("\\u001b");
    }

    @Test
    void reportViewShowsHostileTextEscaped() {
        Article a = hostileArticle();
        Article b = new Article("a2", "other\u001b[1m.txt", null, "Courier\u009b2J", a.title(), null, "en", null,
                a.text().replace("Tuesday", "Wednesday"), List.of(), "text");
        StoryReport report = new CollatePipeline(PipelineSettings.defaults().withEmbeddings(false).withThreads(1))
                .compare(List.of(a, b));
        String out = render(w -> ReportText.print(report, w));
        assertNoUnsafe(out);
        assertThat(out).contains("\\u001b[31mALERT");
    }

    @Test
    void jsonEscapesEscAndOtherC0Controls() throws Exception {
        String json = Json.MAPPER.writeValueAsString(ArticleJson.of(hostileArticle()));
        assertThat(json).doesNotContain("\u001b", "\u0007", "\u0000", "\r", "\b");
        assertThat(json.toLowerCase(java.util.Locale.ROOT)).contains("\\u001b[31malert");
    }

    static Article hostileArticle() {
        String body = "The mayor said " + HOSTILE + " and the council agreed on Tuesday.\n\n"
                + "\u201cWe will rebuild \u001b[5mnow\u001b[0m,\u201d said Ana \u202eZed\u202c, the mayor of Avel.";
        return new Article("a1", "evil\u001b]0;name\u0007.txt", "https://example.org/\u001b[1m", "Herald\u001b[2K",
                "Title \u001b[31mALERT\u001b[0m \u202egnp.exe", null, "en", "By \u009b31mX", body,
                List.of(new RemovedSpan("Share \u001b[8mhidden", RemovalReason.values()[0])), "text");
    }

    static String render(Consumer<PrintWriter> print) {
        StringWriter sink = new StringWriter();
        PrintWriter out = new PrintWriter(sink);
        print.accept(out);
        out.flush();
        return sink.toString();
    }

    /** Written out here rather than asking the class under test. */
    private static final java.util.regex.Pattern RAW_CONTROL =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]");

    static void assertNoUnsafe(String s) {
        java.util.regex.Matcher m = RAW_CONTROL.matcher(s);
        assertThat(m.find()).as("a raw control character in %s", s).isFalse();
    }
}
