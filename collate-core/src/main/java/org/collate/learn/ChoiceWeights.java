package org.collate.learn;

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
 * The weights of a conditional logit choice: each candidate's score is the sum of its features' weights, and the
 * candidates of one choice share a softmax. A text file holds it: {@code # } comment lines, then
 * {@code #name<TAB>value} parameters of the model that uses it (a threshold), then one {@code feature<TAB>weight} a
 * line, sorted, each to five decimals (training rounds them so). Immutable and thread-safe.
 */
public final class ChoiceWeights {

    private final Map<String, Double> weights;
    private final Map<String, Double> parameters;

    private ChoiceWeights(Map<String, Double> weights, Map<String, Double> parameters) {
        this.weights = Map.copyOf(weights);
        this.parameters = Map.copyOf(parameters);
    }

    /** These feature weights, with no parameters. */
    public static ChoiceWeights of(Map<String, Double> weights) {
        return new ChoiceWeights(weights, Map.of());
    }

    /** These weights with these named parameters. */
    public ChoiceWeights with(Map<String, Double> newParameters) {
        return new ChoiceWeights(weights, newParameters);
    }

    /** Reads a file written by {@link #write}. */
    public static ChoiceWeights read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        Map<String, Double> p = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            if (line.isBlank() || line.startsWith("# ")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IOException("line " + n + " of the model is neither a comment nor name<TAB>value");
            }
            double v;
            try {
                v = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw new IOException("line " + n + " of the model has no number after its tab", e);
            }
            if (line.startsWith("#")) {
                p.put(line.substring(1, tab), v);
            } else {
                w.put(line.substring(0, tab), v);
            }
        }
        return new ChoiceWeights(w, p);
    }

    /** Reads a model shipped on the class path at {@code path}, or fails saying which {@code model} is missing. */
    public static ChoiceWeights resource(Class<?> owner, String path, String model) {
        try (InputStream in = owner.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(model + " " + path + " is missing from the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + model + " " + path, e);
        }
    }

    /** Writes the comments (each as a {@code # } line), the parameters, then the weights, each part sorted. */
    public void write(Writer out, List<String> comments) throws IOException {
        for (String c : comments) {
            out.write("# " + c + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(parameters).entrySet()) {
            out.write("#" + e.getKey() + "\t" + e.getValue() + "\n");
        }
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.5f", e.getValue()) + "\n");
        }
        out.flush();
    }

    /** A named parameter, or {@code otherwise} when the file gives none. */
    public double parameter(String name, double otherwise) {
        return parameters.getOrDefault(name, otherwise);
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    /** The sum of the features' weights (an unknown feature weighs nothing). */
    public double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            s += weights.getOrDefault(f, 0.0);
        }
        return s;
    }

    /**
     * The chosen candidate: the index of the best (the first of equals) and its softmax probability among them.
     *
     * @param index -1 when there are no candidates
     */
    public record Choice(int index, double probability) {
    }

    /** The best of {@code candidates}, each given by its features. */
    public Choice choose(List<List<String>> candidates) {
        if (candidates.isEmpty()) {
            return new Choice(-1, 0);
        }
        double[] s = new double[candidates.size()];
        int best = 0;
        for (int i = 0; i < s.length; i++) {
            s[i] = score(candidates.get(i));
            if (s[i] > s[best]) {
                best = i;
            }
        }
        double z = 0;
        for (double v : s) {
            z += Math.exp(v - s[best]);
        }
        return new Choice(best, 1 / z);
    }
}
