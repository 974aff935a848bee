package org.collate.extract.date;

import org.collate.learn.ChoiceWeights;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Chooses a page's publication day among the days its evidence names ({@link DateOption}) with a conditional logit
 * model: a weight per feature, a softmax over the page's days; the most probable day is taken when its probability
 * reaches the model's threshold, else the page is left undated. It replaces a hand order of the evidence, whose
 * figures could only be measured on the pages the order was read off; the model's are cross-validated
 * ({@code collate train dates --folds 5}).
 *
 * <p>The model is a text file ({@link ChoiceWeights}), its threshold a parameter line {@code #threshold<TAB>p}. It is
 * learned outside the product, by {@code collate train dates} (deterministic: the same
 * pages give the same file byte for byte). Immutable and thread-safe.
 */
public final class DateRanker {

    /** Where the shipped model lives on the class path (trained by {@code collate train dates}). */
    public static final String RESOURCE = "/org/collate/extract/date/date-chooser.tsv";
    private static final String THRESHOLD = "threshold";
    private static final List<String> COMMENTS = List.of(
            "Publication-day choice among the days a page's evidence names: weights of a conditional logit model.",
            "Trained by `collate train dates` on ../shared/eval/dates and dates-web; features are generic, see "
                    + "DateOptions.");

    private final ChoiceWeights weights;

    private DateRanker(ChoiceWeights weights) {
        this.weights = weights;
    }

    /** A model of these weights that abstains below {@code threshold}. */
    public static DateRanker of(Map<String, Double> weights, double threshold) {
        return new DateRanker(ChoiceWeights.of(weights).with(Map.of(THRESHOLD, threshold)));
    }

    private static final class Shipped {
        static final DateRanker MODEL = new DateRanker(ChoiceWeights.resource(DateRanker.class, RESOURCE,
                "date chooser model"));
    }

    /** The model shipped in the jar, read once. */
    public static DateRanker shipped() {
        return Shipped.MODEL;
    }

    /** Reads a model written by {@link #write}. */
    public static DateRanker read(InputStream in) throws IOException {
        return new DateRanker(ChoiceWeights.read(in));
    }

    /** Writes the model: comments, the threshold, then the weights sorted by feature. */
    public void write(Writer out) throws IOException {
        weights.write(out, COMMENTS);
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    /** The least probability of the best day at which the page is dated. */
    public double threshold() {
        return weights.parameter(THRESHOLD, 0);
    }

    /** The most probable option (the first of equals) and its probability, whatever it is; index -1 for none. */
    public ChoiceWeights.Choice best(List<DateOption> options) {
        return weights.choose(options.stream().map(DateOption::features).toList());
    }

    /** The option to date the page by: the most probable one when it reaches the threshold; else -1. */
    public int choose(List<DateOption> options) {
        ChoiceWeights.Choice c = best(options);
        return dates(c) ? c.index() : -1;
    }

    /** Whether the page is dated by {@code best}, the most probable option ({@link #best}): it reaches the threshold. */
    public boolean dates(ChoiceWeights.Choice best) {
        return best.index() >= 0 && best.probability() >= threshold();
    }
}
