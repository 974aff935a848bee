package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.collate.extract.ExtractedContent;
import org.collate.extract.ExtractionLimits;
import org.collate.extract.RejectedDocumentException;
import org.collate.extract.date.PublicationDateExtractor;
import org.collate.limit.Deadline;
import org.collate.model.DeclaredMetadata;
import org.collate.model.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.util.List;

/**
 * HTML to {@link ExtractedContent}: metadata first (before cleaning removes the elements that carry it), then the
 * publication date, then the body. Damage that would make the parser lose the page is repaired first
 * ({@link MarkupRepair}). Thread-safe: it holds no per-document state.
 */
public final class HtmlArticleExtractor {

    private final HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
    private final PublicationDateExtractor dates;
    private final MainContentExtractor content;
    /** A body shorter than this is not an article ({@link ExtractSettings#minBodyChars()}). */
    private final int minBodyChars;
    private final int maxDepth;

    public HtmlArticleExtractor() {
        this(ExtractSettings.DEFAULT, ExtractionLimits.DEFAULT);
    }

    public HtmlArticleExtractor(ExtractSettings settings) {
        this(settings, ExtractionLimits.DEFAULT);
    }

    public HtmlArticleExtractor(ExtractSettings settings, ExtractionLimits limits) {
        this.content = new MainContentExtractor(settings);
        this.dates = new PublicationDateExtractor(settings.dates());
        this.minBodyChars = settings.minBodyChars();
        this.maxDepth = limits.maxHtmlDepth();
    }

    public ExtractedContent extract(String html, DeclaredMetadata declared) throws RejectedDocumentException {
        Parser parser = Parser.htmlParser().setMaxDepth(maxDepth);
        Document doc = Jsoup.parse(MarkupRepair.repair(html), declared.url() == null ? "" : declared.url(), parser);
        List<String> warnings = reachesMaxDepth(doc) ? List.of("HTML nested more than " + maxDepth
                + " elements deep; deeper elements were read as if at that depth (limit maxHtmlDepth)") : List.of();
        Deadline.check();
        HtmlMetadata meta = metadata.extract(doc);
        String url = declared.url() != null ? declared.url() : meta.url();
        PublicationDate published = dates.extract(doc, url).orElse(null);
        Deadline.check();
        MainContent main = content.extract(doc, meta);
        Deadline.check();
        int chars = main.paragraphs().stream().mapToInt(String::length).sum();
        if (chars < minBodyChars) {
            throw new RejectedDocumentException(chars == 0 ? "HTML page with no article text"
                    : "HTML page with no article (" + chars + " characters of body text)");
        }
        return new ExtractedContent(meta.title(), published, meta.outlet(), meta.author(), meta.url(), meta.language(),
                main.paragraphs(), main.removed(), "html", warnings);
    }

    /** Whether the parser flattened elements at the depth limit (the document's own nesting is what is counted). */
    private boolean reachesMaxDepth(Document doc) {
        boolean[] reached = {false};
        doc.traverse((node, depth) -> {
            if (depth >= maxDepth - 1) {
                reached[0] = true;
            }
        });
        return reached[0];
    }
}
