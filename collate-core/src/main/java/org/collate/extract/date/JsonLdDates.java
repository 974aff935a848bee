package org.collate.extract.date;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.model.PublicationDate;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in schema.org JSON-LD: {@code datePublished} (else {@code dateCreated}) and {@code dateModified} of
 * article-like objects. The page's main article is the object whose {@code url}, {@code @id} or
 * {@code mainEntityOfPage} is the page's URL, else the first top-level article-like object; objects nested under
 * comments, reviews, list items or "part of" links describe other things and are not read. Scripts that are not
 * quite JSON (trailing commas, comments, raw newlines, a CDATA wrapper) are read leniently.
 */
final class JsonLdDates {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_JAVA_COMMENTS,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "posting",
            "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle",
            "backgroundnewsarticle", "askpublicnewsarticle", "satiricalarticle", "techarticle", "liveblogposting",
            "scholarlyarticle", "report", "socialmediaposting", "discussionforumposting", "webpage", "itempage",
            "medicalwebpage", "creativework", "videoobject", "mediaobject", "qapage", "question");
    /** Types that describe the page itself rather than an article: trusted below an article's own date. */
    private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "medicalwebpage", "creativework",
            "qapage", "question", "videoobject", "mediaobject");
    /** Properties whose values are other things (comments, reviews, list entries, the site): not descended into. */
    private static final Set<String> OTHER_THINGS = Set.of("comment", "comments", "review", "reviews",
            "itemlistelement", "ispartof", "haspart", "relatedlink", "citation", "liveblogupdate", "subjectof",
            "about", "mentions", "publisher", "author", "creator", "sourceorganization", "suggestedanswer",
            "acceptedanswer", "workexample", "recipeinstructions", "potentialaction");
    private static final Pattern LOOSE_PUBLISHED = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{6,40})\"");

    /** An article-like object found in the JSON-LD. */
    private record Found(PublicationDate published, PublicationDate modified, String type, boolean topLevel,
                         boolean isThisPage) {
    }

    private final DateTrust trust;

    JsonLdDates(DateTrust trust) {
        this.trust = trust;
    }

    List<DateCandidate> find(PageView page) {
        List<Found> found = new ArrayList<>();
        List<DateCandidate> loose = new ArrayList<>();
        for (Element script : page.doc().select("script[type=application/ld+json], script:not([type])")) {
            String data = unwrap(script.data());
            if (data.isEmpty() || !script.hasAttr("type") && !isSchemaOrgObject(data)) {
                continue;
            }
            try {
                visit(JSON.readTree(data), true, page, found);
            } catch (IOException | RuntimeException e) {
                // Not JSON even leniently: a datePublished in it is still worth something.
                Matcher m = LOOSE_PUBLISHED.matcher(data);
                if (m.find()) {
                    parse(m.group(1), page).ifPresent(d -> loose.add(new DateCandidate(d,
                            DateCandidate.Role.PUBLISHED, trust.jsonLdOther(), "JSON-LD (unparsable)")));
                }
            }
        }
        List<DateCandidate> out = new ArrayList<>();
        Found main = mainArticle(found);
        for (Found f : found) {
            boolean isMain = f == main;
            int level = isMain ? trust.jsonLdMain() : trust.jsonLdOther();
            String what = "JSON-LD " + f.type() + (isMain ? " (main)" : "");
            if (f.published() != null) {
                out.add(new DateCandidate(f.published(), DateCandidate.Role.PUBLISHED, level, what + " published"));
            }
            if (f.modified() != null) {
                out.add(new DateCandidate(f.modified(), DateCandidate.Role.MODIFIED, level, what + " modified"));
            }
        }
        out.addAll(loose);
        return out;
    }

    /**
     * Whether an untyped script holds a schema.org object: templates that lose the script's {@code type} still write
     * the page's JSON-LD into it (a browser runs it as a harmless object literal). Read as JSON-LD, since nothing
     * else puts a schema.org {@code @context} there; other untyped scripts are code and are not read.
     */
    private static boolean isSchemaOrgObject(String data) {
        return (data.startsWith("{") || data.startsWith("[")) && data.contains("\"@context\"")
                && data.contains("schema.org");
    }

    /** The script's JSON without the CDATA section or HTML comment some pages wrap it in. */
    static String unwrap(String data) {
        String d = data.strip();
        for (String[] wrap : new String[][]{{"<![CDATA[", "]]>"}, {"<!--", "-->"}, {"//<![CDATA[", "//]]>"}}) {
            if (d.startsWith(wrap[0]) && d.endsWith(wrap[1])) {
                d = d.substring(wrap[0].length(), d.length() - wrap[1].length()).strip();
            }
        }
        return d;
    }

    /** The object that stands for this page's article, or null. */
    private static Found mainArticle(List<Found> found) {
        Found best = null;
        int bestScore = Integer.MIN_VALUE;
        for (Found f : found) {
            if (f.published() == null) {
                continue;
            }
            int score = (f.isThisPage() ? 4 : 0) + (f.topLevel() ? 2 : 0)
                    + (PAGE_TYPES.contains(f.type()) ? 0 : 1);
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        return best;
    }

    private void visit(JsonNode node, boolean topLevel, PageView page, List<Found> out) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                visit(child, topLevel, page, out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode graph = node.get("@graph");
        if (graph != null) {
            visit(graph, topLevel, page, out);
        }
        String type = articleType(node.get("@type"));
        if (type != null) {
            PublicationDate published = date(node, "datePublished", page);
            if (published == null) {
                published = date(node, "dateCreated", page);
            }
            if (published == null && type.equals("videoobject")) {
                published = date(node, "uploadDate", page);
            }
            PublicationDate modified = date(node, "dateModified", page);
            if (published != null || modified != null) {
                out.add(new Found(published, modified, type, topLevel, isThisPage(node, page.url())));
            }
        }
        for (var it = node.fields(); it.hasNext(); ) {
            var field = it.next();
            String key = field.getKey().toLowerCase(Locale.ROOT);
            if (!key.equals("@graph") && !OTHER_THINGS.contains(key) && field.getValue().isContainerNode()) {
                visit(field.getValue(), key.equals("mainentity"), page, out);
            }
        }
    }

    private static PublicationDate date(JsonNode node, String field, PageView page) {
        JsonNode v = node.get(field);
        if (v != null && v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        if (v == null || !v.isTextual()) {
            return null;
        }
        return parse(v.asText(), page).orElse(null);
    }

    private static Optional<PublicationDate> parse(String value, PageView page) {
        return page.parser().first(value, page.order()).map(d -> d.withSource("json-ld"));
    }

    /** The article type named (lower case), the first one when there are several; null for other types. */
    private static String articleType(JsonNode type) {
        if (type == null) {
            return "untyped";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                String found = articleType(t);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        String t = type.asText().toLowerCase(Locale.ROOT);
        t = t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1);
        return ARTICLE_TYPES.contains(t) ? t : null;
    }

    private static boolean isThisPage(JsonNode node, String url) {
        if (url == null) {
            return false;
        }
        String page = UrlDates.normalise(url);
        for (String field : new String[]{"url", "@id", "mainEntityOfPage"}) {
            JsonNode v = node.get(field);
            if (v != null && v.isObject()) {
                v = v.has("@id") ? v.get("@id") : v.get("url");
            }
            if (v != null && v.isTextual() && UrlDates.normalise(v.asText()).equals(page)) {
                return true;
            }
        }
        return false;
    }
}
