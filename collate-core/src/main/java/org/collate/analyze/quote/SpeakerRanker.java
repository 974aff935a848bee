package org.collate.analyze.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
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
 * <p>The model is a text file, one {@code feature<TAB>weight} a line, sorted. It is learned outside the product, by
 * {@code collate train speakers} (deterministic: the same data gives the same file byte for byte). Immutable and
 * thread-safe.
 */
public final class SpeakerRanker {

    /** Where the shipped model lives on the class path (trained by {@code collate train speakers}). */
    public static final String RESOURCE = "/org/collate/analyze/quote/speakers.tsv";

    private final Map<String, Double> weights;

    private SpeakerRanker(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
    }

    /** A model of these feature weights (as training gives them; the product reads {@link #shipped()}). */
    public static SpeakerRanker of(Map<String, Double> weights) {
        return new SpeakerRanker(weights);
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
}
