package org.collate.extract.date;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.model.PublicationDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an HTML page's publication date, trying evidence in order of trust: JSON-LD {@code datePublished},
 * publication meta tags, {@code <time>} elements, a date in the URL, then a date written near the top of the text.
 * Modification dates are never taken for publication dates.
 */
public final class PublicationDateExtractor {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final List<String> META_NAMES = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
            "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "sailthru.date",
            "parsely-pub-date", "dc.date.issued", "dcterms.created", "dc.date", "date", "cxenseparse:recs:publishtime",
            "article.published", "published_time", "originalpublicationdate", "citation_publication_date",
            "dcterms.date", "article_date_original");

    private static final Set<String> JSON_LD_ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "webpage", "liveblogposting",
            "scholarlyarticle", "report", "backgroundnewsarticle", "socialmediaposting");

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$|\\D)|/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:/|-|_|\\.)");

    /** Finds the publication date of {@code doc} (whose URL is {@code url}, may be null). */
    public Optional<PublicationDate> extract(Document doc, String url) {
        return fromJsonLd(doc)
                .or(() -> fromMeta(doc))
                .or(() -> fromTimeElements(doc))
                .or(() -> fromUrl(url))
                .or(() -> fromText(doc));
    }

    Optional<PublicationDate> fromJsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (IOException e) {
                continue;
            }
            Optional<PublicationDate> found = findDatePublished(root);
            if (found.isPresent()) {
                return found.map(d -> d.withSource("json-ld"));
            }
        }
        return Optional.empty();
    }

    private Optional<PublicationDate> findDatePublished(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                Optional<PublicationDate> d = findDatePublished(child);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
            Optional<PublicationDate> d = findDatePublished(graph);
            if (d.isPresent()) {
                return d;
            }
        }
        JsonNode published = node.get("datePublished");
        if (published != null && published.isTextual() && isArticleType(node.get("@type"))) {
            return DateParser.parse(published.asText());
        }
        return Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        return JSON_LD_ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    Optional<PublicationDate> fromMeta(Document doc) {
        for (String name : META_NAMES) {
            for (Element meta : doc.select("meta")) {
                String key = firstNonEmpty(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"),
                        meta.attr("http-equiv")).toLowerCase(Locale.ROOT);
                if (key.equals(name)) {
                    Optional<PublicationDate> d = DateParser.parse(meta.attr("content"));
                    if (d.isPresent()) {
                        return d.map(p -> p.withSource("meta"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    Optional<PublicationDate> fromTimeElements(Document doc) {
        for (Element time : doc.select("[itemprop=datePublished], time[pubdate], time")) {
            String value = firstNonEmpty(time.attr("datetime"), time.attr("content"), time.text());
            Optional<PublicationDate> d = DateParser.parse(value);
            if (d.isPresent()) {
                return d.map(p -> p.withSource("time"));
            }
        }
        return Optional.empty();
    }

    static Optional<PublicationDate> fromUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) {
            return Optional.empty();
        }
        String y = m.group(1) != null ? m.group(1) : m.group(4);
        String mo = m.group(1) != null ? m.group(2) : m.group(5);
        String d = m.group(1) != null ? m.group(3) : m.group(6);
        return DateParser.parse(y + "-" + (mo.length() == 1 ? "0" + mo : mo) + "-" + (d.length() == 1 ? "0" + d : d))
                .map(p -> p.withSource("url"));
    }

    Optional<PublicationDate> fromText(Document doc) {
        if (doc.body() == null) {
            return Optional.empty();
        }
        String text = doc.body().text();
        String head = text.length() > 3000 ? text.substring(0, 3000) : text;
        return DateParser.parse(head).map(p -> p.withSource("text"));
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
