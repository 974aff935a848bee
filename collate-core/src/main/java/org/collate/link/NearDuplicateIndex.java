package org.collate.link;

import org.collate.model.MinHashSignature;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands} of {@code rows}
 * values; two articles become candidates when any band is equal, which happens with probability
 * {@code 1 - (1 - J^rows)^bands} for Jaccard similarity J. Candidates are then checked on the full signature against
 * the threshold. A lookup touches {@code bands} buckets whatever the corpus size. Not thread-safe.
 */
public final class NearDuplicateIndex {

    /** A match: an earlier article and the estimated Jaccard similarity of the two shingle sets. */
    public record Match(String articleId, double jaccard) {
    }

    private final int bands;
    private final int rows;
    private final double threshold;
    private final List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private final List<MinHashSignature> signatures = new ArrayList<>();

    /**
     * @param bands     number of bands (bands × rows must not exceed the signature size)
     * @param rows      values per band
     * @param threshold the least estimated Jaccard similarity reported
     */
    public NearDuplicateIndex(int bands, int rows, double threshold) {
        this.bands = bands;
        this.rows = rows;
        this.threshold = threshold;
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** 32 bands of 4 rows over 128 values: pairs at Jaccard 0.5 are found with probability 0.87, at 0.7 with 1.00. */
    public static NearDuplicateIndex standard(double threshold) {
        return new NearDuplicateIndex(32, 4, threshold);
    }

    /** Earlier articles whose estimated Jaccard similarity with {@code signature} is at least the threshold, best first. */
    public List<Match> query(MinHashSignature signature) {
        Map<Integer, Boolean> seen = new LinkedHashMap<>();
        for (int b = 0; b < bands; b++) {
            List<Integer> bucket = buckets.get(b).get(bandKey(signature, b));
            if (bucket != null) {
                for (int i : bucket) {
                    seen.putIfAbsent(i, Boolean.TRUE);
                }
            }
        }
        List<Match> out = new ArrayList<>();
        for (int i : seen.keySet()) {
            double j = signatures.get(i).similarity(signature);
            if (j >= threshold) {
                out.add(new Match(ids.get(i), j));
            }
        }
        out.sort((x, y) -> Double.compare(y.jaccard(), x.jaccard()));
        return out;
    }

    public void add(String articleId, MinHashSignature signature) {
        if (signature.size() < bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.size() + " values for " + bands + "×" + rows);
        }
        int index = ids.size();
        ids.add(articleId);
        signatures.add(signature);
        for (int b = 0; b < bands; b++) {
            buckets.get(b).computeIfAbsent(bandKey(signature, b), k -> new ArrayList<>(1)).add(index);
        }
    }

    public int size() {
        return ids.size();
    }

    private long bandKey(MinHashSignature s, int band) {
        long h = 0x9e3779b97f4a7c15L * (band + 1);
        for (int r = 0; r < rows; r++) {
            h = (h ^ s.value(band * rows + r)) * 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
        }
        return h;
    }
}
