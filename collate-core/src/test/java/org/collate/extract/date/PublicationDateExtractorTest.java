package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each evidence source and each rule of the chooser, on small pages written for the purpose. */
class PublicationDateExtractorTest {

    private static final String URL = "https://news.example.org/world/story-about-things";
    private static final String BODY = "<p>" + "The council met again to discuss the plan and its costs. ".repeat(6)
            + "</p>";

    private static Optional<PublicationDate> extract(String html, String url) {
        return new PublicationDateExtractor().extract(Jsoup.parse(html, url == null ? "" : url), url);
    }

    private static Optional<PublicationDate> extract(String html) {
        return extract(html, URL);
    }

    private static String page(String head, String body) {
        return "<html><head><title>Council approves the plan | Example News</title>" + head + "</head><body>"
                + "<nav><a href='/'>Home</a></nav>" + body + "</body></html>";
    }

    private static String article(String head, String underHeadline) {
        return page(head, "<article><h1>Council approves the plan</h1>" + underHeadline + BODY + "</article>");
    }

    private static LocalDate day(Optional<PublicationDate> d) {
        return d.map(PublicationDate::day).orElse(null);
    }

    @Test
    void jsonLdTakesTheMainArticleNotRelatedOnes() {
        String ld = """
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","url":"https://news.example.org/"},
                  {"@type":"ItemList","itemListElement":[{"@type":"NewsArticle","datePublished":"2020-01-01"}]},
                  {"@type":"NewsArticle","url":"https://news.example.org/world/story-about-things",
                   "datePublished":"2020-03-05T10:00:00+01:00","dateModified":"2020-03-09T08:00:00+01:00",
                   "comment":[{"@type":"Comment","datePublished":"2020-03-06"}]}]}</script>""";
        Optional<PublicationDate> d = extract(article(ld, ""));
        assertThat(day(d)).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(d.orElseThrow().source()).isEqualTo("json-ld");
    }

    @Test
    void jsonLdWrappedInCdataOrNotQuiteJsonIsStillRead() {
        String cdata = "<script type=\"application/ld+json\"><![CDATA[{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2015-10-15T02:19:15Z\"}]]></script>";
        assertThat(day(extract(article(cdata, "")))).isEqualTo(LocalDate.of(2015, 10, 15));
        String broken = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\", \"headline\": \"A \"quoted\" "
                + "word\", \"datePublished\":\"2015-10-15\"}</script>";
        assertThat(day(extract(article(broken, "")))).isEqualTo(LocalDate.of(2015, 10, 15));
    }

    @Test
    void publicationMetaWinsOverModificationMeta() {
        String metas = "<meta property=\"article:modified_time\" content=\"2020-03-09T08:00:00Z\">"
                + "<meta property=\"article:published_time\" content=\"2020-03-05T10:00:00Z\">";
        Optional<PublicationDate> d = extract(article(metas, ""));
        assertThat(day(d)).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(d.orElseThrow().source()).isEqualTo("meta");
    }

    @Test
    void aModificationDateAloneIsNoPublicationDate() {
        String meta = "<meta property=\"article:modified_time\" content=\"2020-03-09T08:00:00Z\">";
        assertThat(extract(article(meta, ""))).isEmpty();
        assertThat(extract(article("", "<p>Mis à jour le 14 février 2020</p>"))).isEmpty();
    }

    @Test
    void timeElementByTheHeadline() {
        Optional<PublicationDate> d = extract(article("",
                "<p class='byline'>By A. Writer <time datetime='2020-03-05T10:00:00+01:00'>5 March</time></p>"));
        assertThat(day(d)).isEqualTo(LocalDate.of(2020, 3, 5));
        assertThat(d.orElseThrow().source()).isEqualTo("time");
    }

