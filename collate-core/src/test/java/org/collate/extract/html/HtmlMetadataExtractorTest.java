package org.collate.extract.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlMetadataExtractorTest {

    private static HtmlMetadata meta(String head, String body) {
        return new HtmlMetadataExtractor().extract(Fixtures.parse("<html><head>" + head + "</head><body>" + body
                + "</body></html>"));
    }

    @Test
    void declaredTitleLosesOnlyASuffixNamingTheSite() {
        assertThat(meta("<meta property=\"og:title\" content=\"Ferries to be replaced | Eastmere Gazette\">"
                + "<meta property=\"og:site_name\" content=\"Eastmere Gazette\">", "").title())
                .isEqualTo("Ferries to be replaced");
        assertThat(meta("<meta property=\"og:title\" content=\"How we built it - an async task framework\">", "")
                .title()).isEqualTo("How we built it - an async task framework");
        // The host name also names the site (the test documents live at gazette.example).
        assertThat(meta("<meta property=\"og:title\" content=\"Ferries to be replaced – Gazette\">", "").title())
                .isEqualTo("Ferries to be replaced");
    }

    @Test
    void documentTitleLosesItsLastPartWhenThreeWordsRemain() {
        assertThat(meta("<title>Lorem ipsum dolor sit amet – My website</title>", "").title())
                .isEqualTo("Lorem ipsum dolor sit amet");
        assertThat(meta("<title>Ferries - Home</title>", "").title()).isEqualTo("Ferries - Home");
    }

    @Test
    void headingThatStartsTheTitleIsTheHeadline() {
        assertThat(meta("<title>Ferries to be replaced - News - Eastmere</title>",
                "<h1>Ferries to be replaced</h1>").title()).isEqualTo("Ferries to be replaced");
    }

    @Test
    void jsonLdInsideCdataGivesHeadlineAuthorAndBody() {
        HtmlMetadata m = meta("<script type=\"application/ld+json\">\n//<![CDATA[\n"
                + "{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Ferries to be replaced\",\"author\":[{\"@type\":\"Person\","
                + "\"name\":\"Ann Reed\"},{\"@type\":\"Person\",\"name\":\"Tom Hale\"}],\"articleBody\":\"One &amp; two"
                + "\\nlines <b>bold</b>\"}\n//]]>\n</script>", "");

        assertThat(m.title()).isEqualTo("Ferries to be replaced");
        assertThat(m.author()).isEqualTo("Ann Reed, Tom Hale");
        assertThat(m.articleBody()).isEqualTo("One & two lines bold");
    }

    @Test
    void headlineAndNameThatDifferAreChosenBySimilarityToTheTitle() {
        HtmlMetadata m = meta("<title>Hermitian matrix - Wikipedia</title><script type=\"application/ld+json\">"
                + "{\"@type\":\"Article\",\"name\":\"Hermitian matrix\",\"headline\":\"matrix equal to its conjugate"
                + " transpose\"}</script>", "");

        assertThat(m.title()).isEqualTo("Hermitian matrix");
    }

    @Test
    void propertyMetaWinsOverNameMetaAndSeveralWordPropertiesCount() {
        assertThat(meta("<meta name=\"DC.title\" content=\"Name title\"><meta property=\"dc:title\" "
                + "content=\"Property title\">", "").title()).isEqualTo("Property title");
        assertThat(meta("<meta property=\"x:title dc:title\" content=\"My title\"><title>Other</title>", "").title())
                .isEqualTo("My title");
    }

    @Test
    void bylinesAreCleanedOfPrefixesDatesAndUrls() {
        assertThat(meta("<meta name=\"author\" content=\"By Ann Reed\">", "").author()).isEqualTo("Ann Reed");
        assertThat(meta("<meta name=\"author\" content=\"https://social.example/ann\">",
                "<a rel=\"author\" href=\"/ann\">Posted by Ann Reed</a>").author()).isEqualTo("Ann Reed");
        assertThat(meta("", "<div class=\"byline\">Dan Hale - Apr 16, 2015 8:02 pm UTC</div>").author())
                .isEqualTo("Dan Hale");
    }

    @Test
    void headlineInAnAuthorBoxIsNotAByline() {
        assertThat(meta("", "<div class=\"author-box\">Ann Reed Council approves the new car park: what it means</div>"
                + "<span class=\"byline\">Tom Hale and Ann Reed</span>").author()).isEqualTo("Tom Hale and Ann Reed");
    }

    @Test
    void languageComesFromTheHtmlElementFirst() {
        assertThat(new HtmlMetadataExtractor().extract(Fixtures.parse("<html lang=\"de-CH\"><head>"
                + "<meta property=\"og:locale\" content=\"fr_FR\"></head><body></body></html>")).language())
                .isEqualTo("de-CH");
    }

    @Test
    void htmlEntitiesInAJsonLdHeadlineAreDecoded() {
        HtmlMetadata m = meta("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"Ferry firm&#8217;s boats stay &#8211; for now\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Ann O&#039;Reed\"}}</script>", "");

        assertThat(m.title()).isEqualTo("Ferry firm’s boats stay – for now");
        assertThat(m.author()).isEqualTo("Ann O'Reed");
        assertThat(HtmlMetadataExtractor.unescaped("Fish & chips")).isEqualTo("Fish & chips");
    }
}
