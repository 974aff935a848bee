package org.collate.analyze.quote;

import org.collate.learn.ChoiceWeights;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.List;
import java.util.Map;

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
    private static final List<String> COMMENTS = List.of(
            "Speaker choice among candidate mentions: feature weights of a conditional logit model.",
            "Trained by `collate train speakers` on PolNeAR's train split; features are generic, see "
                    + "SpeakerCandidates.");

    private final ChoiceWeights weights;

    private SpeakerRanker(ChoiceWeights weights) {
        this.weights = weights;
    }

    /** A model of these feature weights (as training gives them; the product reads {@link #shipped()}). */
    public static SpeakerRanker of(Map<String, Double> weights) {
        return new SpeakerRanker(ChoiceWeights.of(weights));
    }

    private static final class Shipped {
        static final SpeakerRanker MODEL = new SpeakerRanker(ChoiceWeights.resource(SpeakerRanker.class, RESOURCE,
                "speaker model"));
    }

    /** The model shipped in the jar, read once. */
    public static SpeakerRanker shipped() {
        return Shipped.MODEL;
    }

    public static SpeakerRanker read(InputStream in) throws IOException {
        return new SpeakerRanker(ChoiceWeights.read(in));
    }

    public void write(Writer out) throws IOException {
        weights.write(out, COMMENTS);
    }

    /** How many features carry a weight. */
    public int size() {
        return weights.size();
    }

    /** The index of the best candidate (the first of equals), or -1 when there is none. */
    public int best(List<List<String>> candidates) {
        return weights.choose(candidates).index();
    }
}
