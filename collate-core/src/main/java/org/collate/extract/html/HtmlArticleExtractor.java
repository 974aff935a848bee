package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.collate.extract.ExtractedContent;
import org.collate.extract.RejectedDocumentException;
import org.collate.extract.date.PublicationDateExtractor;
import org.collate.model.DeclaredMetadata;
import org.collate.model.PublicationDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * HTML to {@link ExtractedContent}: metadata first (before cleaning removes the elements that carry it), then the
 * publication date, then the body. Thread-safe: it holds no per-document state.
 */
public final class HtmlArticleExtractor {

    /** Elements nested deeper than this are dropped by the parser, so hostile nesting cannot exhaust the stack. */
    private static final int MAX_NESTING = 256;

    private final HtmlMetadataExtractor metadata = new HtmlMetadataExtractor();
    private final PublicationDateExtractor dates = new PublicationDateExtractor();
    private final MainContentExtractor content;
    /** A body shorter than this is not an article ({@link ExtractSettings#minBodyChars()}). */
    private final int minBodyChars;

    public HtmlArticleExtractor() {
        this(ExtractSettings.DEFAULT);
    }

    public HtmlArticleExtractor(ExtractSettings settings) {
        this.content = new MainContentExtractor(settings);
        this.minBodyChars = settings.minBodyChars();
    }

    public ExtractedContent extract(String html, DeclaredMetadata declared) throws RejectedDocumentException {
        Parser parser = Parser.htmlParser().setMaxDepth(MAX_NESTING);
        Document doc = Jsoup.parse(html, declared.url() == null ? "" : declared.url(), parser);
        HtmlMetadata meta = metadata.extract(doc);
        String url = declared.url() != null ? declared.url() : meta.url();
        PublicationDate published = dates.extract(doc, url).orElse(null);
        MainContent main = content.extract(doc, meta);
        int chars = main.paragraphs().stream().mapToInt(String::length).sum();
        if (chars < minBodyChars) {
            throw new RejectedDocumentException(chars == 0 ? "HTML page with no article text"
                    : "HTML page with no article (" + chars + " characters of body text)");
        }
        return new ExtractedContent(meta.title(), published, meta.outlet(), meta.author(), meta.url(), meta.language(),
                main.paragraphs(), main.removed(), "html");
    }
}
