package org.collate.link;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import org.collate.model.MinHashSignature;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing over MinHash signatures: the signature is cut into {@code bands} of {@code rows}
 * values; two articles become candidates when any band is equal, which happens with probability
 * {@code 1 - (1 - J^rows)^bands} for Jaccard similarity J. Candidates are then checked on the full signature against
 * the threshold. A lookup touches {@code bands} buckets whatever the corpus size. Each band's buckets are a
 * primitive map from band key to the latest article, chained to earlier ones through an array, so an article costs
 * a few bytes per band rather than a boxed entry. Not thread-safe.
 */
public final class NearDuplicateIndex {

    /** A match: an earlier article and the estimated Jaccard similarity of the two shingle sets. */
    public record Match(String articleId, double jaccard) {
    }

    private final int bands;
    private final int rows;
    private final double threshold;
    /** Per band: band key → index of the latest article with that key. */
    private final List<Long2IntOpenHashMap> heads = new ArrayList<>();
    /** Per band: article index → index of the previous article in its bucket, or -1. */
    private final List<IntArrayList> next = new ArrayList<>();
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
            Long2IntOpenHashMap map = new Long2IntOpenHashMap();
            map.defaultReturnValue(-1);
            heads.add(map);
            next.add(new IntArrayList());
        }
    }

    /** The standard cut: {@value #BANDS} bands of {@value #ROWS} rows. */
    static final int BANDS = 32;
    static final int ROWS = 4;

    /** 32 bands of 4 rows over 128 values: pairs at Jaccard 0.5 are found with probability 0.87, at 0.7 with 1.00. */
    public static NearDuplicateIndex standard(double threshold) {
        return new NearDuplicateIndex(BANDS, ROWS, threshold);
    }

    /** Earlier articles whose estimated Jaccard similarity with {@code signature} is at least the threshold, best first. */
    public List<Match> query(MinHashSignature signature) {
        IntOpenHashSet seen = new IntOpenHashSet();
        List<long[]> found = new ArrayList<>();
        for (int b = 0; b < bands; b++) {
            IntArrayList chain = next.get(b);
            for (int i = heads.get(b).get(bandKey(signature, b, rows)); i >= 0; i = chain.getInt(i)) {
                if (seen.add(i)) {
                    double j = signatures.get(i).similarity(signature);
                    if (j >= threshold) {
                        found.add(new long[]{i, Double.doubleToLongBits(j)});
                    }
                }
            }
        }
        // Best first; among equals the earliest article, for a deterministic answer.
        found.sort((x, y) -> x[1] != y[1] ? Double.compare(Double.longBitsToDouble(y[1]), Double.longBitsToDouble(x[1]))
                : Long.compare(x[0], y[0]));
        List<Match> out = new ArrayList<>(found.size());
        for (long[] f : found) {
            out.add(new Match(ids.get((int) f[0]), Double.longBitsToDouble(f[1])));
        }
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
            next.get(b).add(heads.get(b).put(bandKey(signature, b, rows), index));
        }
    }

    public int size() {
        return ids.size();
    }

    /** The key of one band of a signature: equal bands, equal keys. */
    static long bandKey(MinHashSignature s, int band, int rows) {
        long h = 0x9e3779b97f4a7c15L * (band + 1);
        for (int r = 0; r < rows; r++) {
            h = (h ^ s.value(band * rows + r)) * 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
        }
        return h;
    }
}