    @Test
    void itempropAndMicroformatsInTheBody() {
        assertThat(day(extract(article("", "<span itemprop='datePublished' content='2020-04-01'>1 April</span>"))))
                .isEqualTo(LocalDate.of(2020, 4, 1));
        assertThat(day(extract(article("", "<abbr class='published' title='2020-04-02T09:00:00'>Thursday</abbr>"))))
                .isEqualTo(LocalDate.of(2020, 4, 2));
    }

    @Test
    void aSchemaOrgObjectInAScriptThatLostItsTypeIsReadAsJsonLd() {
        String untyped = "<script>{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
                + "\"datePublished\": \"2022-01-28T06:00:00+01:00\"}</script>";
        assertThat(day(extract(article(untyped, "")))).isEqualTo(LocalDate.of(2022, 1, 28));
        // Code is not data: an untyped script without a schema.org context is never read for dates.
        String code = "<script>{\"datePublished\": \"2022-01-28\", \"@type\": \"NewsArticle\"}</script>";
        assertThat(extract(article(code, ""))).isEmpty();
    }

    @Test
    void withoutAnyHeadingABlockClassedAsTheTitleThatRepeatsItIsTheHeadline() {
        // A portal's page with no <h1> or <h2>: the title stands in <div class="h-title">, its time just below.
        String html = "<html><head><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title></head><body>"
                + "<div class='nav'>新华网 正文</div><div class='h-news'><div class='h-title'>武汉的声音：有英勇的你，"
                + "才有英雄的城！</div><div class='h-info'><span class='h-time'>2020-02-19 20:29:58</span>"
                + "<span>来源：半月谈</span></div></div>" + BODY + "</body></html>";
        assertThat(day(extract(html, "http://www.example.cn/local/c_1125597921.htm")))
                .isEqualTo(LocalDate.of(2020, 2, 19));
    }

