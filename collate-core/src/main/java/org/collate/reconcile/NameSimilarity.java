package org.collate.reconcile;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Whether two spellings could name the same person or place: "Anthony"/"Antony", "Ibrahim"/"Ebrahim",
 * "Donbass"/"Donbas", "Zelensky"/"Zelenskyy", "Lukashenka"/"Lukashenko", "Klark"/"Clark". Transliterated names vary
 * by a letter or two, or sound alike; short names must match exactly, since "Li" and "Lu" are different people.
 * Names are first transliterated to Latin ASCII by ICU ("Зеленский", "Łukasz"), then compared by Damerau–Levenshtein
 * distance, and by the Double Metaphone key of Apache Commons Codec where one more letter differs.
 */
final class NameSimilarity {

    /** ICU's transliterator from any script to Latin ASCII; one per thread, as ICU asks of a stateful instance. */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));
    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameSimilarity() {
    }

    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!n.chars().allMatch(c -> c < 128)) {
            n = TO_LATIN.get().transliterate(n);
        }
        return n.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Whether two folded words of five letters or more sound alike: a Double Metaphone key in common. */
    private static boolean soundAlike(String x, String y) {
        if (Math.min(x.length(), y.length()) < 5) {
            return false;
        }
        String px = METAPHONE.doubleMetaphone(x, false);
        String ax = METAPHONE.doubleMetaphone(x, true);
        String py = METAPHONE.doubleMetaphone(y, false);
        String ay = METAPHONE.doubleMetaphone(y, true);
        return !px.isEmpty() && (px.equals(py) || px.equals(ay) || ax.equals(py));
    }

    /** The number of edits allowed between two spellings of a word this long. */
    static int allowedEdits(int length) {
        return length >= 8 ? 2 : length >= 5 ? 1 : 0;
    }

    /** Whether the two words are spellings of one name (equal once folded, or within the allowed edits). */
    static boolean sameWord(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (Math.min(x.length(), y.length()) >= 3 && singleLetters(x).equals(singleLetters(y))) {
            return true; // "Larry"/"Lary", "Phillip"/"Philip": a doubled letter written once, the commonest slip
        }
        int allowed = allowedEdits(Math.min(x.length(), y.length()));
        if (soundAlike(x, y) && distance(x, y) <= allowed + 1) {
            return true; // "Klark"/"Clark", "Jarry"/"Jarrij": one more letter, the same sound
        }
        if (x.charAt(0) != y.charAt(0) && Math.min(x.length(), y.length()) < 6) {
            return false;
        }
        return allowed > 0 && Math.abs(x.length() - y.length()) <= allowed && distance(x, y) <= allowed;
    }

    /** The word with each run of one letter written once ("larry" → "lary"). */
    private static String singleLetters(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                b.append(w.charAt(i));
            }
        }
        return b.toString();
    }

    /** Endings that make a people or an adjective of a place's name ("America" → "American", "Israel" → "Israeli"). */
    private static final java.util.Set<String> DERIVING_ENDINGS = java.util.Set.of("n", "an", "ian", "ese", "ish", "i",
            "ns", "ans", "ians", "is");

    /** Whether one word is the other with a deriving ending: a related word, not another spelling of it. */
    static boolean derivedForm(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return longer.length() > shorter.length() && longer.startsWith(shorter)
                && DERIVING_ENDINGS.contains(longer.substring(shorter.length()));
    }

    /** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
