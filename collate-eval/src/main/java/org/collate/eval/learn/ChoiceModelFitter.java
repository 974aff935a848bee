package org.collate.eval.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns the weights of a choice among candidates (a quote's speaker among its mentions, a page's publication day
 * among its dates): a conditional logit, a weight per feature and a softmax over each choice's candidates. Written
 * by hand because the choice is among a varying set of candidates, which OpenNLP's maxent, a classifier of single
 * events, does not fit. Training lives here, with the data it reads, not in the product, which only reads the
 * shipped weights.
 */
public final class ChoiceModelFitter {

    private ChoiceModelFitter() {
    }

    /**
     * One choice's candidates for training: their features, and which of them are right (at least one, or the
     * example teaches nothing).
     */
    public record Example(List<List<String>> candidates, boolean[] right) {
    }

    /** Training settings: passes over the data, the step size, and the L2 penalty per example. */
    public record Settings(int epochs, double rate, double l2) {
        public static final Settings DEFAULT = new Settings(40, 0.1, 1e-4);
    }

    /**
     * Fits the weights by stochastic gradient ascent on the log-likelihood of the right candidates (the sum of their
     * probabilities when several are right), in the examples' order with a step that decays per pass: the same
     * examples in the same order give the same model.
     */
    public static Map<String, Double> fit(List<Example> examples, Settings settings) {
        Map<String, Integer> index = new HashMap<>();
        List<int[][]> encoded = new ArrayList<>(examples.size());
        for (Example ex : examples) {
            int[][] cands = new int[ex.candidates().size()][];
            for (int c = 0; c < cands.length; c++) {
                List<String> fs = ex.candidates().get(c);
                cands[c] = new int[fs.size()];
                for (int k = 0; k < fs.size(); k++) {
                    cands[c][k] = index.computeIfAbsent(fs.get(k), x -> index.size());
                }
            }
            encoded.add(cands);
        }
        double[] w = new double[index.size()];
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            double rate = settings.rate() / (1 + epoch * 0.2);
            for (int e = 0; e < examples.size(); e++) {
                int[][] cands = encoded.get(e);
                boolean[] right = examples.get(e).right();
                double[] s = new double[cands.length];
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < cands.length; c++) {
                    for (int f : cands[c]) {
                        s[c] += w[f];
                    }
                    max = Math.max(max, s[c]);
                }
                double z = 0;
                double zRight = 0;
                for (int c = 0; c < cands.length; c++) {
                    s[c] = Math.exp(s[c] - max);
                    z += s[c];
                    zRight += right[c] ? s[c] : 0;
                }
                if (zRight == 0) {
                    continue;
                }
                // d log(sum_right p) / d score_c = [right] p_c / p_right - p_c
                for (int c = 0; c < cands.length; c++) {
                    double g = (right[c] ? s[c] / zRight : 0) - s[c] / z;
                    if (g != 0) {
                        for (int f : cands[c]) {
                            w[f] += rate * g;
                        }
                    }
                }
                for (int[] cand : cands) {
                    for (int f : cand) {
                        w[f] -= rate * settings.l2() * w[f];
                    }
                }
            }
        }
        Map<String, Double> out = new HashMap<>();
        for (Map.Entry<String, Integer> e : index.entrySet()) {
            double v = Math.round(w[e.getValue()] * 1e5) / 1e5;
            if (v != 0) {
                out.put(e.getKey(), v);
            }
        }
        return out;
    }
}
