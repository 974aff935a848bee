package org.collate.extract.html;

import org.collate.lexicon.FurnitureWords;
import org.collate.model.RemovalReason;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an element's {@code class} and {@code id} say about it. Names are cut into lower-case words at punctuation
 * and at camel-case humps ({@code ArticlePage-articleBody} gives {@code article, page, article, body}), so that
 * {@code ad} matches {@code header-ad-slot} but not {@code header} or {@code Page-admin}.
 */
final class ClassCues {

    private ClassCues() {
    }

    /** The lower-case words of an element's class and id. */
    static List<String> words(Element e) {
        List<String> words = new ArrayList<>();
        cut(e.className(), words);
        cut(e.id(), words);
        return words;
    }

    private static void cut(String name, List<String> out) {
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            char c = i < name.length() ? name.charAt(i) : ' ';
            boolean letter = Character.isLetterOrDigit(c);
            boolean hump = letter && start >= 0 && Character.isUpperCase(c) && i > 0
                    && Character.isLowerCase(name.charAt(i - 1));
            if ((!letter || hump) && start >= 0) {
                out.add(name.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
            }
        }
    }

    private static RemovalReason compound(String word) {
        for (String stem : FurnitureWords.COMPOUND_STEMS) {
            if (word.length() > stem.length() && word.startsWith(stem)
                    && FurnitureWords.NOT_COMPOUNDS.stream().noneMatch(word::startsWith)) {
                return FurnitureWords.KINDS.getOrDefault(stem, stem.equals("related") || stem.equals("recommend")
                        ? RemovalReason.RELATED_LINK : stem.equals("advert") ? RemovalReason.PROMO
                        : RemovalReason.BOILERPLATE);
            }
        }
        return null;
    }

    /** True when the furniture word the element's class or id carries is a weak one ({@link FurnitureWords#WEAK}). */
    static boolean weakFurniture(Element e) {
        for (String w : words(e)) {
            if (FurnitureWords.KINDS.containsKey(w)) {
                return FurnitureWords.WEAK.contains(w);
            }
            for (String stem : FurnitureWords.COMPOUND_STEMS) {
                if (w.startsWith(stem) && compound(w) != null) {
                    return FurnitureWords.WEAK.contains(stem);
                }
            }
        }
        return true;
    }

    /** The kind of page furniture the element's class or id names, or null. */
    static RemovalReason furniture(Element e) {
        if (e.className().isEmpty() && e.id().isEmpty()) {
            return null;
        }
        List<String> words = words(e);
        // "social-media-embed", "embedded-tweet": a post quoted in the article, not a share bar.
        boolean embed = words.contains("embed") || words.contains("embedded") || words.contains("tweet");
        for (String w : words) {
            RemovalReason r = FurnitureWords.KINDS.get(w);
            if (r == null) {
                r = compound(w);
            }
            if (r != null && !(embed && r == RemovalReason.SHARE_PROMPT)) {
                return r;
            }
        }
        String joined = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (containsAny(joined, FurnitureWords.SCREEN_READER_ONLY)) {
            return RemovalReason.BOILERPLATE;
        }
        return null;
    }

    /** True when the class or id names an article container ({@code article-body}, {@code entry-content}). */
    static boolean bodyLike(Element e) {
        for (String w : words(e)) {
            if (FurnitureWords.BODY.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Readability's weight: +25 for a content-like class or id, -25 for a furniture-like one, each. */
    static double weight(Element e) {
        double w = 0;
        for (String s : new String[]{e.className(), e.id()}) {
            if (s.isEmpty()) {
                continue;
            }
            String l = s.toLowerCase(Locale.ROOT);
            if (containsAny(l, FurnitureWords.READABILITY_NEGATIVE)) {
                w -= 25;
            }
            if (containsAny(l, FurnitureWords.READABILITY_POSITIVE)) {
                w += 25;
            }
        }
        return w;
    }

    private static boolean containsAny(String s, List<String> needles) {
        for (String n : needles) {
            if (s.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
