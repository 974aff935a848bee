package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collate.extract.html.Fixtures.PROSE;
import static org.collate.extract.html.Fixtures.extract;
import static org.collate.extract.html.Fixtures.page;
import static org.collate.extract.html.Fixtures.paragraphs;
import static org.collate.extract.html.Fixtures.text;

class MainContentExtractorTest {

    private static final String TITLE = "Eastmere to replace its two ferries";

    private static List<String> reasons(MainContent c, RemovalReason reason) {
        return c.removed().stream().filter(r -> r.reason() == reason).map(RemovedSpan::text).toList();
    }

    @Test
    void plainArticleKeepsEveryParagraphAndNoChrome() {
        MainContent c = extract(page(TITLE, "<article><h1>" + TITLE + "</h1>" + paragraphs() + "</article>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(text(c)).doesNotContain("Most read", "Storm damages", "All rights reserved", "Sport");
    }

    /**
     * A page whose script renders the post from a template keeps a copy for readers without scripts in a
     * {@code <noscript>}: that copy is the article. A short notice in a noscript ("enable JavaScript") is not.
     */
    @Test
    void theArticleInANoscriptBesideItsScriptTemplateIsKept() {
        String body = "<div class=\"post-body\"><script type=\"text/template\">" + paragraphs()
                + "</script><noscript>" + paragraphs() + "</noscript></div>"
                + "<noscript><p>Please enable JavaScript to see the comments.</p></noscript>";
        MainContent c = extract(page(TITLE, "<div class=\"post\"><h2>" + TITLE + "</h2>" + body + "</div>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(text(c)).doesNotContain("enable JavaScript");
    }

    @Test
    void relatedLinkListInsideTheArticleIsCut() {
        String related = "<ul class=\"more-stories\"><li><a href=\"/x\">Bridge repairs to start in March</a></li>"
                + "<li><a href=\"/y\">New bus route links the two villages</a></li>"
                + "<li><a href=\"/z\">Harbour fees rise for the first time in ten years</a></li></ul>";
        MainContent c = extract(page(TITLE, "<article>" + paragraphs(0, 4) + related + paragraphs(4, 8)
                + "</article>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(reasons(c, RemovalReason.RELATED_LINK)).anyMatch(t -> t.contains("Bridge repairs"));
    }

    @Test
    void shareBarAndAdSlotAreCutByTheirClassNames() {
        String share = "<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a>"
                + " <span>Email this story to a friend</span></div>";
        String ad = "<div class=\"ad-slot inline\"><span>Advertisement</span><p>Buy a boat today, special offers"
                + " on every model in the showroom this week only.</p></div>";
        MainContent c = extract(page(TITLE, "<article>" + share + paragraphs(0, 3) + ad + paragraphs(3, 8)
                + share + "</article>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(reasons(c, RemovalReason.SHARE_PROMPT)).isNotEmpty();
        assertThat(reasons(c, RemovalReason.PROMO)).anyMatch(t -> t.contains("Buy a boat"));
    }

    @Test
    void figureCaptionsAndCreditsAreCutAsCaptions() {
        String figure = "<figure><img src=\"ferry.jpg\"><figcaption>The older ferry leaving the quay at dawn."
                + " <span class=\"credit\">Photo: J. Smith</span></figcaption></figure>";
        MainContent c = extract(page(TITLE, "<article>" + paragraphs(0, 2) + figure + paragraphs(2, 8)
                + "</article>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(reasons(c, RemovalReason.CAPTION)).singleElement().asString().contains("older ferry");
    }

    @Test
    void wrapperNamedLikeFurnitureDoesNotHideTheArticle() {
        // Class names of page layouts ("page-ad-margins", "with-sidebar") wrap the whole article.
        String html = page(TITLE, "<div class=\"Page-ad-margins\"><div class=\"container with-sidebar\">"
                + "<article><h1>" + TITLE + "</h1><div class=\"story\">" + paragraphs() + "</div></article>"
                + "</div></div>");

        assertThat(extract(html).paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void bodyInsideAWeaklyNamedElementIsKept() {
        // "meta" or "hidden" in a class name only marks small furniture, never a body of prose.
        String html = page(TITLE, "<div class=\"post\"><h1>" + TITLE + "</h1>"
                + "<span class=\"cms-wrapper meta-field\">" + paragraphs() + "</span></div>");

        assertThat(extract(html).paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void longCommentThreadDoesNotWinOverAShortArticle() {
        StringBuilder comments = new StringBuilder("<div id=\"comments\">");
        for (int i = 0; i < 6; i++) {
            comments.append("<div class=\"comment\"><p>I have taken this ferry every week for years and I think"
                    + " the committee has got it wrong again, as they did with the car park, number ")
                    .append(i).append(", and nobody listens to the people who actually live here.</p></div>");
        }
        comments.append("</div>");
        MainContent c = extract(page(TITLE, "<div class=\"article\"><h1>" + TITLE + "</h1>" + paragraphs(0, 3)
                + "</div>" + comments));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE.subList(0, 3));
    }

    @Test
    void declaredJsonLdBodyLocatesTheArticleAmongLongerProse() {
        // A long "about the author" box full of prose, and no class cue anywhere: the declared body decides.
        StringBuilder decoy = new StringBuilder("<div class=\"x1\">");
        for (int i = 0; i < 8; i++) {
            decoy.append("<p>Our correspondent has written about island life for twenty years, covering councils,"
                    + " storms, schools and harbours, and has won several regional awards, number ")
                    .append(i).append(".</p>");
        }
        decoy.append("</div>");
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@type\":\"NewsArticle\",\"headline\":\"" + TITLE + "\",\"articleBody\":\""
                + String.join(" ", PROSE.subList(0, 4)).replace("\"", "\\\"") + "\"}</script>";
        String html = "<html><head>" + ld + "</head><body><div class=\"x2\">" + paragraphs(0, 4) + "</div>"
                + decoy + "</body></html>";

        assertThat(extract(html).paragraphs()).containsExactlyElementsOf(PROSE.subList(0, 4));
    }

    @Test
    void declaredBodyLaidOutTwiceIsTakenOnce() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + String.join(" ", PROSE).replace("\"", "\\\"") + "\"}</script>";
        String html = "<html><head>" + ld + "</head><body><div class=\"layout\"><div class=\"for-phones\">"
                + paragraphs() + "</div><div class=\"for-desktops\">" + paragraphs() + "</div></div></body></html>";

        assertThat(extract(html).paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void scoredBodyLaidOutTwiceIsTakenOnce() {
        String html = "<html><body><div class=\"layout\"><div class=\"for-phones\">" + paragraphs()
                + "</div><div class=\"for-desktops\">" + paragraphs() + "</div></div></body></html>";

        assertThat(extract(html).paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void twoEqualParagraphsAreNotTwoLayouts() {
        String long1 = String.join(" ", PROSE.subList(0, 3));
        String html = "<html><body><article><div>" + long1 + "</div><div>" + long1 + "</div></article></body></html>";

        assertThat(extract(html).paragraphs()).containsExactly(long1, long1);
    }

    @Test
    void bodyCutIntoChunksWithAdRailsBetweenIsGathered() {
        String rail = "<div class=\"rail\"><a href=\"/s\">Subscribe</a></div>";
        String html = page(TITLE, "<article><div class=\"chunks\">"
                + "<div class=\"grid\"><div class=\"article-body\">" + paragraphs(0, 3) + "</div>" + rail + "</div>"
                + "<div class=\"grid\"><div class=\"article-body\">" + paragraphs(3, 6) + "</div>" + rail + "</div>"
                + "<div class=\"grid\"><div class=\"article-body\">" + paragraphs(6, 8) + "</div>" + rail + "</div>"
                + "</div></article>");

        MainContent c = extract(html);
        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void hoverCardOfLinksInsideAParagraphIsCutButTheNameStays() {
        String card = "<span class=\"person\"><a href=\"/p/chair\">Ann Reed</a><span class=\"card\">"
                + "<a href=\"/1\">Reed defends the ferry plan</a> <a href=\"/2\">Reed elected chair</a>"
                + " <a href=\"/3\">Reed visits the yard</a></span></span>";
        String html = page(TITLE, "<article><p>The committee's chair, " + card + ", said the decision was final"
                + " and that the first sailings would follow within two years of the vote.</p>" + paragraphs(0, 6)
                + "</article>");

        String first = extract(html).paragraphs().get(0);
        assertThat(first).startsWith("The committee's chair, Ann Reed, said the decision was final")
                .doesNotContain("Reed visits the yard");
    }

    @Test
    void adLabelsAndReadMoreLinesAreDropped() {
        String html = page(TITLE, "<article>" + paragraphs(0, 2) + "<p>Advertisement</p>" + paragraphs(2, 4)
                + "<p><strong>Read more:</strong> <a href=\"/q\">Why the old ferry keeps breaking down</a></p>"
                + paragraphs(4, 8) + "<div>Continue reading below</div></article>");

        MainContent c = extract(html);
        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(reasons(c, RemovalReason.PROMO)).contains("Advertisement");
        assertThat(reasons(c, RemovalReason.RELATED_LINK)).anyMatch(t -> t.startsWith("Read more:"));
    }

    @Test
    void sentencesThatOnlyStartLikeLabelsStay() {
        String html = page(TITLE, "<article>" + paragraphs(0, 3) + "<p>Related to this, the council said the fee"
                + " would not change.</p><p>The newsletter first appeared in 1990.</p><p>More than forty people"
                + " attended.</p>" + paragraphs(3, 8) + "</article>");

        assertThat(text(extract(html))).contains("Related to this, the council", "The newsletter first appeared",
                "More than forty people attended.");
    }

    @Test
    void promptAtTheEndTakesTheShortLinesBelowIt() {
        String html = page(TITLE, "<article><h1>" + TITLE + "</h1><p>By Ann Reed</p>" + paragraphs()
                + "<p>Get the Gazette delivered to your door every week. 52 issues for 30. Click here for more"
                + " details.</p><h3>Tell us what you think</h3><p>Comments</p></article>");

        MainContent c = extract(html);
        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(reasons(c, RemovalReason.PROMO)).anyMatch(t -> t.startsWith("Get the Gazette"));
        assertThat(reasons(c, RemovalReason.BYLINE)).contains("By Ann Reed");
        assertThat(reasons(c, RemovalReason.DUPLICATE_TITLE)).contains(TITLE);
    }

    @Test
    void tableOfShortCellsAfterTheTextIsNotPeeledAway() {
        StringBuilder table = new StringBuilder("<table>");
        for (int i = 1; i <= 10; i++) {
            table.append("<tr><td>").append(i).append("</td><td>Boat ").append(i).append("</td><td>")
                    .append(100 - i).append(" seats</td></tr>");
        }
        table.append("</table><p><a href=\"/share\">Share this on WhatsApp</a></p>");
        String html = page(TITLE, "<article>" + paragraphs(0, 2) + table + "</article>");

        String text = text(extract(html));
        assertThat(text).contains("Boat 1", "Boat 10", "91 seats");
    }

    @Test
    void embeddedPostIsContentNotAShareBar() {
        String tweet = "<div class=\"social-media-embed\"><blockquote class=\"twitter-tweet\"><p>The new ferry"
                + " timetable is out and the early crossing is gone. Not happy.</p>— A Fisher (@afisher)</blockquote>"
                + "</div>";
        MainContent c = extract(page(TITLE, "<article>" + paragraphs(0, 4) + tweet + paragraphs(4, 8)
                + "</article>"));

        assertThat(text(c)).contains("the early crossing is gone");
    }

    @Test
    void quotationInAFigureStaysItsCaptionGoes() {
        String quote = "<figure><blockquote><p>We will not let the island be cut off for a single winter day,"
                + " whatever the boat costs.</p></blockquote><figcaption>Photo: the harbour office</figcaption></figure>";
        MainContent c = extract(page(TITLE, "<article>" + paragraphs(0, 4) + quote + paragraphs(4, 8)
                + "</article>"));

        assertThat(text(c)).contains("We will not let the island be cut off").doesNotContain("harbour office");
    }

    @Test
    void repeatedLinesOfARecipeOrPlanAreKept() {
        StringBuilder plan = new StringBuilder("<div class=\"entry-content\">" + paragraphs(0, 3));
        for (int day = 1; day <= 3; day++) {
            plan.append("<h3>Day ").append(day).append("</h3><p>Eat every two to three hours</p>")
                    .append("<p>Porridge with berries, a glass of milk and a handful of nuts for breakfast</p>");
        }
        plan.append("</div>");
        List<String> paragraphs = extract(page(TITLE, plan.toString())).paragraphs();

        assertThat(paragraphs.stream().filter(p -> p.equals("Eat every two to three hours"))).hasSize(3);
    }

    @Test
    void linesOfAParagraphWithProseAreInsideTheText() {
        // A numbered list written as one paragraph with <br>: bare links after the last long line stay.
        String list = "<p>Here are the offers we found this week, in no particular order, with a link to each shop"
                + " so that you can compare prices yourself:<br>1) A model ferry<br><a href=\"http://s.example/1\">"
                + "http://s.example/1</a><br>2) A harbour map<br><a href=\"http://s.example/2\">http://s.example/2</a>"
                + "</p>";
        String text = text(extract(page(TITLE, "<article>" + paragraphs(0, 3) + list + "</article>")));

        assertThat(text).contains("http://s.example/2", "2) A harbour map");
    }

    @Test
    void capitalisedLinkHeadlinesInsideTheTextAreCut() {
        String promo = "<p><a href=\"/other\"><strong>COUNCIL APPROVES NEW CAR PARK ON WEST QUAY</strong></a></p>";
        MainContent c = extract(page(TITLE, "<article>" + paragraphs(0, 4) + promo + paragraphs(4, 8)
                + "</article>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE);
    }

    @Test
    void nearlyEmptyResultIsLookedForAgainWithoutClassCues() {
        // The whole text sits in an element named like furniture, with no headline to vouch for it.
        String html = "<html><body><div class=\"intro\"><p>A short note on the harbour, before the main"
                + " story of the day begins below.</p></div><div class=\"related-area\">" + paragraphs()
                + "</div></body></html>";

        assertThat(extract(html).paragraphs()).containsAll(PROSE);
    }

    @Test
    void paragraphsNeverHoldABlankLineAndAreTrimmed() {
        Random random = new Random(42);
        String[] pieces = {"<p>", "</p>", "<br>", "<br><br>", "\n\n", "  ", "<div>", "</div>", "<span>", "</span>",
                "<a href=x>", "</a>", "\u00a0", "text ", "more words here ", "<li>", "<pre>\n\nline\n\n</pre>"};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder("<article>" + paragraphs(0, 2));
            for (int i = 0; i < 60; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            b.append("</article>");
            for (String p : extract(page(TITLE, b.toString())).paragraphs()) {
                assertThat(p).doesNotContain("\n\n").isEqualTo(p.strip()).isNotEmpty();
            }
        }
    }

    @Test
    void aSectionHoldingASectionOfTheSameClassGivesTheBodyOnce() {
        // The outer one holds the headline, the "Posted" line and a media box; the inner one the text.
        String html = page(TITLE, "<div class=\"section\"><!--*start_indexing*--><h1>" + TITLE + "</h1>"
                + "<p class=\"published\">Posted: Thursday, September 18, 2008 4:52 PM EDT</p>"
                + "<div class=\"relatedmedia\"><ul><li><a href=\"/map\">Map: the quay</a></li></ul></div>"
                + "<div class=\"section\">" + paragraphs() + "</div><!--*stop_indexing*--></div>");

        assertThat(extract(html).paragraphs()).containsExactlyElementsOf(PROSE);
    }

    /** A 2008 table page: the story in one cell, {@code box} in the cell beside it, {@code footer} in a row below. */
    private static String tablePage(String story, String box, String footer) {
        return "<html><head><title>" + TITLE + "</title></head><body><table><tr><td valign=\"top\">"
                + "<font size=\"4\"><b>" + TITLE + "</b></font><br>" + story + "</td><td valign=\"top\">" + box
                + "</td></tr><tr><td colspan=\"2\">" + footer + "</td></tr></table></body></html>";
    }

    @Test
    void aBoxOfStoryTeasersDoesNotOutscoreAShortArticle() {
        String teasers = "<b>Related stories</b><div class=\"box\">"
                + "<p><a href=\"/1\">Bridge repairs to start in March</a> - Crews, cranes, barges and divers will"
                + " close the east lane, the council said, for six weeks.</p>"
                + "<p><a href=\"/2\">New bus route links the two villages</a> - Buses will run hourly, on weekdays,"
                + " from the quay, the school, and the station.</p>"
                + "<p><a href=\"/3\">Harbour fees rise for the first time</a> - Owners of yachts, trawlers, and"
                + " ferries will pay more, from April, the board said.</p></div>";
        MainContent c = extract(tablePage(paragraphs(0, 3), teasers, "<a href=\"/terms\">Terms</a>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE.subList(0, 3));

        // The same box inside the article's container is cut there.
        MainContent inside = extract(tablePage(paragraphs() + teasers, "", ""));
        assertThat(inside.paragraphs()).containsExactlyElementsOf(PROSE);
        assertThat(reasons(inside, RemovalReason.RELATED_LINK)).anyMatch(t -> t.contains("Bridge repairs"));
    }

    @Test
    void aFooterRowWithLinkLinesAndALegalNoticeIsCut() {
        String story = String.join("<br><br>", PROSE.subList(0, 3)) + "<br><br>";
        String footer = "<b>News:</b> <a href=\"/a\">Local</a>, <a href=\"/b\">Sport</a>, <a href=\"/c\">Weather</a>,"
                + " <a href=\"/d\">Farming</a><br>Eastmere Gazette, 1 Quay Street. Published every Thursday, except"
                + " at Christmas, by Eastmere Press, Inc. Copyright 2008, all rights reserved, reproduction in whole"
                + " or in part, in any form, without permission, is prohibited.";
        MainContent c = extract(tablePage(story, "", footer));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE.subList(0, 3));
    }

    @Test
    void aCopyrightLineRightAfterTheStoryStays() {
        // A wire story's own last line: the benchmarks' bodies keep it.
        String notice = "Copyright 2008 The Associated Press. All rights reserved. This material may not be"
                + " published, broadcast, rewritten or redistributed.";
        MainContent c = extract(page(TITLE, "<article>" + paragraphs() + "<p>" + notice + "</p></article>"));

        assertThat(c.paragraphs()).endsWith(notice).containsAll(PROSE);
    }

    @Test
    void aCommentThreadIsCutEvenWhenItHoldsMostOfTheProse() {
        StringBuilder thread = new StringBuilder("<div class=\"comments\">");
        for (int i = 3; i < 8; i++) {
            thread.append("<p class=\"c\"><b>reader").append(i).append("</b> | Jan 9</p><p>").append(PROSE.get(i))
                    .append("</p>");
        }
        MainContent c = extract(page(TITLE, "<div class=\"storycell\"><h2>" + TITLE + "</h2>" + paragraphs(0, 3)
                + thread + "</div>"));

        assertThat(c.paragraphs()).containsExactlyElementsOf(PROSE.subList(0, 3));
        assertThat(reasons(c, RemovalReason.BOILERPLATE)).anyMatch(t -> t.contains("reader3"));
        // A column named "commentary" is an article, not a thread.
        MainContent column = extract(page(TITLE, "<div class=\"storycell\"><h2>" + TITLE + "</h2>"
                + paragraphs(0, 2) + "<div class=\"commentary-body\">" + paragraphs(2, 8) + "</div></div>"));
        assertThat(column.paragraphs()).containsExactlyElementsOf(PROSE);
    }
}
