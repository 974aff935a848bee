package org.collate.extract.html;

import org.collate.extract.DocumentExtractor;
import org.collate.extract.ExtractSettings;
import org.collate.extract.ExtractedContent;
import org.collate.extract.Extraction;
import org.collate.extract.RejectedDocumentException;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collate.extract.html.Fixtures.PROSE;
import static org.collate.extract.html.Fixtures.page;
import static org.collate.extract.html.Fixtures.paragraphs;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void articlePageGivesTitleOutletAndBody() throws Exception {
        ExtractedContent c = extractor.extract(page("Eastmere to replace its two ferries",
                "<article><h1>Eastmere to replace its two ferries</h1>" + paragraphs() + "</article>"),
                DeclaredMetadata.NONE);

        assertThat(c.title()).isEqualTo("Eastmere to replace its two ferries");
        assertThat(c.outlet()).isEqualTo("Eastmere Gazette");
        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void theLeastBodyIsASetting() throws Exception {
        String html = page("Eastmere to replace its two ferries", "<article>" + paragraphs() + "</article>");
        int chars = extractor.extract(html, DeclaredMetadata.NONE).paragraphs().stream().mapToInt(String::length).sum();
        ExtractSettings d = ExtractSettings.DEFAULT;
        ExtractSettings longer = new ExtractSettings(chars + 1, d.retryBelowChars(), d.weakCueMaxShare(),
                d.wrapperMinShare(), d.protectedShare(), d.declaredMinChars(), d.declaredBlockMatch(),
                d.declaredMinMatchedChars(), d.declaredCoverage(), d.proseMinChars(), d.proseMaxLinkDensity(),
                d.minScoredChars(), d.minTwinBlocks(), d.ancestorLevels(), d.wrapFill(), d.maxHeaderUnits(),
                d.headlineListMinRun(), d.headlineListMaxOverlap(), d.dates(), d.language());
        assertThat(chars).isGreaterThanOrEqualTo(d.minBodyChars());
        assertThatThrownBy(() -> new HtmlArticleExtractor(longer).extract(html, DeclaredMetadata.NONE))
                .isInstanceOf(RejectedDocumentException.class).hasMessageContaining(chars + " characters");
    }

    @Test
    void indexPageOfLinksHasNoArticle() {
        StringBuilder links = new StringBuilder("<ul>");
        for (int i = 0; i < 40; i++) {
            links.append("<li><a href=\"/s/").append(i).append("\">Headline of story number ").append(i)
                    .append(" about the harbour</a></li>");
        }
        links.append("</ul>");
        assertThatThrownBy(() -> extractor.extract(page("Latest news", links.toString()), DeclaredMetadata.NONE))
                .isInstanceOf(RejectedDocumentException.class);
    }

    @Test
    void emptyAndScriptOnlyPagesHaveNoArticle() {
        assertThatThrownBy(() -> extractor.extract("", DeclaredMetadata.NONE))
                .isInstanceOf(RejectedDocumentException.class);
        assertThatThrownBy(() -> extractor.extract("<html><body><script>var text = \"" + PROSE.get(0)
                + "\";</script><noscript>" + PROSE.get(1) + "</noscript><style>p{}</style></body></html>",
                DeclaredMetadata.NONE)).isInstanceOf(RejectedDocumentException.class);
    }

    /** A page its scripts build says so, with the title and day it declares, so a reader still learns them. */
    @Test
    void aPageItsScriptsWriteIsRejectedSayingSoWithItsTitleAndDay() {
        String shell = "<html><head><title>Ferry fares to rise\nin May</title>"
                + "<meta property=\"article:published_time\" content=\"2021-04-02T08:00:00Z\"></head>"
                + "<body><div id=\"app\"></div><noscript>Please enable JavaScript.</noscript>"
                + "<script src=\"/app.js\"></script></body></html>";
        assertThatThrownBy(() -> extractor.extract(shell, DeclaredMetadata.NONE))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessage("HTML page with no article text; its scripts write its text; it calls itself "
                        + "\"Ferry fares to rise in May\", published 2021-04-02");
        assertThatThrownBy(() -> extractor.extract("<html><head><title>Red\u001b[31m alert</title></head><body>"
                + "<p>Moved.</p></body></html>", DeclaredMetadata.NONE))
                .isInstanceOf(RejectedDocumentException.class).hasMessageEndingWith("\"Red[31m alert\"");
        assertThatThrownBy(() -> extractor.extract("<html><body><p>Moved.</p></body></html>", DeclaredMetadata.NONE))
                .isInstanceOf(RejectedDocumentException.class).hasMessageNotContaining("scripts");
    }

    @Test
    void hiddenElementsAreNeverText() throws Exception {
        String hidden = "<div style=\"display: none\"><p>Hidden paragraph that a reader never sees on the page, long"
                + " enough to read as prose if it were shown to anyone at all.</p></div>"
                + "<p hidden>Another hidden paragraph.</p><span aria-hidden=\"true\">**WRONG**</span>";
        ExtractedContent c = extractor.extract(page("T", "<article>" + hidden + paragraphs() + "</article>"),
                DeclaredMetadata.NONE);

        assertThat(String.join(" ", c.paragraphs())).doesNotContain("Hidden paragraph", "Another hidden", "WRONG");
    }

    @Test
    void hostileDeepNestingAndBrokenMarkupDoNotStopExtraction() throws Exception {
        String deep = "<div>".repeat(20_000) + "<p>" + PROSE.get(0) + "</p>" + "</div>".repeat(20_000);
        String broken = "<article><p>" + PROSE.get(1) + "<table><tr><td><p>" + PROSE.get(2)
                + "</td><script>document.write('<p>injected</p>')</script><b><i>" + PROSE.get(3)
                + "</b></i><<<>>>&amp;&bogus;<!-- unclosed comment";
        ExtractedContent c = extractor.extract(page("T", deep + broken), DeclaredMetadata.NONE);

        assertThat(String.join(" ", c.paragraphs())).contains(PROSE.get(1)).doesNotContain("injected");
    }

    @Test
    void documentExtractorTurnsANonArticleIntoSkipped() {
        Extraction r = new DocumentExtractor().extract(new RawDocument("test", "<html><body><p>Tiny.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), new DeclaredMetadata(null, null, null, null, null, null, "html")));

        assertThat(r).isInstanceOf(Extraction.Skipped.class);
    }

    @Test
    void aPageThatIsNoArticleStillGivesTheDayItDeclares() {
        String page = "<html><head><title>Gallery</title><meta property=\"article:published_time\" "
                + "content=\"2021-03-15T09:00:00Z\"></head><body><div id=\"app\"></div>"
                + "<script>render()</script></body></html>";
        Extraction r = new DocumentExtractor().extract(new RawDocument("shell.html", page.getBytes(StandardCharsets.UTF_8),
                new DeclaredMetadata(null, "https://example.org/gallery", null, null, null, null, "html")));

        assertThat(r).isInstanceOf(Extraction.Skipped.class);
        Extraction.Skipped skipped = (Extraction.Skipped) r;
        assertThat(skipped.published()).isNotNull();
        assertThat(skipped.published().day()).isEqualTo(java.time.LocalDate.of(2021, 3, 15));
        assertThat(skipped.reason()).contains("published 2021-03-15");
    }
}
