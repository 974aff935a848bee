package org.collate.watch;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The pages a feed or a sitemap lists: RSS and Atom through Rome, sitemaps and sitemap indexes through
 * crawler-commons. Which one a document is, its root element says.
 */
public final class FeedParser {

    /** One listed page, with the time the listing says it last changed (null when it says none). */
    public record Item(URI url, String updated) {
    }

    /** What a listing holds: pages, and for a sitemap index the sitemaps it names. */
    public record Listing(List<Item> items, List<URI> sitemaps) {
    }

    private FeedParser() {
    }

    /**
     * @throws IllegalArgumentException when the document is neither a feed nor a sitemap, with the reason
     */
    public static Listing parse(URI source, byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 2048), StandardCharsets.UTF_8);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return sitemap(source, body, contentType);
        }
        return feed(source, body);
    }

    private static Listing feed(URI source, byte[] body) {
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false); // no external entities from someone else's server
        try {
            List<Item> items = new ArrayList<>();
            for (SyndEntry e : input.build(new XmlReader(new ByteArrayInputStream(body))).getEntries()) {
                String link = e.getLink();
                if (link == null || link.isBlank()) {
                    continue;
                }
                Date updated = e.getUpdatedDate() != null ? e.getUpdatedDate() : e.getPublishedDate();
                URI url;
                try {
                    url = source.resolve(link.strip());
                } catch (IllegalArgumentException bad) {
                    continue; // one malformed link does not cost the feed's other items
                }
                items.add(new Item(url, updated == null ? null : updated.toInstant().toString()));
            }
            return new Listing(items, List.of());
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("neither a feed nor a sitemap: " + e.getMessage(), e);
        }
    }

    private static Listing sitemap(URI source, byte[] body, String contentType) {
        try {
            AbstractSiteMap map = new SiteMapParser(false).parseSiteMap(contentType == null ? "text/xml" : contentType,
                    body, new URL(source.toString()));
            List<Item> items = new ArrayList<>();
            List<URI> sitemaps = new ArrayList<>();
            if (map instanceof SiteMapIndex index) {
                for (AbstractSiteMap m : index.getSitemaps()) {
                    sitemaps.add(m.getUrl().toURI());
                }
            } else if (map instanceof SiteMap s) {
                for (SiteMapURL u : s.getSiteMapUrls()) {
                    Date modified = u.getLastModified();
                    items.add(new Item(u.getUrl().toURI(), modified == null ? null : modified.toInstant().toString()));
                }
            }
            return new Listing(items, sitemaps);
        } catch (UnknownFormatException | IOException | java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a readable sitemap: " + e.getMessage(), e);
        }
    }
}
