package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.collate.model.RemovedSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article body of a page, in four steps, each its own class:
 * <ol>
 *   <li>{@link PageCleaner}: drop what is never article text (scripts, hidden elements, navigation landmarks);</li>
 *   <li>{@link ContentLocator}: find the element(s) holding the body, from the declared JSON-LD body when there is
 *   one, else by Readability-style scoring of the page's {@link TextBlock}s;</li>
 *   <li>{@link ContentPruner}: cut furniture out of it (share bars, related links, captions, ad slots);</li>
 *   <li>{@link BlockFilter}: drop labels and prompts from the remaining text blocks ("Advertisement",
 *   "Read more: …", bylines, the repeated headline), which become the paragraphs.</li>
 * </ol>
 * A page whose body comes out nearly empty though it holds prose is tried once more with scoring alone
 * ({@link ContentLocator#locateRelaxed}).
 * Thread-safe: it holds no state.
 */
public final class MainContentExtractor {

    private final ExtractSettings settings;

    public MainContentExtractor() {
        this(ExtractSettings.DEFAULT);
    }

    public MainContentExtractor(ExtractSettings settings) {
        this.settings = settings;
    }

    /** Extracts the body of {@code doc}; the document is modified (cleaned) in the process. */
    public MainContent extract(Document doc, HtmlMetadata meta) {
        Element body = doc.body();
        if (body == null) {
            return new MainContent(List.of(), List.of());
        }
        PageCleaner.clean(body);
        List<TextBlock> blocks = BlockSplitter.split(body);
        if (blocks.isEmpty()) {
            return new MainContent(List.of(), List.of());
        }
        ProseTest prose = ProseTest.of(settings);
        TextStats stats = new TextStats(blocks, body, prose);
        ContentLocator.Location location = ContentLocator.locate(body, blocks, stats,
                BodyHint.of(meta.articleBody(), settings.declaredMinChars()), settings);
        List<RemovedSpan> removed = new ArrayList<>();
        List<TextBlock> kept = clean(location, meta, removed);
        int retryBelow = settings.retryBelowChars();
        if (chars(kept) < retryBelow && stats.of(body).proseChars >= 2 * retryBelow) {
            // Nearly nothing came out of a page with prose: try again, scoring alone, class cues or not.
            List<TextBlock> again = BlockSplitter.split(body);
            List<RemovedSpan> removedAgain = new ArrayList<>();
            List<TextBlock> retried = clean(ContentLocator.locateRelaxed(body, again,
                    new TextStats(again, body, prose), settings), meta, removedAgain);
            if (chars(retried) > chars(kept)) {
                kept = retried;
                removed = removedAgain;
            }
        }
        List<String> paragraphs = new ArrayList<>(kept.size());
        for (TextBlock b : kept) {
            paragraphs.add(b.text());
        }
        return new MainContent(paragraphs, removed);
    }

    private List<TextBlock> clean(ContentLocator.Location location, HtmlMetadata meta, List<RemovedSpan> removed) {
        ContentPruner.prune(location.roots(), removed, settings.protectedShare(), ProseTest.of(settings));
        return BlockFilter.filter(BlockSplitter.split(location.roots()), meta.headlines(), removed,
                ProseTest.of(settings));
    }

    private static int chars(List<TextBlock> blocks) {
        int n = 0;
        for (TextBlock b : blocks) {
            n += b.chars();
        }
        return n;
    }
}
