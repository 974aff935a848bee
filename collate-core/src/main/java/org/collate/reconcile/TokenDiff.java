package org.collate.reconcile;

import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The word-level differences between two nearly identical sentences: the runs of words one has where the other has
 * others, in order, with the word that follows each run. Used where the analysis of the two sentences diverged
 * because of the very words that differ (a respelt name the recogniser no longer takes for a person, a title that
 * moved the sentence split, "120-year-old" read as one token), so that their slots cannot be compared directly.
 */
final class TokenDiff {

    /**
     * Sentences share at least this share of their words, in order, to be compared word by word
     * ({@link ReconcileSettings#diffNearIdentical()}).
     */
    private final double nearIdentical;
    /**
     * Sentences longer than this are not compared word by word, since the table costs the product of the lengths
     * ({@link ReconcileSettings#diffMaxWords()}).
     */
    private final int maxWords;

    /**
     * One run of differing words.
     *
     * @param from  the first sentence's words (may be empty)
     * @param to    the second sentence's words (may be empty)
     * @param after the first sentence's word right after the run, which both share, or null at the end
     * @param afterTo the second sentence's copy of that word, or null
     */
    record Run(List<Token> from, List<Token> to, Token after, Token afterTo) {
        String fromText() {
            return join(from);
        }

        String toText() {
            return join(to);
        }

        private static String join(List<Token> tokens) {
            StringBuilder b = new StringBuilder();
            for (Token t : tokens) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(t.text());
            }
            return b.toString();
        }
    }

    TokenDiff(double nearIdentical, int maxWords) {
        this.nearIdentical = nearIdentical;
        this.maxWords = maxWords;
    }

    /** Whether two sentences share most of their words in order: one sentence with a few words changed. */
    boolean nearlyIdentical(List<Token> a, List<Token> b) {
        List<Token> x = words(a);
        List<Token> y = words(b);
        return table(x, y) != null;
    }

    /** The longest-common-subsequence table of two word lists, or null where they are not nearly identical. */
    private int[][] table(List<Token> x, List<Token> y) {
        if (x.isEmpty() || y.isEmpty() || x.size() > maxWords || y.size() > maxWords) {
            return null;
        }
        int n = x.size();
        int m = y.size();
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = same(x.get(i), y.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t[0][0] < nearIdentical * Math.max(n, m) ? null : t;
    }

    /** The differing runs, or an empty list where the sentences are not nearly identical. */
    List<Run> of(List<Token> a, List<Token> b) {
        List<Token> x = words(a);
        List<Token> y = words(b);
        int[][] t = table(x, y);
        if (t == null) {
            return List.of();
        }
        int n = x.size();
        int m = y.size();
        List<Run> out = new ArrayList<>();
        List<Token> from = new ArrayList<>();
        List<Token> to = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(x.get(i), y.get(j))) {
                if (!from.isEmpty() || !to.isEmpty()) {
                    out.add(new Run(List.copyOf(from), List.copyOf(to), x.get(i), y.get(j)));
                    from.clear();
                    to.clear();
                }
                i++;
                j++;
            } else if (j >= m || i < n && t[i + 1][j] >= t[i][j + 1]) {
                from.add(x.get(i++));
            } else {
                to.add(y.get(j++));
            }
        }
        if (!from.isEmpty() || !to.isEmpty()) {
            out.add(new Run(List.copyOf(from), List.copyOf(to), null, null));
        }
        return out;
    }

    private static boolean same(Token a, Token b) {
        return a.text().equalsIgnoreCase(b.text());
    }

    /** Tokens with a letter or digit: punctuation does not make a difference. */
    private static List<Token> words(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
