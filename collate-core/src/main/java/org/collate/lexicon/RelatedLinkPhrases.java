package org.collate.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The phrases that introduce a link to another story ("Read more:", "Related:", "See also", "Lire aussi"), lower
 * case, English first with the commonest forms of a few other languages. The one list the HTML block filter and the
 * plain-text line rules read. Compiled by hand for Collate from the pages of the extraction benchmarks and the
 * samples.
 */
public final class RelatedLinkPhrases {

    private RelatedLinkPhrases() {
    }

    /** Lead-ins that never open a sentence of news prose: at the start of a short line they are a link. */
    public static final List<String> LEAD_INS = List.of("read more", "read also", "also read", "read next",
            "more reading", "further reading", "see also", "more on this", "more on that", "more from",
            "you may also like", "you might also like", "lire aussi", "à lire aussi", "à lire", "lea también",
            "lee también", "leia também", "mehr zum thema", "lesen sie auch", "leggi anche");

    /**
     * Labels that also open ordinary sentences ("Related to this, …", "Trending upward, …", "Also on Tuesday,
     * …"): a link only when marked as a label (a colon, a bar, a link, the label alone).
     */
    public static final List<String> LABELS = List.of("related", "related article", "related articles",
            "related stories", "related coverage", "related content", "related link", "related links",
            "related reading", "recommended", "recommended for you", "see more", "more:", "also on", "don't miss",
            "dont miss", "most read", "most popular", "most viewed", "most shared", "top stories", "trending",
            "trending now");

    /**
     * A regular expression (no flags, no groups that capture) for any phrase, the longest first, so that a match
     * ends after "à lire aussi" rather than "à lire".
     */
    public static String anyPhrase() {
        List<String> all = new ArrayList<>(LEAD_INS);
        all.addAll(LABELS);
        return alternation(all);
    }

    /**
     * A regular expression for a phrase that is a link lead-in on a line of plain text, where nothing but the words
     * marks a label: a lead-in, or a label followed by a colon ("Related:", "Trending :").
     */
    public static String markedPhrase() {
        List<String> labels = new ArrayList<>();
        for (String label : LABELS) {
            labels.add(label.endsWith(":") ? label.substring(0, label.length() - 1) : label);
        }
        return alternation(LEAD_INS) + "|(?:" + alternation(labels) + ")\\s?:";
    }

    private static String alternation(List<String> phrases) {
        return phrases.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }
}
