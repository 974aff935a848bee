package org.collate.extract.html;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The article text a page declares in its structured data (JSON-LD {@code articleBody}), as a set of hashed word
 * 4-grams, so any block of the page can be asked "is this part of the declared body?". Publishers fill it from the
 * same source as the visible article, so it shows where the body is and where it ends; it is often truncated or
 * stripped of headings, so it is a hint for locating, never the output.
 */
final class BodyHint {

    private static final int N = 4;

    private final Set<Long> shingles;

    private BodyHint(Set<Long> shingles) {
        this.shingles = shingles;
    }

    /**
     * The hint of a declared body, or null when there is none worth using.
     *
     * @param minChars declared bodies shorter than this are teasers, too short to locate anything with
     */
    static BodyHint of(String articleBody, int minChars) {
        if (articleBody == null || articleBody.length() < minChars) {
            return null;
        }
        long[] hashes = wordHashes(articleBody);
        if (hashes.length < 40) {
            return null;
        }
        Set<Long> set = new HashSet<>(hashes.length * 2);
        for (int i = 0; i + N <= hashes.length; i++) {
            set.add(shingle(hashes, i));
        }
        return new BodyHint(set);
    }

    /**
     * The share (0 to 1) of the text's word 4-grams that occur in the declared body, or -1 when the text has fewer
     * than four words.
     */
    double share(String text) {
        long[] hashes = wordHashes(text);
        if (hashes.length < N) {
            return -1;
        }
        int hit = 0;
        int all = 0;
        for (int i = 0; i + N <= hashes.length; i++) {
            all++;
            if (shingles.contains(shingle(hashes, i))) {
                hit++;
            }
        }
        return hit / (double) all;
    }

    private static long shingle(long[] h, int i) {
        long x = 1469598103934665603L;
        for (int k = 0; k < N; k++) {
            x = (x ^ h[i + k]) * 1099511628211L;
        }
        return x;
    }

    /** Hashes of the text's words (letter and digit runs), case folded. */
    static long[] wordHashes(String text) {
        long[] out = new long[16];
        int n = 0;
        long h = 0;
        boolean in = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || c == '_') {
                h = h * 31 + Character.toLowerCase(c);
                in = true;
            } else if (in) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = h;
                h = 0;
                in = false;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
