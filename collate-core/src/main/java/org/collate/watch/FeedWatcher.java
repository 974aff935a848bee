package org.collate.watch;

import org.collate.extract.ArticleExtractor;
import org.collate.extract.Extraction;
import org.collate.model.Article;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.collate.pipeline.ArticleReader;
import org.collate.store.StoreIngester;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Follows feeds and sitemaps: each poll fetches every listed source (conditionally), and every page it lists that
 * is new or whose listed change time moved, extracts it and hands the articles to the store's ingester, then
 * remembers what it did. A source or a page that fails is reported in one line and tried again at the next poll.
 */
public final class FeedWatcher {

    /** Sitemap indexes are followed this deep. */
    private static final int MAX_SITEMAP_DEPTH = 2;

    /** What one poll did. */
    public record Poll(int sources, int sourcesUnchanged, int pagesFetched, int pagesSeenBefore,
                       StoreIngester.Counts ingested, List<String> problems) {
    }

    private final PoliteFetcher fetcher;
    private final WatchState state;
    private final ArticleExtractor extractor;
    private final StoreIngester ingester;

    public FeedWatcher(PoliteFetcher fetcher, WatchState state, ArticleExtractor extractor, StoreIngester ingester) {
        this.fetcher = fetcher;
        this.state = state;
        this.extractor = extractor;
        this.ingester = ingester;
    }

    public Poll poll(List<URI> sources, ArticleReader.ProblemListener listener) {
        List<String> problems = new ArrayList<>();
        ArticleReader.ProblemListener report = (origin, message, skipped) -> {
            problems.add(origin + ": " + message);
            listener.problem(origin, message, skipped);
        };
        int[] unchanged = {0};
        List<FeedParser.Item> items = new ArrayList<>();
        for (URI source : sources) {
            list(source, 0, items, unchanged, report);
        }
        List<Article> articles = new ArrayList<>();
        List<FeedParser.Item> fetchedItems = new ArrayList<>();
        int fetched = 0;
        int seen = 0;
        Set<String> once = new HashSet<>();
        for (FeedParser.Item item : items) {
            if (!once.add(item.url().toString())) {
                continue; // listed twice: fetched once
            }
            if (state.seen(item)) {
                seen++;
                continue;
            }
            String url = item.url().toString();
            if (!"http".equalsIgnoreCase(item.url().getScheme()) && !"https".equalsIgnoreCase(item.url().getScheme())) {
                report.problem(url, "not an http(s) link; not fetched", true); // a feed may not point at file: URLs
                continue;
            }
            FetchResult r = fetcher.fetchPage(item.url(), state.validators(url));
            switch (r) {
                case FetchResult.Fetched f -> {
                    fetched++;
                    state.remember(url, f);
                    Extraction e = extractor.extract(new RawDocument(url, f.body(),
                            new DeclaredMetadata(null, url, null, null, null, f.contentType(), null)));
                    if (e instanceof Extraction.Extracted ok) {
                        articles.add(ok.article());
                        fetchedItems.add(item);
                    } else if (e instanceof Extraction.Skipped s) {
                        report.problem(url, s.reason(), true);
                        state.ingested(item); // the same bytes would be refused again; a new change time retries
                    }
                }
                case FetchResult.NotModified n -> state.ingested(item);
                case FetchResult.Disallowed d -> report.problem(url, "robots.txt disallows it; not fetched", true);
                case FetchResult.Failed f -> report.problem(url, f.reason(), true);
            }
        }
        StoreIngester.Counts counts = ingester.ingestArticles(articles, report);
        fetchedItems.forEach(state::ingested); // only once committed: a crash before refetches them
        state.save();
        return new Poll(sources.size(), unchanged[0], fetched, seen, counts, List.copyOf(problems));
    }

    private void list(URI source, int depth, List<FeedParser.Item> items, int[] unchanged,
                      ArticleReader.ProblemListener report) {
        String url = source.toString();
        FetchResult r = fetcher.fetch(source, state.validators(url));
        switch (r) {
            case FetchResult.Fetched f -> {
                try {
                    FeedParser.Listing listing = FeedParser.parse(source, f.body(), f.contentType());
                    items.addAll(listing.items());
                    if (depth < MAX_SITEMAP_DEPTH) {
                        listing.sitemaps().forEach(s -> list(s, depth + 1, items, unchanged, report));
                    }
                    state.remember(url, f);
                } catch (IllegalArgumentException e) {
                    report.problem(url, e.getMessage(), true);
                }
            }
            case FetchResult.NotModified n -> unchanged[0]++;
            case FetchResult.Disallowed d -> report.problem(url, "robots.txt disallows it", true);
            case FetchResult.Failed f -> report.problem(url, f.reason(), true);
        }
    }
}
