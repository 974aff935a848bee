package org.collate.analyze.signature;

import org.collate.model.MinHashSignature;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MinHash over word shingles. Words are lower-cased runs of letters and digits, so punctuation, quote styles and
 * white space do not separate copies; each shingle of {@link #SHINGLE} words is hashed once (64-bit FNV-1a, then
 * mixed) and the {@link #size()} hash functions are derived from it as {@code h1 + i·h2} (Kirsch–Mitzenmacher),
 * which keeps the cost at one hash per shingle. Lucene's {@code MinHashFilter} does the same inside an analysis
 * chain; here the signature is needed outside an index, on the article itself.
 */
public final class MinHasher {

    /** Words per shingle: long enough that unrelated texts on one topic rarely share one. */
    public static final int SHINGLE = 4;
    private final int size;

    public MinHasher(int size) {
        this.size = size;
    }

    public MinHasher() {
        this(128);
    }

    public int size() {
        return size;
    }

    public MinHashSignature signature(String text) {
        int[] mins = new int[size];
        java.util.Arrays.fill(mins, Integer.MAX_VALUE);
        List<String> words = words(text);
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int s = 0; s < shingles && !words.isEmpty(); s++) {
            long h = 0xcbf29ce484222325L;
            for (int w = s; w < Math.min(words.size(), s + SHINGLE); w++) {
                String word = words.get(w);
                for (int c = 0; c < word.length(); c++) {
                    h ^= word.charAt(c);
                    h *= 0x100000001b3L;
                }
                h ^= ' ';
                h *= 0x100000001b3L;
            }
            long h1 = mix(h);
            long h2 = mix(h1 ^ 0x9e3779b97f4a7c15L) | 1;
            for (int i = 0; i < size; i++) {
                int v = (int) ((h1 + i * h2) >>> 33);
                if (v < mins[i]) {
                    mins[i] = v;
                }
            }
        }
        return new MinHashSignature(mins);
    }

    /** Lower-cased runs of letters and digits. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** The finaliser of SplitMix64: spreads the bits of a hash. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
