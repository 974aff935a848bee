package org.collate.link;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of terms and entity keys over the articles seen so far, for idf weights, and the term
 * dictionary that turns terms into the ids of {@link SparseVector}s.
 */
final class CollectionStatistics {

    private final Object2IntOpenHashMap<String> termIds = new Object2IntOpenHashMap<>();
    private int[] termDf = new int[1024];
    /** By {@link KeyHash#entity}: the strings of every entity ever named would be most of this table's size. */
    private final Long2IntOpenHashMap entityDf = new Long2IntOpenHashMap();
    private int documents;
    {
        termIds.defaultReturnValue(-1);
    }

    /** idf by term id, refreshed when the collection has grown by a twentieth since the last refresh. */
    private float[] idf = new float[0];
    private int idfDocuments = -1;

    /** Counts the article in; {@code frequencies} is its {@link #termFrequencies} vector (its term ids). */
    void add(LinkFeatures f, SparseVector frequencies) {
        documents++;
        for (int id : frequencies.ids) {
            if (id >= termDf.length) {
                termDf = Arrays.copyOf(termDf, Math.max(id + 1, termDf.length * 2));
            }
            termDf[id]++;
        }
        for (String e : f.entities().keySet()) {
            entityDf.addTo(KeyHash.entity(e), 1);
        }
    }

    int documents() {
        return documents;
    }

    private int termId(String term) {
        int id = termIds.getInt(term);
        if (id < 0) {
            id = termIds.size();
            termIds.put(term, id);
        }
        return id;
    }

    private double idf(int df) {
        return Math.log(1 + (documents + 1.0) / (df + 1.0));
    }

    /** Smoothed idf: ln(1 + (N + 1) / (df + 1)); an unseen entity gets the rarest weight. */
    double entityIdf(long entityHash) {
        return idf(entityDf.get(entityHash));
    }

    /**
     * The article's sublinear term frequencies (1 + ln tf) over term ids; new terms get ids here, so the vector can
     * join the story sums once the article is placed. Weights are applied at comparison time with {@link #idf()},
     * so early articles are not stuck with the statistics of a near-empty collection.
     */
    SparseVector termFrequencies(LinkFeatures f) {
        int n = f.terms().size();
        long[] packed = new long[n];
        int k = 0;
        for (Map.Entry<String, Integer> e : f.terms().entrySet()) {
            float w = (float) (1 + Math.log(e.getValue()));
            packed[k++] = ((long) termId(e.getKey()) << 32) | (Float.floatToRawIntBits(w) & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] ids = new int[n];
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            ids[i] = (int) (packed[i] >>> 32);
            w[i] = Float.intBitsToFloat((int) packed[i]);
        }
        return new SparseVector(ids, w);
    }

    /** The article's unit tf-idf vector, from its term frequencies. */
    SparseVector weighted(SparseVector frequencies) {
        float[] table = idf();
        float[] w = new float[frequencies.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = frequencies.weights[i] * table[frequencies.ids[i]];
        }
        return new SparseVector(frequencies.ids, w).normalised();
    }

    /** idf by term id, covering every id handed out (unseen terms get the rarest weight). */
    float[] idf() {
        if (idfDocuments < 0 || documents > idfDocuments * 1.05 + 5) {
            float[] table = new float[Math.max(1024, termIds.size() * 2)];
            for (int id = 0; id < table.length; id++) {
                table[id] = (float) idf(id < termDf.length ? termDf[id] : 0);
            }
            idf = table;
            idfDocuments = documents;
        } else if (idf.length < termIds.size()) {
            // New terms only: extend the table, keeping the values (and the stamp) of the old ones.
            int from = idf.length;
            idf = Arrays.copyOf(idf, termIds.size() * 2);
            for (int id = from; id < idf.length; id++) {
                idf[id] = (float) idf(id < termDf.length ? termDf[id] : 0);
            }
        }
        return idf;
    }

    /** A stamp that changes when {@link #idf()} is refreshed, for caches of weighted norms. */
    int idfStamp() {
        idf();
        return idfDocuments;
    }

    /** Term weights (sublinear tf-idf) by term, for choosing index query terms. */
    Map<String, Double> termWeights(LinkFeatures f) {
        Map<String, Double> out = new HashMap<>(f.terms().size() * 2);
        f.terms().forEach((t, n) -> {
            int id = termIds.getInt(t);
            int df = id < 0 || id >= termDf.length ? 0 : termDf[id];
            out.put(t, (1 + Math.log(n)) * idf(df));
        });
        return out;
    }
}
