package org.collate.extract.html;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a page's title, outlet (site name), author, canonical URL and declared language from JSON-LD, meta tags
 * (Dublin Core, OpenGraph, Twitter, Parse.ly) and the markup, preferring structured data over visible text, in
 * about the order Readability does. Meta tags are read in one pass; {@code property} values holding several names
 * ({@code property="og:title dc:title"}) count for each.
 */
public final class HtmlMetadataExtractor {

    /** JSON-LD as pages write it: raw line breaks inside strings, trailing commas and comments are common. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};
    private static final Pattern BY_PREFIX = Pattern.compile(
            "(?iu)^((posted|written|words|story|text|reporting|photos?|published)\\s+)?(by|von|par|por|di|door|av|af)"
                    + "\\s*[:\\s]\\s*");
    /** A date or time after a name in a byline: "Dan Goodin - Apr 16, 2015", "Jane Doe | 5 hours ago". */
    private static final Pattern TRAILING_DATE = Pattern.compile("\\s+[|\\-–—•·,]\\s+[^|\\-–—•·]*\\d.*$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile(
            "(?iu)\\s*[,;&()]\\s*|\\s+(and|with|avec|et|und|mit|y|e|con|en|og|och|i)\\s+");
    private static final Pattern EDGE_PUNCTUATION =
            Pattern.compile("^[\\s|,;:·•\\-–—]+|[\\s|,;:·•\\-–—]+$");

    public HtmlMetadata extract(Document doc) {
        Map<String, String> meta = metaTags(doc);
        List<JsonNode> ld = jsonLd(doc);
        List<JsonNode> articles = articleNodes(ld);
        String outlet = firstNonBlank(meta.get("og:site_name"), ldPublisher(ld), meta.get("application-name"),
                stripAt(meta.get("twitter:site")));
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url"));
        String declaredTitle = firstNonBlank(ldTitle(articles, meta.get("og:title"), doc.title()),
                meta.get("dc:title"), meta.get("dcterm:title"), meta.get("og:title"), meta.get("title"),
                meta.get("twitter:title"), meta.get("parsely-title"), meta.get("sailthru:title"));
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String heading = h1 == null ? null : blankToNull(h1.text());
        String title = title(declaredTitle, blankToNull(doc.title()), heading, outlet,
                firstNonBlank(url, doc.location()));
        String author = author(articles.isEmpty() ? ld : articles, meta, doc);
        String language = firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"), meta.get("og:locale"),
                meta.get("content-language"), meta.get("dc:language"));

