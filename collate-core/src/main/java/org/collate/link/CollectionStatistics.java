package org.collate.link;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of terms and entity keys over the articles seen so far, for idf weights, and the term
 * dictionary that turns terms into the ids of {@link SparseVector}s.
 */
final class CollectionStatistics {

    private final Map<String, Integer> termIds = new HashMap<>();
    private int[] termDf = new int[1024];
    private final Map<String, Integer> entityDf = new HashMap<>();
    private int documents;

    void add(LinkFeatures f) {
        documents++;
        for (String t : f.terms().keySet()) {
            int id = termId(t);
            if (id >= termDf.length) {
                termDf = Arrays.copyOf(termDf, Math.max(id + 1, termDf.length * 2));
            }
            termDf[id]++;
        }
        f.entities().keySet().forEach(e -> entityDf.merge(e, 1, Integer::sum));
    }

    int documents() {
        return documents;
    }

    private int termId(String term) {
        return termIds.computeIfAbsent(term, t -> termIds.size());
    }

    private double idf(int df) {
        return Math.log(1 + (documents + 1.0) / (df + 1.0));
    }

    /** Smoothed idf: ln(1 + (N + 1) / (df + 1)); an unseen entity gets the rarest weight. */
    double entityIdf(String entity) {
        return idf(entityDf.getOrDefault(entity, 0));
    }

    /**
     * The article's sublinear tf-idf vector, unit length, over term ids (new terms get ids here, so the vector can
     * join the story sums once the article is placed).
     */
    SparseVector vector(LinkFeatures f) {
        int n = f.terms().size();
        int[] ids = new int[n];
        float[] w = new float[n];
        int k = 0;
        for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
            int id = termId(e.getKey());
            int df = id < termDf.length ? termDf[id] : 0;
            ids[k] = id;
            w[k++] = (float) ((1 + Math.log(e.getValue())) * idf(df));
        }
        // Sort by id, carrying weights along.
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = ((long) ids[i] << 32) | (Float.floatToRawIntBits(w[i]) & 0xffffffffL);
        }
        Arrays.sort(packed);
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            w[i] = Float.intBitsToFloat((int) packed[i]);
        }
        return new SparseVector(ids, w).normalised();
    }

    /** Term weights (sublinear tf-idf) by term, for choosing index query terms. */
    Map<String, Double> termWeights(LinkFeatures f) {
        Map<String, Double> out = new HashMap<>(f.terms().size() * 2);
        f.terms().forEach((t, n) -> {
            Integer id = termIds.get(t);
            int df = id == null || id >= termDf.length ? 0 : termDf[id];
            out.put(t, (1 + Math.log(n)) * idf(df));
        });
        return out;
    }
}
