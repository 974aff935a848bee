package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link Kind#QUOTE_WORD}: a lower-case noun, verb or adjective of three letters or more inside a direct quote of
 * five words or more replaced by another word of the same part of speech and the same ending, drawn from the
 * benchmark's own articles.
 *
 * <p>The replacement is chosen without WordNet and without the reconcile stage's quote-word test: the vocabulary is
 * every lower-case noun, verb and adjective the eligible articles use (function words and negations left out), kept
 * by part of speech and ending ("-s" nouns; "-ed", "-ing", "-s" verbs; "-er", "-est" adjectives; the rest), so the
 * new word fits the grammar; the word is taken at a place set by the original word's hash, and the first one after
 * it that does not share the original's first four letters (no inflection or derivation of it: "decide",
 * "decided", "decision") is used. A random word of the same part of speech almost never means the same; where it
 * happens to, the detector rightly says nothing and the edit counts as a miss: the benchmark's error, small and
 * listed by {@code --errors}.
 */
final class QuoteWordEdits implements EditMaker {

    private static final int MIN_QUOTE_WORDS = 5;
    private static final Set<String> CONTENT_POS = Set.of("NOUN", "VERB", "ADJ");
    /**
     * Function words and negations: a change there is no content-word change. A copy of the reconcile stage's lists
     * (data, not a test), kept here so that the stage's judge stays private to it.
     */
    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
            "for", "with", "at", "by", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
            "been", "it", "its", "we", "our", "i", "you", "they", "their", "he", "his", "she", "her", "will", "would",
            "am", "us", "so", "very", "just", "also", "then", "there", "here", "do", "does", "did", "have", "has",
            "had");
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nor", "n't", "cannot",
            "without");

    /** Words by part of speech and ending, each list sorted so the choice does not depend on reading order. */
    private final Map<String, List<String>> vocabulary;

    QuoteWordEdits(List<AnalyzedArticle> articles) {
        Map<String, TreeSet<String>> words = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            for (Sentence s : a.sentences()) {
                for (Token t : s.tokens()) {
                    if (eligible(t)) {
                        words.computeIfAbsent(shape(t.text(), t.pos()), k -> new TreeSet<>()).add(t.text());
                    }
                }
            }
        }
        Map<String, List<String>> sorted = new HashMap<>();
        words.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
        this.vocabulary = Map.copyOf(sorted);
    }

    private static boolean eligible(Token t) {
        String w = t.text();
        return CONTENT_POS.contains(t.pos()) && w.matches("\\p{Ll}{3,}") && !FUNCTION.contains(w)
                && !NEGATIONS.contains(w);
    }

    /** The part of speech with the ending that decides which words can stand in the same place. */
    static String shape(String w, String pos) {
        String ending = switch (pos) {
            case "NOUN" -> w.endsWith("s") && !w.endsWith("ss") ? "s" : "";
            case "VERB" -> w.endsWith("ed") ? "ed" : w.endsWith("ing") ? "ing" : w.endsWith("s") ? "s" : "";
            case "ADJ" -> w.endsWith("est") ? "est" : w.endsWith("er") ? "er" : "";
            default -> "";
        };
        return pos + ":" + ending;
    }

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (Quote q : c.a.quotes()) {
            if (!q.direct() || q.text().split("\\s+").length < MIN_QUOTE_WORDS) {
                continue;
            }
            Set<Integer> quoteSentences = new HashSet<>();
            for (Sentence s : c.a.sentences()) {
                if (s.span().overlaps(q.span())) {
                    quoteSentences.add(s.index());
                }
            }
            for (Sentence s : c.a.sentences()) {
                if (!s.span().overlaps(q.span()) || ArticleContext.words(s) < ArticleContext.REPORT_CLAIM_WORDS) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (!q.span().contains(t.span()) || !eligible(t)) {
                        continue;
                    }
                    String replacement = replacement(t.text(), t.pos());
                    if (replacement != null) {
                        // The whole quote is the edit's: a quote over several sentences differs in all of them.
                        out.add(new Candidate(Kind.QUOTE_WORD, t.text() + " → " + replacement,
                                List.of(new Change(t.span().start(), t.span().end(), replacement)), quoteSentences));
                    }
                }
            }
        }
        return out;
    }

    /** A word of the same part of speech and ending that is no form of {@code w}, or null where there is none. */
    String replacement(String w, String pos) {
        List<String> words = vocabulary.getOrDefault(shape(w, pos), List.of());
        if (words.isEmpty()) {
            return null;
        }
        int start = Math.floorMod(w.hashCode(), words.size());
        for (int k = 0; k < words.size(); k++) {
            String r = words.get((start + k) % words.size());
            if (!sameStem(w, r)) {
                return r;
            }
        }
        return null;
    }

    /** Whether the words begin alike (their first four letters, or all of the shorter one). */
    static boolean sameStem(String a, String b) {
        int n = Math.min(4, Math.min(a.length(), b.length()));
        return a.regionMatches(0, b, 0, n);
    }
}