        List<String> headlines = new ArrayList<>();
        for (String h : new String[]{title, declaredTitle, meta.get("og:title"), meta.get("twitter:title"),
                doc.title(), heading}) {
            if (h != null && !h.isBlank()) {
                headlines.add(h);
            }
        }
        return new HtmlMetadata(title, outlet, author, url, language, headlines, articleBody(ld));
    }

    // ---------------------------------------------------------------- title

    /**
     * The headline: a declared title (JSON-LD, Dublin Core, OpenGraph, Twitter, Parse.ly) loses only a suffix that
     * names the site; the document's {@code <title>}, which nearly always carries one, loses its last part when
     * three words or more remain (as Readability does).
     */
    private static String title(String declared, String documentTitle, String heading, String outlet, String url) {
        String candidate = firstNonBlank(declared, documentTitle, heading);
        if (candidate == null) {
            return null;
        }
        candidate = BlockSplitter.normalise(candidate);
        // A heading that the title starts with is the bare headline without the site suffix.
        if (heading != null && candidate.startsWith(heading) && candidate.length() > heading.length()
                && isSeparatorAt(candidate, heading.length())) {
            return heading;
        }
        String stripped = stripSiteName(candidate, outlet, host(url));
        if (declared == null && stripped.equals(candidate) && candidate.equals(documentTitle)) {
            int cut = lastSeparator(candidate);
            if (cut > 0 && words(candidate.substring(0, cut)) >= 3) {
                return candidate.substring(0, cut).strip();
            }
        }
        return stripped;
    }

    private static int lastSeparator(String title) {
        int best = -1;
        for (String sep : TITLE_SEPARATORS) {
            best = Math.max(best, title.lastIndexOf(sep));
        }
        return best;
    }

    private static boolean isSeparatorAt(String title, int i) {
        for (String sep : TITLE_SEPARATORS) {
            if (title.startsWith(sep, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Headline | Site" → "Headline" when the part after the last separator names the site: the outlet (or part
     * of it) or the host name. "How we built it - an async task framework" keeps its tail.
     */
    static String stripSiteName(String title, String outlet, String host) {
        for (String sep : TITLE_SEPARATORS) {
            int i = title.lastIndexOf(sep);
            if (i <= 0) {
                continue;
            }
            String head = title.substring(0, i).strip();
            String tail = title.substring(i + sep.length()).strip();
            if (!tail.isEmpty() && words(head) >= 2 && namesSite(tail, outlet, host)) {
                return head;
            }
        }
        return title.strip();
    }

    private static boolean namesSite(String tail, String outlet, String host) {
        String t = BlockFilter.key(tail.toLowerCase(Locale.ROOT));
        if (t.length() < 2) {
            return false;
        }
        if (outlet != null) {
            String o = BlockFilter.key(outlet.toLowerCase(Locale.ROOT));
            if (!o.isEmpty() && (o.equals(t) || o.contains(t) || t.contains(o))) {
                return true;
            }
        }
        return host != null && t.length() >= 3 && BlockFilter.key(host.toLowerCase(Locale.ROOT)).contains(t);
    }

    // ---------------------------------------------------------------- author

    private static String author(List<JsonNode> ld, Map<String, String> meta, Document doc) {
        String[] candidates = {ldAuthor(ld), meta.get("dc:creator"), meta.get("dcterm:creator"), meta.get("author"),
                meta.get("parsely-author"), meta.get("sailthru:author"), meta.get("article:author"),
                meta.get("og:article:author"), meta.get("byl")};
        for (String c : candidates) {
            String a = cleanAuthor(c);
            if (a != null) {
                return a;
            }
        }
        return cleanAuthor(bylineInMarkup(doc));
    }

    /** Drops "By", edge punctuation and URLs (an author's profile address is not a name). */
    static String cleanAuthor(String author) {
        if (author == null) {
            return null;
        }
        String a = BlockSplitter.normalise(author);
        if (a.startsWith("http://") || a.startsWith("https://") || a.startsWith("@")) {
            return null;
        }
        a = BY_PREFIX.matcher(a).replaceFirst("");
        a = TRAILING_DATE.matcher(a).replaceFirst("");
        a = EDGE_PUNCTUATION.matcher(a).replaceAll("");
        if (a.isEmpty() || a.length() > 120) {
            return null;
        }
        return a;
    }

    /** The first byline in the markup: a {@code rel=author} link, an {@code itemprop=author}, a byline class. */
    private static String bylineInMarkup(Document doc) {
        Element e = doc.selectFirst("[itemprop~=author] [itemprop=name], a[rel=author], [itemprop~=author]");
        if (e != null && looksLikeNames(e.text())) {
            return e.text();
        }
        for (Element b : doc.select("[class*=byline], [class*=author-name], [class*=author_name], [class~=author]")) {
            if (looksLikeNames(b.text())) {
                return b.text();
            }
        }
        return null;
    }

    /**
     * A byline is a name or a few: each part between commas, brackets and "and"-words is at most four words
     * without digits or colons (a headline in an "author" box is not a byline).
     */
    private static boolean looksLikeNames(String text) {
        String a = cleanAuthor(text);
        if (a == null || a.length() >= 100 || a.indexOf(':') >= 0) {
            return false;
        }
        String[] parts = NAME_SEPARATORS.split(a);
        if (parts.length > 8) {
            return false;
        }
        for (String part : parts) {
            if (words(part) > 4) {
                return false;
            }
            for (int i = 0; i < part.length(); i++) {
                if (Character.isDigit(part.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }


    // ---------------------------------------------------------------- JSON-LD

    /** The longest JSON-LD {@code articleBody} (or {@code text} of an article type), markup and entities removed. */
    private static String articleBody(List<JsonNode> ld) {
        String best = null;
        for (JsonNode n : ld) {
            JsonNode v = n.get("articleBody");
            if (v == null && isArticle(n)) {
                v = n.get("text");
            }
            if (v != null && v.isTextual() && (best == null || v.asText().length() > best.length())) {
                best = v.asText();
            }
        }
        if (best != null && (best.indexOf('<') >= 0 || best.indexOf('&') >= 0)) {
            best = Jsoup.parseBodyFragment(best).text();
        }
        return best == null || best.isBlank() ? null : best;
    }

    static List<JsonNode> jsonLd(Document doc) {
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            try {
                String json = jsonPart(script.data());
                if (json == null) {
                    continue;
                }
                JsonNode root = JSON.readTree(json);
                flatten(root, nodes, 0);
            } catch (IOException e) {
                // malformed JSON-LD is common; the rest of the page still speaks
            }
        }
        return nodes;
    }

    /** The JSON inside a script's text, without CDATA or comment wrappers ({@code <![CDATA[ … ]]>}). */
    static String jsonPart(String data) {
        String d = data.indexOf("<![CDATA[") >= 0 ? data.replace("<![CDATA[", "").replace("]]>", "") : data;
        int start = -1;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '{' || c == '[') {
                start = i;
                break;
            }
        }
        int end = Math.max(d.lastIndexOf('}'), d.lastIndexOf(']'));
        return start < 0 || end <= start ? null : d.substring(start, end + 1);
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.get("@graph"), out, depth + 1);
            flatten(node.get("mainEntity"), out, depth + 1);
            flatten(node.get("mainEntityOfPage"), out, depth + 1);
        }
    }

    /** The nodes whose type is an article (NewsArticle, BlogPosting, Report…). */
    private static List<JsonNode> articleNodes(List<JsonNode> ld) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : ld) {
            if (isArticle(n)) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean isArticle(JsonNode n) {
        JsonNode type = n.get("@type");
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (articleType(t.asText(""))) {
                    return true;
                }
            }
            return false;
        }
        return articleType(type.asText(""));
    }

    private static boolean articleType(String t) {
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting")
                || t.equals("Review") || t.equals("Recipe") || t.equals("SocialMediaPosting");
    }

    /**
     * The article's JSON-LD title: {@code headline} and {@code name} are usually the same; where they differ (a
     * site puts its own name, or a description, in one of them) the one closer to the page's other titles wins.
     */
    private static String ldTitle(List<JsonNode> articles, String ogTitle, String documentTitle) {
        String headline = ldString(articles, "headline");
        String name = ldString(articles, "name");
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        String reference = (ogTitle == null ? "" : ogTitle) + " " + (documentTitle == null ? "" : documentTitle);
        return similarity(name, reference) > similarity(headline, reference) ? name : headline;
    }

    /** The share of {@code a}'s words found in {@code b}, case folded. */
    private static double similarity(String a, String b) {
        java.util.Set<String> words = new java.util.HashSet<>(List.of(b.toLowerCase(Locale.ROOT).split("\\W+")));
        String[] aw = a.toLowerCase(Locale.ROOT).split("\\W+");
        int hit = 0;
        for (String w : aw) {
            if (words.contains(w)) {
                hit++;
            }
        }
        return aw.length == 0 ? 0 : hit / (double) aw.length;
    }

    private static String ldString(List<JsonNode> ld, String field) {
        for (JsonNode n : ld) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return unescaped(v.asText()).strip();
            }
        }
        return null;
    }

    private static final Pattern HTML_ENTITY = Pattern.compile("&(?:#\\d{2,6}|#x\\p{XDigit}{2,5}|\\p{Alpha}{2,8});");

    /**
     * JSON-LD is JSON, yet content systems often write its strings with HTML entities ("Arnault&#8217;s",
     * "manipuliert &#8211; Ermittlungen"): a title is read as the page shows it, entities decoded.
     */
    static String unescaped(String text) {
        return text.indexOf('&') >= 0 && HTML_ENTITY.matcher(text).find()
                ? org.jsoup.parser.Parser.unescapeEntities(text, false) : text;
    }

    private static String ldPublisher(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            String name = nameOf(n.get("publisher"));
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
                for (JsonNode x : a) {
                    String nm = nameOf(x);
                    if (nm != null) {
                        names.add(nm);
                    }
                }
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
            return blankToNull(unescaped(node.asText()));
        }
        if (node.isArray() && !node.isEmpty()) {
            return nameOf(node.get(0));
        }
        JsonNode name = node.get("name");
        return name != null && name.isTextual() ? blankToNull(unescaped(name.asText())) : null;
    }

    // ---------------------------------------------------------------- meta tags

    /**
     * Every {@code <meta>} with content, by lower-cased key ({@code property}, {@code name}, {@code itemprop} or
     * {@code http-equiv}; each word of a several-word {@code property}); {@code dc.title} is filed as
     * {@code dc:title}. A {@code property} (RDFa, OpenGraph) wins over a {@code name}; else the first tag of a key.
     */
    static Map<String, String> metaTags(Document doc) {
        Map<String, String> out = new HashMap<>();
        Map<String, String> named = new HashMap<>();
        for (Element m : doc.getElementsByTag("meta")) {
            String content = blankToNull(m.attr("content"));
            if (content == null) {
                continue;
            }
            for (String attr : new String[]{"property", "name", "itemprop", "http-equiv"}) {
                String keys = m.attr(attr);
                if (keys.isEmpty()) {
                    continue;
                }
                for (String key : keys.strip().split("\\s+")) {
                    String k = key.toLowerCase(Locale.ROOT);
                    if (k.startsWith("dc.") || k.startsWith("dcterm.") || k.startsWith("dcterms.")
                            || k.startsWith("sailthru.")) {
                        k = k.replaceFirst("\\.", ":");
                    }
                    if (k.startsWith("dcterms:")) {
                        k = "dcterm:" + k.substring(8);
                    }
                    (attr.equals("property") ? out : named).putIfAbsent(k, content);
                }
            }
        }
        named.forEach(out::putIfAbsent);
        return out;
    }

    private static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            return URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String stripAt(String s) {
        return s == null ? null : s.replaceFirst("^@", "");
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
