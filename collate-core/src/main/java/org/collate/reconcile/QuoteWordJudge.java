package org.collate.reconcile;

import org.collate.lexicon.NumberWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether two nearly identical renderings of a quote differ in meaning. Renderings that are not nearly
 * identical (translations, paraphrases) are left alone: their differences are of wording, not of fact. Between
 * nearly identical ones, a changed number, an added or dropped negation, or a replaced content word that is neither
 * an inflection nor a WordNet synonym of the original changes the meaning; punctuation, case, function words and
 * synonyms do not.
 */
final class QuoteWordJudge {

    /**
     * What changed: the words of the first rendering and those of the second, and whether the change is of fact (a
     * number's value or a negation) rather than of wording.
     */
    record Change(String from, String to, boolean factual) {
        Change(String from, String to) {
            this(from, to, false);
        }
    }

    static final Set<String> FUNCTION = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on",
            "for", "with", "at", "by", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
            "been", "it", "its", "we", "our", "i", "you", "they", "their", "he", "his", "she", "her", "will", "would",
            "am", "us", "so", "very", "just", "also", "then", "there", "here", "do", "does", "did", "have", "has",
            "had");
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nothing", "none", "nor", "n't", "cannot",
            "without");

    private final Synonyms synonyms;
    /**
     * Renderings share at least this share of their words (in order) to count as nearly identical
     * ({@link ReconcileSettings#quoteNearIdentical()}).
     */
    private final double nearIdentical;

    QuoteWordJudge(Synonyms synonyms, double nearIdentical) {
        this.synonyms = synonyms;
        this.nearIdentical = nearIdentical;
    }

    Change meaningChange(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.equals(y) || x.isEmpty() || y.isEmpty()) {
            return null;
        }
        int[][] lcs = lcs(x, y);
        int common = lcs[0][0];
        if (common < nearIdentical * Math.max(x.size(), y.size())) {
            return null;
        }
        // Walk the alignment, collecting the differing runs.
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < x.size() || j < y.size()) {
            if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
                flush(removed, added, changes);
                i++;
                j++;
            } else if (j >= y.size() || i < x.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                removed.add(x.get(i++));
            } else {
                added.add(y.get(j++));
            }
        }
        flush(removed, added, changes);
        boolean factual = NumberWords.differentValues(a, b)
                || changes.stream().anyMatch(c -> negates(c) || opposes(c));
        for (Change c : changes) {
            if (changesMeaning(c)) {
                return new Change(c.from(), c.to(), factual);
            }
        }
        return factual && !changes.isEmpty() ? new Change(changes.get(0).from(), changes.get(0).to(), true) : null;
    }

    private static void flush(List<String> removed, List<String> added, List<Change> changes) {
        if (!removed.isEmpty() || !added.isEmpty()) {
            changes.add(new Change(String.join(" ", removed), String.join(" ", added)));
            removed.clear();
            added.clear();
        }
    }

    /**
     * A negation replaced in place ("did" / "did not"): words put in or left out around it ("No fight." before the
     * same sentence) say more or less, not the opposite.
     */
    private static boolean negates(Change c) {
        if (c.from().isEmpty() || c.to().isEmpty()) {
            return false;
        }
        return negations(List.of(c.from().split(" "))) != negations(List.of(c.to().split(" ")));
    }

    /** A word replaced by its WordNet antonym ("difficult" / "easy"): the opposite polarity, a change of fact. */
    private boolean opposes(Change c) {
        for (String f : content(c.from().isEmpty() ? List.of() : List.of(c.from().split(" ")))) {
            List<String> opposite = synonyms.antonyms(f);
            for (String t : content(c.to().isEmpty() ? List.of() : List.of(c.to().split(" ")))) {
                if (synonyms.baseForms(t).stream().anyMatch(opposite::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean changesMeaning(Change c) {
        List<String> from = c.from().isEmpty() ? List.of() : List.of(c.from().split(" "));
        List<String> to = c.to().isEmpty() ? List.of() : List.of(c.to().split(" "));
        List<String> contentFrom = content(from);
        List<String> contentTo = content(to);
        if (contentFrom.isEmpty() || contentTo.isEmpty()) {
            return false; // a word dropped or added, or function words changed: wording
        }
        for (String f : contentFrom) {
            boolean matched = false;
            for (String t : contentTo) {
                if (synonyms.similar(f, t)) {
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                return true;
            }
        }
        return false;
    }

    private static int negations(List<String> words) {
        int n = 0;
        for (String w : words) {
            if (NEGATIONS.contains(w) || w.endsWith("n't")) {
                n++;
            }
        }
        return n;
    }

    private static List<String> content(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (!FUNCTION.contains(w) && !NEGATIONS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The rendering's words, lower case, with contractions undone ("couldn't" → "could not", "it's" → "it is") and
     * numbers written in words turned into digits ("two" → "2", "twenty-five" → "25"): forms, not meanings.
     */
    static List<String> words(String text) {
        List<String> raw = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace("’", "'").split("[^\\p{L}\\p{N}',.]+")) {
            String t = w.replaceAll("^[',.]+|[',.]+$", "");
            if (!t.isEmpty()) {
                expand(t, raw);
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            int v = NumberWords.cardinal(raw.get(i));
            if (v < 0) {
                out.add(raw.get(i));
                continue;
            }
            int joined = i + 1 < raw.size() ? NumberWords.combine(v, NumberWords.cardinal(raw.get(i + 1))) : -1;
            if (joined > 0) {
                v = joined;
                i++;
            }
            out.add(Integer.toString(v));
        }
        return out;
    }

    private static final Set<String> IS_CONTRACTED = Set.of("it's", "that's", "he's", "she's", "there's", "here's",
            "what's", "who's", "where's", "let's");

    /** Adds a word, or the words of a contraction. */
    private static void expand(String w, List<String> out) {
        switch (w) {
            case "can't", "cannot" -> out.addAll(List.of("can", "not"));
            case "won't" -> out.addAll(List.of("will", "not"));
            case "shan't" -> out.addAll(List.of("shall", "not"));
            case "let's" -> out.addAll(List.of("let", "us"));
            default -> {
                if (w.endsWith("n't") && w.length() > 3) {
                    out.add(w.substring(0, w.length() - 3));
                    out.add("not");
                } else if (IS_CONTRACTED.contains(w)) {
                    out.add(w.substring(0, w.length() - 2));
                    out.add("is");
                } else if (w.endsWith("'re") || w.endsWith("'ve") || w.endsWith("'ll") || w.endsWith("'m")
                        || w.endsWith("'d")) {
                    int at = w.lastIndexOf('\'');
                    out.add(w.substring(0, at));
                    out.add(switch (w.substring(at)) {
                        case "'re" -> "are";
                        case "'ve" -> "have";
                        case "'ll" -> "will";
                        case "'m" -> "am";
                        default -> "would";
                    });
                } else {
                    out.add(w);
                }
            }
        }
    }

    /** lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..]. */
    private static int[][] lcs(List<String> x, List<String> y) {
        int[][] t = new int[x.size() + 1][y.size() + 1];
        for (int i = x.size() - 1; i >= 0; i--) {
            for (int j = y.size() - 1; j >= 0; j--) {
                t[i][j] = x.get(i).equals(y.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }
}