    @Test
    void aTitleClassedBlockDoesNotDisplaceTheH1() {
        // The header repeats the title in a classed block; the article's <h1> keeps its byline.
        String html = page("", "<div class='header-title'>Council approves the plan</div>"
                + "<p>Other news: 3 March 2019</p>"
                + "<article><h1 class='headline'>Council approves the plan</h1><p class='byline'>By A. Writer, "
                + "8 January 2020</p>" + BODY + "</article>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2020, 1, 8));
    }

    @Test
    void aMarkedDateInABylineAsideByTheHeadlineIsTheArticles() {
        String byline = "<aside class='meta'><p>By A. Writer</p><time itemprop='datePublished' "
                + "datetime='2023-10-18T11:45:00+02:00'>18. Okt 2023</time></aside>";
        assertThat(day(extract(article("", byline)))).isEqualTo(LocalDate.of(2023, 10, 18));
        // Far below the article, an aside's marked date is a teaser's: not taken.
        String teaser = "<aside class='more'><h3>Also read</h3><span itemprop='datePublished' "
                + "content='2019-01-01'>1 January 2019</span></aside>";
        String html = page("", "<article><h1>Council approves the plan</h1>" + BODY.repeat(8) + "</article>"
                + teaser);
        assertThat(extract(html)).isEmpty();
    }

    @Test
    void datesInCommentsAndRelatedItemsAreIgnored() {
        String others = "<div id='comments'><ol class='comment-list'><li>Posted on April 2, 2020: great!"
                + "<time datetime='2020-04-01'>1 April</time></li></ol></div>"
                + "<aside><time datetime='2019-01-01'>1 January 2019</time></aside>"
                + "<div class='related-posts'><span class='date'>1 January 2019</span></div>";
        String html = page("", "<article><h1>Council approves the plan</h1>" + BODY + "</article>" + others);
        assertThat(extract(html)).isEmpty();
        // the article's own date is found beside them
        String dated = page("", "<article><h1>Council approves the plan</h1><p class='date'>3 March 2020</p>"
                + BODY + "</article>" + others);
        assertThat(day(extract(dated))).isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    void urlDatesInThePathOnly() {
        String html = article("", "");
        assertThat(extract(html, "https://example.com/2020/03/27/story").orElseThrow())
                .isEqualTo(PublicationDate.ofDay(LocalDate.of(2020, 3, 27), "url"));
        assertThat(day(extract(html, "https://example.com/news/20200327/story.html")))
                .isEqualTo(LocalDate.of(2020, 3, 27));
        assertThat(day(extract(html, "https://example.com/news/2020-3-7-story"))).isEqualTo(LocalDate.of(2020, 3, 7));
        assertThat(extract(html, "https://example.com/story?date=2020-03-27")).isEmpty();
        assertThat(extract(html, "https://example.com/2020/03/story")).isEmpty();
    }

    @Test
    void labelledDatesInManyLanguages() {
        for (String label : new String[]{"Published on 12 February 2020", "Publié le 12 février 2020",
                "Publicado el 12 de febrero de 2020", "Veröffentlicht am 12.02.2020", "Опубликовано: 12 февраля 2020",
                "Опубліковано 12 лютого 2020", "Opublikowano: 12 lutego 2020", "Yayınlanma: 12 Şubat 2020"}) {
            Optional<PublicationDate> d = extract(article("", "<p>" + "Words of the lead paragraph. ".repeat(8)
                    + "</p><p>" + label + "</p>"));
            assertThat(day(d)).as(label).isEqualTo(LocalDate.of(2020, 2, 12));
            assertThat(d.orElseThrow().source()).isEqualTo("text");
        }
    }

    @Test
    void theBylineUnderTheHeadlineCountsButADateInTheStoryDoesNot() {
        assertThat(day(extract(article("", "<p>By Jane Doe — March 11, 2020</p>"))))
                .isEqualTo(LocalDate.of(2020, 3, 11));
        String inStory = article("", "<p>" + "Words of the lead paragraph. ".repeat(12)
                + "The vote was first planned for 3 March 2020.</p>");
        assertThat(extract(inStory)).isEmpty();
    }

    @Test
    void theTrustLevelsAndWindowsAreTheSettingsGiven() {
        String inStory = article("", "<p>" + "Words of the lead paragraph. ".repeat(12)
                + "The vote was first planned for 3 March 2020.</p>");
        DateSettings d = DateSettings.DEFAULT;
        // an unlabelled date deep in the lead is support only by default; trusted enough to stand alone, it is taken
        DateTrust t = d.trust();
        DateTrust trusted = new DateTrust(t.jsonLdMain(), t.metaPublished(), t.jsonLdOther(), t.markupPublished(),
                t.metaGeneric(), t.timeNearHeadline(), t.url(), t.selfLink(), t.textLabelled(), t.dateElement(),
                t.textByline(), t.textLabelledFar(), t.script(), t.timeElsewhere(), t.textLabelledFar() + 3,
                t.textBeforeHeadline());
        assertThat(new PublicationDateExtractor(d.withTrust(trusted)).extract(Jsoup.parse(inStory, URL), URL)
                .map(PublicationDate::day)).contains(LocalDate.of(2020, 3, 3));
        // ... unless the window below the headline that unlabelled dates are read in no longer reaches it
        DateWindows w = d.windows();
        DateWindows shorter = new DateWindows(w.nearBefore(), w.nearAfter(), w.labelledAfter(), w.noHeadlineSpan(),
                w.labelReach(), w.unlabelledBefore(), 300, w.bylineReach(), w.bylineBlock(),
                w.bylineReachShortBlock(), w.shortBlock(), w.dateElementMaxText(), w.kickerReach(),
                w.dateLineLetters(), w.otherThingRepeat(), w.scanOverhang(), w.strictGap(), w.otherReach(),
                w.markupLabelReach(), w.selfLinkMaxDateText(), w.windowBeforeYear(), w.windowAfterYear());
        assertThat(new PublicationDateExtractor(d.withTrust(trusted).withWindows(shorter))
                .extract(Jsoup.parse(inStory, URL), URL)).isEmpty();
        // and the defaults, given explicitly, are the no-argument extractor
        assertThat(new PublicationDateExtractor(d).extract(Jsoup.parse(inStory, URL), URL)).isEmpty();
    }

    @Test
    void theEarliestYearIsASetting() {
        String old = article("", "<p>By Jane Doe — March 11, 1993</p>");
        assertThat(extract(old)).isEmpty();
        DateSettings d = DateSettings.DEFAULT;
        DateSettings earlier = new DateSettings(d.trust(), d.windows(), d.headline(), d.corroboration(),
                d.maxCorroboration(), 1990, d.learnedChooser());
        assertThat(new PublicationDateExtractor(earlier).extract(Jsoup.parse(old, URL), URL)
                .map(PublicationDate::day)).contains(LocalDate.of(1993, 3, 11));
    }

    @Test
    void datesOfOtherThingsAreNotRead() {
        assertThat(extract(article("", "<p>Well-Known Member</p><p>Joined May 11, 2017</p>"))).isEmpty();
        assertThat(extract(article("", "<p class='date'>Born 3 March 1990</p>"))).isEmpty();
        assertThat(extract(article("", "<p>Offer valid until 30 June 2020</p>"))).isEmpty();
        assertThat(extract(article("", "<table><tr><th>Founded</th><td>February 28, 1998; 18 years ago "
                + "(1998-02-28)</td></tr></table>"))).isEmpty();
    }

    @Test
    void aShortDatelineMayStandALittleBelowTheHeadline() {
        String lead = "<p>" + "A lead sentence that introduces the story. ".repeat(5) + "</p>";
        assertThat(day(extract(article("", lead + "<p>PTI | July 9, 2020</p>")))).isEqualTo(LocalDate.of(2020, 7, 9));
    }

    @Test
    void aDateOpeningTheLeadParagraphIsNoByline() {
        String lead = article("", "<p>On 3 March 2020, the council " + "met again to discuss the plan. ".repeat(10)
                + "</p>");
        assertThat(extract(lead)).isEmpty();
    }

    @Test
    void furtherDownOnlyALabelRightBeforeTheDateCounts() {
        String story = "<p>" + "Words of the lead paragraph. ".repeat(40) + "</p>";
        assertThat(extract(article("", story + "<p>The report was released on 3 March 2020.</p>"))).isEmpty();
        assertThat(extract(article("", story + "<p>Published in the journal, after a long review, 3 March 2020.</p>")))
                .isEmpty();
        assertThat(day(extract(article("", story + "<p>Published: 3 March 2020</p>"))))
                .isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    void aWeakDateIsTakenWhenAnotherSourceConfirmsIt() {
        String html = page("", "<article><h1>Council approves the plan</h1><p>" + "Words of the lead. ".repeat(14)
                + "Filed 3 March 2020.</p>" + BODY + "<p>Seen <time datetime='2020-03-03'>then</time></p>" + BODY
                + BODY + BODY + "</article>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2020, 3, 3));
    }

    @Test
    void pagesWithoutEvidenceGetNoDate() {
        String html = page("", "<article><h1>Council approves the plan</h1>" + BODY + "</article>"
                + "<footer>© 2019 Example News. All rights reserved.</footer>");
        assertThat(extract(html)).isEmpty();
        assertThat(extract("<html><body></body></html>", null)).isEmpty();
    }

    @Test
    void aMastheadIsNotAHeadline() {
        String masthead = "<html><head><title>Daily Example News : Details : Murray's Mowing</title></head><body>"
                + "<h1>Daily Example News</h1><div>Wednesday, August 19, 2020</div>" + BODY + "</body></html>";
        assertThat(extract(masthead, "https://www.dailyexamplenews.com/details/1")).isEmpty();
        assertThat(extract(masthead, "https://www.den.com/details/1")).isEmpty();
        String today = page("", "<div class='today'>Wednesday, August 19, 2020</div><article><h1>Council approves "
                + "the plan</h1>" + BODY + "</article>");
        assertThat(extract(today)).isEmpty();
    }

    @Test
    void aTimeWithItsOwnOffsetStaysOnItsDay() {
        String meta = "<meta property=\"article:published_time\" content=\"2020-03-27T23:30:00-05:00\">";
        PublicationDate d = extract(article(meta, "")).orElseThrow();
        assertThat(d.day()).isEqualTo(LocalDate.of(2020, 3, 27));
        assertThat(d.time()).isEqualTo(OffsetDateTime.of(2020, 3, 27, 23, 30, 0, 0, ZoneOffset.ofHours(-5)));
    }

    @Test
    void aUtcTimeMovesToTheLocalDayThePageShows() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                + "\"datePublished\":\"2020-12-05T23:15:00Z\"}</script>";
        assertThat(day(extract(article(ld, "")))).isEqualTo(LocalDate.of(2020, 12, 5));
        assertThat(day(extract(article(ld, "<p itemprop='datePublished'>06 dicembre 2020</p>"))))
                .isEqualTo(LocalDate.of(2020, 12, 6));
        // a URL made on the local day after a late UTC time gives that day (a blog's permalink); see
        // aUrlDateGivesTheLocalDayAfterALateUtcTimeButNotTheDayBefore
        assertThat(day(extract(article(ld, ""), "https://example.com/2020/12/06/story")))
                .isEqualTo(LocalDate.of(2020, 12, 6));
    }

    @Test
    void aUtcTimeIsReadInTheZoneThePageDeclares() {
        String head = "<meta property=\"article:published_time\" content=\"2020-05-02T02:54:29.000Z\">"
                + "<script>window.cfg = {\"timezone\":{\"short\":\"ET\",\"long\":\"America/New_York\"}};</script>";
        PublicationDate d = extract(article(head, "")).orElseThrow();
        assertThat(d.day()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(d.time().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
        // midnight UTC is a bare date: not moved
        String midnight = head.replace("2020-05-02T02:54:29.000Z", "2020-05-06T00:00:00Z");
        assertThat(day(extract(article(midnight, "")))).isEqualTo(LocalDate.of(2020, 5, 6));
    }

    @Test
    void aUtcTimeTakesTheOffsetGivenForTheSameInstant() {
        String head = "<meta property=\"article:published_time\" content=\"2020-12-24T23:59:50Z\">";
        PublicationDate d = extract(article(head, "<time datetime='2020-12-25T01:59:50+02:00'>25.12.2020</time>"))
                .orElseThrow();
        assertThat(d.day()).isEqualTo(LocalDate.of(2020, 12, 25));
        assertThat(d.source()).isEqualTo("meta");
    }

    @Test
    void aWeakDateAfterThePagesStructuredDatesIsDropped() {
        String modified = "<meta property=\"article:modified_time\" content=\"2020-03-05T08:00:00Z\">";
        assertThat(day(extract(article("", "<p>Concert: 10 June 2020</p>")))).isEqualTo(LocalDate.of(2020, 6, 10));
        assertThat(extract(article(modified, "<p>Concert: 10 June 2020</p>"))).isEmpty();
    }

    @Test
    void datesInTheFutureAreNotPublicationDates() {
        LocalDate later = LocalDate.now().plusDays(10);
        String meta = "<meta property=\"article:published_time\" content=\"" + later + "\">";
        assertThat(extract(article(meta, ""))).isEmpty();
    }

    @Test
    void strongSourcesThatDisagreeAreSettledByTheRestOfThePage() {
        String head = "<meta property=\"article:published_time\" content=\"2015-12-11T14:28:34Z\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"WebPage\",\"datePublished\":\"2015-10-15\"}"
                + "</script>";
        assertThat(day(extract(article(head, "<p>John Smith Oct 15, 2015</p>")))).isEqualTo(LocalDate.of(2015, 10, 15));
    }

    @Test
    void numericDatesAreReadInThePagesOrder() {
        String us = "<html lang='en-US'><head><title>Council approves the plan</title></head><body><article>"
                + "<h1>Council approves the plan</h1><p>By Jane Doe 03/04/2020</p>" + BODY + "</article></body></html>";
        assertThat(day(extract(us))).isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(day(extract(us.replace("en-US", "fr")))).isEqualTo(LocalDate.of(2020, 4, 3));
        assertThat(extract(us.replace("en-US", "en"))).isEmpty();
        // without a regional language, the page's own unambiguous dates tell the order
        String other = "<div class='sidebar'><ul><li>Older story 12/25/2019</li></ul></div>";
        assertThat(day(extract(us.replace("en-US", "en").replace("</article>", "</article>" + other))))
                .isEqualTo(LocalDate.of(2020, 3, 4));
        assertThat(day(extract(us.replace("en-US", "en").replace("</article>", "</article>"
                + other.replace("12/25/2019", "25/12/2019"))))).isEqualTo(LocalDate.of(2020, 4, 3));
    }

    @Test
    void relativeBylinesAreReadWhenTheRetrievalTimeIsKnown() {
        String html = article("", "<p>By Jane Doe, 3 hours ago</p>");
        PublicationDateExtractor x = new PublicationDateExtractor();
        assertThat(x.extract(Jsoup.parse(html), URL)).isEmpty();
        assertThat(x.extract(Jsoup.parse(html), URL, LocalDateTime.of(2020, 9, 20, 1, 30)).map(PublicationDate::day))
                .contains(LocalDate.of(2020, 9, 19));
    }

    @Test
    void explainListsTheCandidatesAndTheChoice() {
        String meta = "<meta property=\"article:published_time\" content=\"2020-03-05T10:00:00Z\">";
        String explained = new PublicationDateExtractor().explain(Jsoup.parse(article(meta, "")), URL);
        assertThat(explained).contains("meta article:published_time").contains("=> 2020-03-05T10:00Z");
    }

    // --- page kinds that had no date or the wrong day on unseen pages (one test per kind) ---

    @Test
    void aUtcTimeStaysOnTheDayThePageShowsByItsHeadline() {
        // 04:31 UTC is the evening before in the zone the page's script declares, but the byline shows the 9th
        String script = "<script>var site = {timezone: 'America/Chicago'};</script>";
        String html = article("<meta property='article:published_time' content='2023-11-09T04:31:00Z'>" + script,
                "<p class='byline'>By A. Writer Thursday, November 9, 2023</p>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2023, 11, 9));
    }

    @Test
    void aUtcTimeIsReadInThePageZoneWhenThePageShowsNoDay() {
        String script = "<script>var site = {timezone: 'America/Chicago'};</script>";
        String html = article("<meta property='article:published_time' content='2023-11-09T04:31:00Z'>" + script,
                "");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2023, 11, 8));
    }

    @Test
    void aHiddenDateOnTheNeighbouringDayDoesNotMoveAVisibleByline() {
        String html = article("<script type='application/ld+json'>{\"@type\":\"NewsArticle\","
                        + "\"datePublished\":\"2019-10-19T03:00:00Z\"}</script>",
                "<meta itemprop='datePublished' content='2019-10-18'><p class='meta'>A. Writer 19.10.2019, 05:00</p>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2019, 10, 19));
    }

    @Test
    void aUrlDateGivesTheLocalDayAfterALateUtcTimeButNotTheDayBefore() {
        String late = article("<meta property='article:published_time' content='2018-12-31T23:11:59+00:00'>", "");
        assertThat(day(extract(late, "https://blog.example.org/2019/01/01/new-year/")))
                .isEqualTo(LocalDate.of(2019, 1, 1));
        String early = article("<meta property='article:published_time' content='2019-01-01T03:11:59+00:00'>", "");
        // The rules keep the stamp's own day: they read an address made the day before as made before publication.
        PublicationDateExtractor rules = new PublicationDateExtractor(
                DateSettings.DEFAULT.withLearnedChooser(false));
        assertThat(rules.extract(Jsoup.parse(early, URL), "https://blog.example.org/2018/12/31/new-year/")
                .map(PublicationDate::day)).contains(LocalDate.of(2019, 1, 1));
        // The learned chooser weighs the two days as its labelled pages taught it, and takes the address's, which is
        // defensible: 03:11 UTC is still the evening before west of Greenwich.
        assertThat(day(extract(early, "https://blog.example.org/2018/12/31/new-year/")))
                .isEqualTo(LocalDate.of(2018, 12, 31));
    }

    @Test
    void germanBylinesAndLabels() {
        assertThat(day(extract(article("", "<p class='info'>12. März 2019 | Redaktion</p>"))))
                .isEqualTo(LocalDate.of(2019, 3, 12));
        assertThat(day(extract(article("", "<ul><li>Erscheinungsdatum 25.01.2022</li><li>Kategorie Umwelt</li></ul>"))))
                .isEqualTo(LocalDate.of(2022, 1, 25));
        // a weekday and a time on the date's own line, inside the long block that also holds the story
        String block = "<div>Donnerstag, 15.2.2018, 19:51<br>" + "Der Rat hat den Plan heute erneut beraten. "
                .repeat(8) + "</div>";
        assertThat(day(extract(article("", block)))).isEqualTo(LocalDate.of(2018, 2, 15));
    }

    @Test
    void aDateOnItsOwnLineRightAboveTheHeadline() {
        String html = page("", "<article><div class='kicker'>31.01.2022</div><h1>Council approves the plan</h1>"
                + BODY + "</article>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2022, 1, 31));
        String prose = page("", "<article><p>The last meeting was on 31.01.2022 and ended late.</p>"
                + "<h1>Council approves the plan</h1>" + BODY + "</article>");
        assertThat(extract(prose)).isEmpty();
    }

    @Test
    void aPageThatIsNoArticleStillGetsTheDateOfItsOwnEntryInAListing() {
        // a listing whose teaser for this very page carries its date; other teasers' dates are not taken
        String html = page("", "<div class='teaser-list'>"
                + "<a href='/world/other-story'><div class='date'>09.11.2021</div><h2>Another story</h2></a>"
                + "<a href='/world/story-about-things'><div class='date'>10.11.2021</div><h2>Council</h2></a></div>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2021, 11, 10));
        // a permalink to the page with an hAtom timestamp, inside a box whose class says "widget"
        String blog = page("", "<div class='widget Blog'><div class='post hentry'><h3>Council approves the plan</h3>"
                + BODY + "<a class='timestamp-link' rel='bookmark' href='" + URL + "'><abbr class='published' "
                + "title='2017-09-09T10:52:00+02:00'>10:52</abbr></a></div></div>");
        assertThat(day(extract(blog))).isEqualTo(LocalDate.of(2017, 9, 9));
        // a link into the page (a comment's permalink) is not the page's own
        String comment = page("", "<div><h3>Comments</h3><a href='" + URL + "#comment-3'><span>12.11.2021</span></a></div>");
        assertThat(extract(comment)).isEmpty();
    }

    @Test
    void aLayoutClassDoesNotHideTheArticle() {
        String html = page("", "<div id='main' class='with-navigation'><article><h1>Council approves the plan</h1>"
                + "<time datetime='2023-10-18T11:45:00+02:00'>18. Okt 2023</time>" + BODY + "</article></div>"
                + "<div class='sidebar'><p>" + "Links to other pages of the site. ".repeat(12) + "</p></div>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2023, 10, 18));
    }

    @Test
    void aTitleRepeatingHeadingFramesTheArticleWhateverItsBoxIsCalled() {
        String html = page("", "<div class='one-sidebar-second'><h3>Council approves the plan</h3>"
                + "<span class='date'>le 07 mai 2020</span>" + BODY + "</div>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2020, 5, 7));
    }

    @Test
    void anUnconfirmedGenericMetaGivesWayToTheVisibleDate() {
        String html = article("<meta name='date' content='2020-02-12'>",
                "<p class='news-single-timedata'>05.02.2020 - Redaktion</p>");
        assertThat(day(extract(html))).isEqualTo(LocalDate.of(2020, 2, 5));
        String confirmed = article("<meta name='date' content='2020-02-12'>",
                "<p class='news-single-timedata'>05.02.2020 - Redaktion</p><time datetime='2020-02-12'>12.02.</time>");
        assertThat(day(extract(confirmed))).isEqualTo(LocalDate.of(2020, 2, 12));
    }

    /**
     * The last resort: a page that dates itself nowhere else (no markup, no address, nothing by a headline) is given
     * the first date it stamps on a line of its own, here in a side box; the date's source says so.
     */
    @Test
    void aPageDatedNowhereElseGetsTheFirstDateItStamps() {
        String html = page("", "<div class='post'><p>" + "Notes on working with other offices' drawings. ".repeat(8)
                + "</p></div><aside class='blogData'><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt>"
                + "<dd>Drawing</dd></dl></aside>");
        Optional<PublicationDate> d = extract(html, "https://example.com/notes-on-drawings");
        assertThat(day(d)).isEqualTo(LocalDate.of(2017, 1, 12));
        assertThat(d.get().source()).isEqualTo("page");
    }

    /** A line labelled as a change is skipped whole, the label read though it starts with a letter beyond ASCII. */
    @Test
    void aStampLabelledAsAChangeIsSkipped() {
        String html = page("", "<div>" + BODY + "<p class='foot'>Letzte Änderung: 31.10.2023 - 14:49:39<br>"
                + "Erschienen am: 01.11.2023<br>Lesungen: 61</p></div>");
        assertThat(day(extract(html, "https://example.com/review-30063"))).isEqualTo(LocalDate.of(2023, 11, 1));
        String edited = page("", "<div>" + BODY + "<p>page revision: 8, last edited: 17 Jun 2018 15:15</p></div>");
        assertThat(extract(edited, "https://example.com/wiki/step")).isEmpty();
    }

    /**
     * No date is taken from a sentence (the events it reports), from a link (another item's), or when another date
     * is stamped more often than the first (a calendar, a forum's posts).
     */
    @Test
    void theLastResortLeavesSentencesLinksAndCalendarsAlone() {
        String sentence = page("", "<div>" + BODY + "<p>The club was promoted on 3 May 2019.</p></div>");
        assertThat(extract(sentence, "https://example.com/club")).isEmpty();
        String link = page("", "<div>" + BODY + "<a href='/archive/2019-05-03'>03.05.2019</a></div>");
        assertThat(extract(link, "https://example.com/club")).isEmpty();
        String calendar = page("", "<div>" + BODY + "<ul><li>Training: 03.05.2019</li><li>Match: 10.05.2019</li>"
                + "<li>Match: 10.05.2019</li></ul></div>");
        assertThat(extract(calendar, "https://example.com/club")).isEmpty();
    }

    /** Labels in scripts beyond ASCII are read ({@code \\b} alone would only see ASCII letters as word letters). */
    @Test
    void labelsBeginningWithLettersBeyondAsciiAreRead() {
        DateLabels labels = new DateLabels(DateSettings.DEFAULT.windows());
        assertThat(labels.roleOf("Ενημερώθηκε: ")).isEqualTo(DateCandidate.Role.MODIFIED);
        assertThat(labels.roleOf("Letzte Änderung: ")).isEqualTo(DateCandidate.Role.MODIFIED);
        assertThat(labels.roleOf("Δημοσίευση: ")).isEqualTo(DateCandidate.Role.PUBLISHED);
    }
}
