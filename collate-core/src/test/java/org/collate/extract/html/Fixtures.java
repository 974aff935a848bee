package org.collate.extract.html;

import org.collate.extract.ExtractionLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.List;

/** Synthetic pages for the extractor's tests: invented prose, wrapped in whatever furniture a test needs. */
final class Fixtures {

    private Fixtures() {
    }

    /** Eight paragraphs of invented news prose, each long enough to read as prose. */
    static final List<String> PROSE = List.of(
            "The harbour committee of Eastmere voted on Tuesday to replace the town's two ageing ferries, ending a"
                    + " debate that has divided the island community for the better part of a decade.",
            "Under the plan, a single electric vessel will run every forty minutes between the quay and the"
                    + " mainland, carrying up to three hundred passengers and forty cars on each crossing.",
            "Supporters say the change will cut fuel costs by half, while critics warn that one boat leaves the"
                    + " island without a service whenever it needs repairs, as happened twice last winter.",
            "\"We have listened to every objection, and we have answered most of them,\" said the committee's"
                    + " chair, who added that a chartered boat would cover the longest maintenance periods.",
            "Fishermen on the north quay were less convinced. Several said the new timetable ignored the early"
                    + " morning crossing that carries their catch to the mainland market before dawn.",
            "The vessel is expected to cost about twelve million, most of it paid by a regional transport fund,"
                    + " with the remainder borrowed against future ticket sales over twenty years.",
            "Construction will begin at a yard on the west coast next spring, and the first sailings are planned"
                    + " for the summer after, once crews have completed their training on the new systems.",
            "Until then both existing ferries will remain in service, although the older of the two will be"
                    + " withdrawn from the winter timetable to save on crew and harbour charges.");

    static String paragraphs() {
        return paragraphs(0, PROSE.size());
    }

    static String paragraphs(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (String p : PROSE.subList(from, to)) {
            b.append("<p>").append(p).append("</p>\n");
        }
        return b.toString();
    }

    /** A page: a site header with navigation, {@code main} as given, a sidebar of links and a footer. */
    static String page(String title, String main) {
        return "<!doctype html><html lang=\"en\"><head><title>" + title + " | Eastmere Gazette</title>"
                + "<meta property=\"og:site_name\" content=\"Eastmere Gazette\"></head><body>"
                + "<header><div class=\"logo\">Eastmere Gazette</div><nav><ul><li><a href=\"/\">Home</a></li>"
                + "<li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
                + main
                + "<div class=\"sidebar\"><h3>Most read</h3><ul>"
                + "<li><a href=\"/a\">Council approves the new car park on the west quay after a long debate</a></li>"
                + "<li><a href=\"/b\">Storm damages the lighthouse roof and closes the coastal path for a week</a></li>"
                + "<li><a href=\"/c\">School choir wins the regional final with a programme of sea shanties</a></li>"
                + "</ul></div><footer><p>© Eastmere Gazette. All rights reserved.</p></footer></body></html>";
    }

    static Document parse(String html) {
        return Jsoup.parse(html, "https://gazette.example/news/ferries", Parser.htmlParser()
                .setMaxDepth(ExtractionLimits.DEFAULT.maxHtmlDepth()));
    }

    static MainContent extract(String html) {
        Document doc = parse(html);
        HtmlMetadata meta = new HtmlMetadataExtractor().extract(doc);
        return new MainContentExtractor().extract(doc, meta);
    }

    static String text(MainContent c) {
        return String.join("\n\n", c.paragraphs());
    }
}
