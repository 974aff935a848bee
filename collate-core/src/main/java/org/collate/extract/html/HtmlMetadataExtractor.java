package org.collate.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a page's title, outlet (site name), author, canonical URL and declared language from OpenGraph, JSON-LD,
 * standard meta tags and the markup, preferring structured data over visible text.
 */
public final class HtmlMetadataExtractor {

    /** JSON-LD as pages write it: raw line breaks inside strings, trailing commas and comments are common. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};

    public HtmlMetadata extract(Document doc) {
        List<JsonNode> ld = jsonLd(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), ldPublisher(ld), meta(doc, "application-name"),
                meta(doc, "twitter:site") == null ? null : meta(doc, "twitter:site").replaceFirst("^@", ""));
        String title = title(doc, ld, outlet);
        String author = firstNonBlank(ldAuthor(ld), meta(doc, "author"), meta(doc, "article:author"),
                meta(doc, "parsely-author"), meta(doc, "sailthru.author"), meta(doc, "dc.creator"),
                relAuthor(doc), bylineElement(doc));
        if (author != null && (author.startsWith("http://") || author.startsWith("https://"))) {
            author = null;
        }
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
        String language = firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"),
                meta(doc, "og:locale"), meta(doc, "content-language"), meta(doc, "dc.language"));
        List<String> headlines = new ArrayList<>();
        for (String h : new String[]{title, meta(doc, "og:title"), meta(doc, "twitter:title"),
                ldString(ld, "headline"), doc.title()}) {
            if (h != null && !h.isBlank()) {
                headlines.add(h);
            }
        }
        for (Element h1 : doc.select("h1")) {
            headlines.add(h1.text());
        }
        return new HtmlMetadata(title, outlet, author == null ? null : cleanAuthor(author), url, language,
                headlines, articleBody(ld));
    }

    /** The longest JSON-LD {@code articleBody} (or {@code text} of an article type), markup and entities removed. */
    private static String articleBody(List<JsonNode> ld) {
        String best = null;
        for (JsonNode n : ld) {
            JsonNode v = n.get("articleBody");
            if (v == null) {
                String type = n.path("@type").asText("");
                if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")) {
                    v = n.get("text");
                }
            }
            if (v != null && v.isTextual() && (best == null || v.asText().length() > best.length())) {
                best = v.asText();
            }
        }
        if (best != null && (best.indexOf('<') >= 0 || best.indexOf('&') >= 0)) {
            best = org.jsoup.Jsoup.parseBodyFragment(best).text();
        }
        return best == null || best.isBlank() ? null : best;
    }

    private static String title(Document doc, List<JsonNode> ld, String outlet) {
        String og = firstNonBlank(meta(doc, "og:title"), meta(doc, "twitter:title"), ldString(ld, "headline"));
        String documentTitle = doc.title().isBlank() ? null : doc.title().strip();
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null || h1.text().isBlank() ? null : h1.text().strip();
        String candidate = firstNonBlank(og, documentTitle, heading);
        if (candidate == null) {
            return null;
        }
        // A heading that the document title starts with is the bare headline without the site suffix.
        if (heading != null && candidate.startsWith(heading) && candidate.length() > heading.length()) {
            return heading;
        }
        return stripSiteName(candidate, outlet);
    }

    /** "Headline | Site" → "Headline", when the suffix is the outlet or short enough to be a site name. */
    static String stripSiteName(String title, String outlet) {
        for (String sep : TITLE_SEPARATORS) {
            int i = title.lastIndexOf(sep);
            if (i > 0) {
                String head = title.substring(0, i).strip();
                String tail = title.substring(i + sep.length()).strip();
                boolean isOutlet = outlet != null && tail.equalsIgnoreCase(outlet);
                boolean shortTail = tail.split("\\s+").length <= 4 && head.split("\\s+").length >= 4;
                if (isOutlet || shortTail) {
                    return head;
                }
            }
        }
        return title.strip();
    }

    private static String cleanAuthor(String author) {
        String a = author.strip().replaceFirst("(?i)^(by|von|par|por|di)\\s+", "");
        return a.length() > 120 ? a.substring(0, 120) : a;
    }

    private static String relAuthor(Document doc) {
        Element e = doc.selectFirst("a[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]");
        return e == null ? null : blankToNull(e.text());
    }

    private static String bylineElement(Document doc) {
        for (Element e : doc.select("[class*=byline], [class*=author-name], [class*=author_name]")) {
            String t = e.text().strip();
            if (!t.isEmpty() && t.length() < 100) {
                return t;
            }
        }
        return null;
    }

    static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                flatten(root, nodes);
            } catch (IOException e) {
                // malformed JSON-LD is common; the rest of the page still speaks
            }
        }
        return nodes;
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out);
        }
    }

    private static String ldString(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText().strip();
            }
        }
        return null;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode p = n.get("publisher");
            String name = nameOf(p);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    private static String ldAuthor(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            JsonNode a = n.get("author");
            if (a == null) {
                continue;
            }
            if (a.isArray()) {
                List<String> names = new ArrayList<>();
                a.forEach(x -> {
                    String nm = nameOf(x);
                    if (nm != null) {
                        names.add(nm);
                    }
                });
                if (!names.isEmpty()) {
                    return String.join(", ", names);
                }
            } else {
                String name = nameOf(a);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static String nameOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        if (node.isArray() && !node.isEmpty()) {
            return nameOf(node.get(0));
        }
        JsonNode name = node.get("name");
        return name != null && name.isTextual() ? blankToNull(name.asText()) : null;
    }

    static String meta(Document doc, String key) {
        for (Element m : doc.select("meta[content]")) {
            String k = firstNonBlank(m.attr("property"), m.attr("name"), m.attr("itemprop"), m.attr("http-equiv"));
            if (k != null && k.toLowerCase(Locale.ROOT).equals(key)) {
                return blankToNull(m.attr("content"));
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
