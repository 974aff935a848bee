package org.collate.extract.date;

import org.collate.model.PublicationDate;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Dates in {@code <meta>} tags, by name or property. Names that say publication ({@code article:published_time},
 * {@code publish-date}, {@code dc.date.issued}, {@code parsely-pub-date}, …) are trusted next to JSON-LD; the generic
 * {@code date} and {@code dc.date} somewhat less; names that say modification ({@code article:modified_time},
 * {@code og:updated_time}, {@code last-modified}) are kept as modification dates. {@code http-equiv="date"} is the
 * server's clock, not the article's, and expiry or embargo dates are not read at all.
 */
final class MetaDates {

    private static final Pattern MODIFIED = Pattern.compile("(?i).*(modif|updat|revis|lastmod|last-mod|edited).*");
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?i).*(publi[cs]|pub[-_.]?date|pubtime|issued|creat|release|post[-_]?date|ptime|first[-_]?pub).*");
    private static final Pattern NOT_A_DATE = Pattern.compile("(?i).*(expir|embargo|valid|birth|event|start|end).*");
    private static final Set<String> GENERIC = Set.of("date", "dc.date", "dcterms.date", "dc:date", "sailthru.date",
            "article.date", "article:date", "og:date", "news_date", "content_date", "date.available");

    private final DateTrust trust;

    MetaDates(DateTrust trust) {
        this.trust = trust;
    }

    List<DateCandidate> find(PageView page) {
        List<DateCandidate> out = new ArrayList<>();
        for (Element meta : page.doc().select("meta[content]")) {
            if (meta.hasAttr("itemprop") && !meta.hasAttr("name") && !meta.hasAttr("property")) {
                continue; // microdata: MarkupDates reads it where it stands
            }
            String key = (meta.hasAttr("property") ? meta.attr("property") : meta.attr("name"))
                    .strip().toLowerCase(Locale.ROOT);
            String equiv = meta.attr("http-equiv").strip().toLowerCase(Locale.ROOT);
            DateCandidate.Role role;
            int level;
            if (key.isEmpty() && equiv.equals("last-modified")) {
                role = DateCandidate.Role.MODIFIED;
                level = trust.metaGeneric();
            } else if (key.isEmpty() || NOT_A_DATE.matcher(key).matches()) {
                continue;
            } else if (MODIFIED.matcher(key).matches()) {
                role = DateCandidate.Role.MODIFIED;
                level = trust.metaPublished();
            } else if (PUBLISHED.matcher(key).matches()) {
                role = DateCandidate.Role.PUBLISHED;
                level = trust.metaPublished();
            } else if (GENERIC.contains(key)) {
                role = DateCandidate.Role.PUBLISHED;
                level = trust.metaGeneric();
            } else {
                continue;
            }
            String label = key.isEmpty() ? "http-equiv " + equiv : key;
            parse(meta.attr("content"), page).ifPresent(d ->
                    out.add(new DateCandidate(d, role, level, "meta " + label)));
        }
        return out;
    }

    private static Optional<PublicationDate> parse(String content, PageView page) {
        String c = content.strip();
        if (c.matches("\\d{10}(\\d{3})?")) {
            return Optional.empty(); // epoch seconds: an instant with no zone, so no local day
        }
        if (c.matches("(?:19|20)\\d{6}")) {
            c = c.substring(0, 4) + "-" + c.substring(4, 6) + "-" + c.substring(6);
        }
        return page.parser().first(c, page.order()).map(d -> d.withSource("meta"));
    }
}
