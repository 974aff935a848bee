package org.collate.link;

import java.util.HashMap;
import java.util.Map;

/** Document frequencies of terms and entity keys over the articles seen so far, for idf weights. */
final class CollectionStatistics {

    private final Map<String, Integer> termDf = new HashMap<>();
    private final Map<String, Integer> entityDf = new HashMap<>();
    private int documents;

    void add(LinkFeatures f) {
        documents++;
        f.terms().keySet().forEach(t -> termDf.merge(t, 1, Integer::sum));
        f.entities().keySet().forEach(e -> entityDf.merge(e, 1, Integer::sum));
    }

    int documents() {
        return documents;
    }

    /** Smoothed idf: ln(1 + (N + 1) / (df + 1)); a term never seen gets the rarest weight. */
    double idf(String term) {
        return Math.log(1 + (documents + 1.0) / (termDf.getOrDefault(term, 0) + 1.0));
    }

    double entityIdf(String entity) {
        return Math.log(1 + (documents + 1.0) / (entityDf.getOrDefault(entity, 0) + 1.0));
    }

    /** The article's sublinear tf-idf term weights. */
    Map<String, Double> weights(LinkFeatures f) {
        Map<String, Double> w = new HashMap<>(f.terms().size() * 2);
        f.terms().forEach((t, n) -> w.put(t, (1 + Math.log(n)) * idf(t)));
        return w;
    }

    static double norm(Map<String, Double> weights) {
        double sq = 0;
        for (double v : weights.values()) {
            sq += v * v;
        }
        return Math.sqrt(sq);
    }
}
