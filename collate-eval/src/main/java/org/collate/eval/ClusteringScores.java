package org.collate.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * B-cubed and pairwise precision/recall of a clustering against gold classes (Bagga and Baldwin 1998; Amigó et
 * al. 2009). B-cubed averages, over items, the share of an item's cluster that shares its class (precision) and
 * the share of its class that shares its cluster (recall); pairwise counts item pairs put together.
 */
public final class ClusteringScores {

    /** The figures for one clustering. */
    public record Scores(PrecisionRecall bcubed, PrecisionRecall pairwise, int items, int clusters, int classes) {
    }

    private ClusteringScores() {
    }

    /**
     * @param predicted item → predicted cluster
     * @param gold      item → gold class; only items present in both are scored
     */
    public static Scores score(Map<String, String> predicted, Map<String, String> gold) {
        List<String> items = gold.keySet().stream().filter(predicted::containsKey).sorted().toList();
        Map<String, Integer> clusterSize = new HashMap<>();
        Map<String, Integer> classSize = new HashMap<>();
        Map<String, Integer> both = new HashMap<>();
        for (String item : items) {
            String c = predicted.get(item);
            String g = gold.get(item);
            clusterSize.merge(c, 1, Integer::sum);
            classSize.merge(g, 1, Integer::sum);
            both.merge(c + "\u0000" + g, 1, Integer::sum);
        }
        double p = 0;
        double r = 0;
        for (String item : items) {
            String c = predicted.get(item);
            String g = gold.get(item);
            int shared = both.get(c + "\u0000" + g);
            p += shared / (double) clusterSize.get(c);
            r += shared / (double) classSize.get(g);
        }
        int n = items.size();
        PrecisionRecall bcubed = new PrecisionRecall(n == 0 ? 0 : p / n, n == 0 ? 0 : r / n);
        double togetherBoth = 0;
        double togetherPredicted = 0;
        double togetherGold = 0;
        for (int v : both.values()) {
            togetherBoth += v * (v - 1) / 2.0;
        }
        for (int v : clusterSize.values()) {
            togetherPredicted += v * (v - 1) / 2.0;
        }
        for (int v : classSize.values()) {
            togetherGold += v * (v - 1) / 2.0;
        }
        PrecisionRecall pairwise = new PrecisionRecall(
                togetherPredicted == 0 ? 1 : togetherBoth / togetherPredicted,
                togetherGold == 0 ? 1 : togetherBoth / togetherGold);
        return new Scores(bcubed, pairwise, n, clusterSize.size(), classSize.size());
    }
}
