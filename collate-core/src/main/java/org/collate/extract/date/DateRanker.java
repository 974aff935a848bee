package org.collate.extract.date;

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
 * Chooses a page's publication day among the days its evidence names ({@link DateOption}) with a conditional logit
 * model: a weight per feature, a softmax over the page's days; the most probable day is taken when its probability
 * reaches the model's threshold, else the page is left undated. It replaces a hand order of the evidence, whose
 * figures could only be measured on the pages the order was read off; the model's are cross-validated
 * ({@code collate train dates --folds 5}).
 *
 * <p>The model is a text file, one {@code feature<TAB>weight} a line, sorted, and a first line
 * {@code #threshold<TAB>p}. It is learned outside the product, by {@code collate train dates} (deterministic: the same
 * pages give the same file byte for byte). Immutable and thread-safe.
 */
public final class DateRanker {

    /** Where the shipped model lives on the class path (trained by {@code collate train dates}). */
    public static final String RESOURCE = "/org/collate/extract/date/date-chooser.tsv";
    private static final String THRESHOLD = "#threshold";

    private final Map<String, Double> weights;
    private final double threshold;

    private DateRanker(Map<String, Double> weights, double threshold) {
        this.weights = Map.copyOf(weights);
        this.threshold = threshold;
    }

    /** A model of these weights that abstains below {@code threshold}. */
    public static DateRanker of(Map<String, Double> weights, double threshold) {
        return new DateRanker(weights, threshold);
    }

    private static final class Shipped {
        static final DateRanker MODEL = load();

        private static DateRanker load() {
            try (InputStream in = DateRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the date chooser model " + RESOURCE + " is not on the class path");
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the date chooser model", e);
            }
        }
    }

    /** The model shipped in the jar. */
    public static DateRanker shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model written by {@link #write}. */
    public static DateRanker read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        double threshold = 0;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                continue;
            }
            double v = Double.parseDouble(line.substring(tab + 1));
            if (line.startsWith(THRESHOLD + "\t")) {
                threshold = v;
            } else {
                w.put(line.substring(0, tab), v);
            }
        }
        return new DateRanker(w, threshold);
    }

    /** Writes the threshold, then the weights sorted by feature. */
    public void write(Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "%s\t%s%n", THRESHOLD, threshold));
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + e.getValue() + "\n");
        }
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    public double threshold() {
        return threshold;
    }

    /** The most probable option's index (the first of equals) and its probability; index -1 when there is none. */
    public record Choice(int index, double probability) {
    }

    /** The most probable option, whatever its probability. */
    public Choice best(List<DateOption> options) {
        if (options.isEmpty()) {
            return new Choice(-1, 0);
        }
        double[] s = new double[options.size()];
        int best = 0;
        for (int i = 0; i < s.length; i++) {
            for (String f : options.get(i).features()) {
                s[i] += weights.getOrDefault(f, 0.0);
            }
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

    /** The option to date the page by: the most probable one when it reaches the threshold; else -1. */
    public int choose(List<DateOption> options) {
        Choice c = best(options);
        return c.index() >= 0 && c.probability() >= threshold ? c.index() : -1;
    }
}
