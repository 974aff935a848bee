package org.collate.analyze.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Chooses a quote's speaker among its candidate mentions ({@link SpeakerCandidate}) with a conditional logit model: a
 * weight per feature, the candidate with the highest sum wins. One choice among several candidates is what is being
 * learned, so the model is trained on each quote's candidates together (softmax over them), not on each candidate
 * alone. Features are generic (distances, positions, mention kinds, reporting-verb words from the project's own list,
 * parts of speech): the model holds no word of the articles it was trained on.
 *
 * <p>The model is a text file, one {@code feature<TAB>weight} a line, sorted: training is deterministic (fixed order,
 * no randomness), so the same data gives the same file byte for byte. Immutable and thread-safe.
 */
public final class SpeakerRanker {

    /** Where the shipped model lives on the class path (trained by {@code collate train speakers}). */
    public static final String RESOURCE = "/org/collate/analyze/quote/speakers.tsv";

    private final Map<String, Double> weights;

    private SpeakerRanker(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    private static final class Shipped {
        static final SpeakerRanker MODEL = load();

        private static SpeakerRanker load() {
            try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("speaker model " + RESOURCE + " missing from the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The model shipped in the jar, read once. */
    public static SpeakerRanker shipped() {
        return Shipped.MODEL;
    }

    public static SpeakerRanker read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
        return new SpeakerRanker(w);
    }

    public void write(Writer out) throws IOException {
        out.write("# Speaker choice among candidate mentions: feature weights of a conditional logit model.\n");
        out.write("# Trained by `collate train speakers` on PolNeAR's train split; features are generic, see "
                + "SpeakerCandidates.\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
        }
        out.flush();
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            s += weights.getOrDefault(f, 0.0);
        }
        return s;
    }

    /** The index of the best candidate (the first of equals), or -1 when there is none. */
    public int best(List<List<String>> candidates) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double s = score(candidates.get(i));
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * One quote's candidates for training: their features, and which of them are the gold speaker (at least one).
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
    public static SpeakerRanker train(List<Example> examples, Settings settings) {
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
        return new SpeakerRanker(out);
    }
}
