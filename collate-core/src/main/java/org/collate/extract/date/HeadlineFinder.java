package org.collate.extract.date;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the article's headline, the anchor that byline dates sit next to: among the {@code <h1>}, {@code <h2>} and
 * {@code itemprop="headline"} elements outside comments and related items, the one whose words best match the
 * page's declared title ({@code og:title}, else {@code <title>}), an {@code <h1>} winning ties. An {@code <h2>}
 * is taken only when it matches the title well (pages that keep {@code <h1>} for the site's name); without any
 * match, the first {@code <h1>}; without any {@code <h1>} or {@code <h2>}, a lower heading that repeats the title. A heading that only names the site (a masthead) is never the headline.
 */
final class HeadlineFinder {

    /** The similarities and sizes that recognise the headline ({@link HeadlineMatch}). */
    private final HeadlineMatch match;

    HeadlineFinder(HeadlineMatch match) {
        this.match = match;
    }

    Element find(Document doc, PageView page) {
        Set<String> titleWords = words(declaredTitle(doc));
        Element site = doc.selectFirst("meta[property=og:site_name]");
        String siteName = site == null ? null : site.attr("content");
        Element best = null;
        double bestScore = -1;
        for (Element h : doc.select("h1, h2, [itemprop=headline]")) {
            if (h.text().isBlank() || h.normalName().equals("meta") || page.isSecondary(h)
                    || namesSite(h.text(), siteName, page.url())) {
                continue;
            }
            double similarity = overlap(words(h.text()), titleWords);
            boolean primary = !h.normalName().equals("h2") || h.attr("itemprop").equals("headline");
            if (!primary && similarity < match.minH2Similarity()) {
                continue;
            }
            double score = similarity + (primary ? match.primaryBonus() : 0);
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        if (best == null) {
            // no h1 or h2 will do: a lower heading that repeats the title (a blog's h3 post title) is the headline,
            // else a block classed as the title that repeats it (a portal's <div class="h-title">, an <h4>)
            Element title = titleHeading(doc);
            if (title == null) {
                title = repeatedTitle(doc, "h4, h5, h6, [class~=(?i)(^|[-_ ])(title|headline)$]");
            }
            best = title == null || page.isSecondary(title) ? null : title;
        }
        return best;
    }

    /**
     * The first heading ({@code <h1>}–{@code <h3>}) whose words all but repeat the page's declared title, wherever it
     * stands, or null: the element around it is the article, whatever its class calls it.
     */
    Element titleHeading(Document doc) {
        return repeatedTitle(doc, "h1, h2, h3");
    }

    /** The first element {@code selector} finds whose words all but repeat the page's declared title, or null. */
    private Element repeatedTitle(Document doc, String selector) {
        Set<String> titleWords = words(declaredTitle(doc));
        if (titleWords.size() < match.minTitleWords()) {
            return null;
        }
        for (Element h : doc.select(selector)) {
            if (overlap(words(h.text()), titleWords) >= match.titleRepeated()) {
                return h;
            }
        }
        return null;
    }

    /** Whether a heading only names the site: its {@code og:site_name}, its domain, or the domain's initials. */
    static boolean namesSite(String heading, String siteName, String url) {
        String h = letters(heading);
        if (h.isEmpty()) {
            return false;
        }
        if (siteName != null && h.equals(letters(siteName))) {
            return true;
        }
        String label = domainLabel(url);
        if (label == null || label.length() < 2) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        for (String w : heading.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                initials.append(w.charAt(0));
            }
        }
        return h.equals(label) || initials.length() > 1 && initials.toString().equals(label);
    }

    /** The registered name in a URL's host, letters and digits only ("radiocanada" for ici.radio-canada.ca). */
    private static String domainLabel(String url) {
        if (url == null) {
            return null;
        }
        String host = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("[/?#:].*$", "").toLowerCase(Locale.ROOT);
        String[] parts = host.split("\\.");
        if (parts.length < 2) {
            return null;
        }
        // example.com, example.co.uk, example.com.br: the label before a short second-level suffix.
        int i = parts.length - 2;
        if (i > 0 && parts[i].length() <= 3 && parts[parts.length - 1].length() == 2) {
            i--;
        }
        return letters(parts[i]);
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String declaredTitle(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content");
        }
        return doc.title();
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String w : a) {
            if (b.contains(w)) {
                common++;
            }
        }
        return 2.0 * common / (a.size() + b.size());
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }
}
