package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the article body of a page by scoring its blocks, in the manner of Readability: every paragraph-like
 * element gives a score (for its text length and commas) to its ancestors; class and id names and link density
 * adjust it; the best-scoring container and its strong siblings are kept, then pruned of link lists and page
 * furniture.
 */
public final class MainContentExtractor {

    private static final Set<String> REMOVE_TAGS = Set.of("script", "style", "noscript", "template", "svg", "iframe",
            "object", "embed", "canvas", "button", "input", "select", "textarea", "nav", "dialog", "video", "audio",
            "map", "head", "link", "meta");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3",
            "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "td", "th", "figure",
            "figcaption", "header", "footer", "aside", "dl", "dt", "dd", "br", "hr", "address", "form", "fieldset",
            "details", "summary", "center", "caption", "tbody", "thead");
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|legends|menu"
                    + "|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break"
                    + "|agegate|pagination|pager|popup|yom-remote|newsletter|subscribe|share|cookie|promo|outbrain"
                    + "|taboola|recommend|trending|most-popular|mostpopular",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow|story|text|post",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|paragraph|prose",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
                    + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
                    + "|tags|tool|widget|byline|author|dateline|newsletter|subscribe|social|caption|credit",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> SCORABLE = Set.of("p", "pre", "td", "blockquote", "h2", "h3", "h4", "li");

    /** Extracts the body of {@code doc}; the document is modified (cleaned) in the process. */
    public MainContent extract(Document doc, String title) {
        Element body = doc.body();
        if (body == null) {
            return new MainContent(List.of(), List.of());
        }
        clean(body);
        Element top = bestCandidate(body);
        if (top == null) {
            return new MainContent(List.of(), List.of());
        }
        List<RemovedSpan> removed = new ArrayList<>();
        prune(top, removed);
        List<String> paragraphs = new ArrayList<>();
        collectParagraphs(top, paragraphs, new StringBuilder());
        dropTitle(paragraphs, title, removed);
        return new MainContent(paragraphs, removed);
    }

    private static void clean(Element body) {
        List<Element> remove = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) {
                continue;
            }
            String tag = e.normalName();
            if (REMOVE_TAGS.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                    || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
                remove.add(e);
                continue;
            }
            String role = e.attr("role");
            if (role.equals("navigation") || role.equals("banner") || role.equals("contentinfo")
                    || role.equals("complementary") || role.equals("dialog") || role.equals("alert")) {
                remove.add(e);
                continue;
            }
            String cls = e.className() + " " + e.id();
            if (!tag.equals("article") && !tag.equals("main") && !tag.equals("body") && !tag.equals("a")
                    && UNLIKELY.matcher(cls).find() && !MAYBE.matcher(cls).find()) {
                remove.add(e);
            }
        }
        for (Element e : remove) {
            e.remove();
        }
        body.getAllElements().forEach(e -> {
            if (e.normalName().equals("footer") || e.normalName().equals("aside")) {
                e.remove();
            }
        });
    }

    private Element bestCandidate(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!SCORABLE.contains(e.normalName())) {
                continue;
            }
            String text = e.text();
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,，、]").length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = e.parent();
            int level = 0;
            while (parent != null && level < 3) {
                scores.computeIfAbsent(parent, MainContentExtractor::initialScore);
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(parent, score / divider, Double::sum);
                parent = parent.parent();
                level++;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double s = entry.getValue() * (1 - linkDensity(entry.getKey()));
            entry.setValue(s);
            if (s > bestScore) {
                bestScore = s;
                best = entry.getKey();
            }
        }
        if (best == null) {
            return body;
        }
        // Climb while the parent holds the best candidate's content plus more of comparable quality.
        Element candidate = best;
        while (candidate.parent() != null && candidate.parent() != body) {
            Element parent = candidate.parent();
            Double ps = scores.get(parent);
            if (ps != null && ps > bestScore * 0.75 && parent.text().length() < candidate.text().length() * 1.6) {
                candidate = parent;
            } else {
                break;
            }
        }
        return withSiblings(candidate, scores, bestScore);
    }

    private static Element withSiblings(Element top, Map<Element, Double> scores, double topScore) {
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> keep = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                keep.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            boolean append = s != null && s >= threshold;
            if (!append && sibling.normalName().equals("p")) {
                String text = sibling.text();
                double ld = linkDensity(sibling);
                append = (text.length() > 80 && ld < 0.25) || (text.length() > 0 && ld == 0 && text.matches(".*\\.( |$).*"));
            }
            if (append) {
                keep.add(sibling);
            }
        }
        if (keep.size() == 1) {
            return top;
        }
        Element wrapper = new Element("div");
        for (Element k : keep) {
            wrapper.appendChild(k.clone());
        }
        return wrapper;
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    static double classWeight(Element e) {
        double w = 0;
        for (String s : new String[]{e.className(), e.id()}) {
            if (s.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(s).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(s).find()) {
                w += 25;
            }
        }
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            w += 15;
        }
        return w;
    }

    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    /** Removes link lists, share bars, captions and forms from inside the chosen container. */
    private static void prune(Element top, List<RemovedSpan> removed) {
        List<Element> candidates = new ArrayList<>(top.select("ul, ol, div, section, table, figure, figcaption, form, p, h2, h3, h4"));
        for (Element e : candidates) {
            if (e.parent() == null) {
                continue;
            }
            String text = e.text().strip();
            if (text.isEmpty()) {
                if (e.select("img").isEmpty()) {
                    e.remove();
                }
                continue;
            }
            String tag = e.normalName();
            if (tag.equals("figure") || tag.equals("figcaption")) {
                removed.add(new RemovedSpan(text, RemovalReason.CAPTION));
                e.remove();
                continue;
            }
            double ld = linkDensity(e);
            double weight = classWeight(e);
            int commas = text.split(",").length - 1;
            if (!tag.equals("p") && (ld > 0.5 && text.length() < 1000 || weight < 0 && commas < 10 && ld > 0.2)) {
                removed.add(new RemovedSpan(text, ld > 0.5 ? RemovalReason.RELATED_LINK : RemovalReason.BOILERPLATE));
                e.remove();
            } else if (weight <= -25 && text.length() < 200) {
                removed.add(new RemovedSpan(text, RemovalReason.BOILERPLATE));
                e.remove();
            }
        }
    }

    /** Walks the container, starting a new paragraph at every block element. */
    static void collectParagraphs(Node node, List<String> out, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = BLOCK_TAGS.contains(e.normalName());
                if (block) {
                    flush(out, current);
                }
                collectParagraphs(e, out, current);
                if (block) {
                    flush(out, current);
                }
            }
        }
        if (node.parent() == null || node instanceof Element e && e.normalName().equals("body")) {
            flush(out, current);
        }
    }

    private static void flush(List<String> out, StringBuilder current) {
        String text = current.toString().replaceAll("[\\s\\u00a0]+", " ").strip();
        current.setLength(0);
        if (!text.isEmpty()) {
            out.add(text);
        }
    }

    private static void dropTitle(List<String> paragraphs, String title, List<RemovedSpan> removed) {
        if (title == null || paragraphs.isEmpty()) {
            return;
        }
        String t = title.strip().toLowerCase(Locale.ROOT);
        for (int i = 0; i < Math.min(3, paragraphs.size()); i++) {
            if (paragraphs.get(i).toLowerCase(Locale.ROOT).equals(t)) {
                removed.add(new RemovedSpan(paragraphs.remove(i), RemovalReason.DUPLICATE_TITLE));
                return;
            }
        }
    }
}
