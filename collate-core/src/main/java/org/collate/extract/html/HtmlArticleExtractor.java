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
import java.util.regex.Pattern;

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
            String reason = chars == 0 ? "HTML page with no article text"
                    : "HTML page with no article (" + chars + " characters of body text)";
            throw new RejectedDocumentException(reason + whatItIs(html, doc, meta, published), published);
        }
        return new ExtractedContent(meta.title(), published, meta.outlet(), meta.author(), meta.url(), meta.language(),
                main.paragraphs(), main.removed(), "html", warnings);
    }

    /**
     * What a reader still learns of a page with no article: that its scripts write its text (a page built in the
     * browser holds a title and scripts, and nothing for a reader without them), and the title and day it declares.
     * Kept to one line, the title cut short.
     */
    private static String whatItIs(String html, Document doc, HtmlMetadata meta, PublicationDate published) {
        StringBuilder out = new StringBuilder();
        int visible = doc.body() == null ? 0 : doc.body().text().strip().length();
        // Asked of the markup as it came, and only of a page refused: the cleaning has taken the scripts out of the
        // tree by now, and looking for them in every page's tree beforehand cost every page a walk.
        if (visible < SCRIPT_SHELL_TEXT && SCRIPT_TAG.matcher(html).find()) {
            out.append("; its scripts write its text");
        }
        // The page's words go to a terminal: no line breaks, no control characters (an escape sequence is text too).
        String title = meta.title() == null ? ""
                : meta.title().replaceAll("\\s+", " ").replaceAll("\\p{Cc}", "").strip();
        if (!title.isEmpty()) {
            out.append("; it calls itself \"")
                    .append(title.length() > 80 ? title.substring(0, 79) + "…" : title).append('"');
        }
        if (published != null) {
            out.append(title.isEmpty() ? "; " : ", ").append("published ").append(published.day());
        }
        return out.toString();
    }

    /** Less visible text than this, with scripts on the page: a page its scripts write. */
    private static final int SCRIPT_SHELL_TEXT = 200;
    private static final Pattern SCRIPT_TAG = Pattern.compile("(?i)<script\\b");

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
