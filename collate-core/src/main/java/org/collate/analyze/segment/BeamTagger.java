package org.collate.analyze.segment;

import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.util.Arrays;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Part-of-speech tagging that gives exactly what OpenNLP's {@link POSTaggerME} gives (same beam of 3, same
 * arithmetic, same order of ties) at a fraction of the cost, for models that are plain maxent models with a uniform
 * prior and no tag dictionary (the UD English model is). What it does differently:
 * <ul>
 *   <li>the features of a word that do not depend on earlier tags (all but the trailing {@code t=}/{@code t2=}) are
 *   looked up and summed once per word, not once per beam entry: the sum runs in the same order, so it is
 *   bit-identical;</li>
 *   <li>beam entries whose context is the same (they differ only further back) share one evaluation;</li>
 *   <li>the beam's threshold (the third-best probability) is selected, not found by sorting all outcomes;</li>
 *   <li>candidates are linked to their parent instead of copying their tag lists at every step.</li>
 * </ul>
 * One instance per thread: it holds the context generator (which caches) and scratch arrays.
 */
final class BeamTagger {

    /** OpenNLP's {@code BeamSearch} drops candidates at or below this log score. */
    private static final double MIN_SEQUENCE_SCORE = -100000;

    private final POSModel model;
    private final int beam;
    private final Map<String, Context> predicates;
    private final String[] outcomes;
    private final double logPrior;
    private final POSContextGenerator contexts;

    // Scratch, reused across words and sentences.
    private final double[] shared;
    private final double[] probs;
    private String[] sharedPrefix = new String[0];
    private int sharedLength = -1;
    private final String[][] seenContexts;
    private final double[][] seenProbs;
    private int seen;

    private BeamTagger(POSModel model, int beam, Map<String, Context> predicates, String[] outcomes) {
        this.model = model;
        this.beam = beam;
        this.predicates = predicates;
        this.outcomes = outcomes;
        // UniformPrior: log(1/n), as OpenNLP computes it
        this.logPrior = StrictMath.log(1.0d / outcomes.length);
        this.contexts = model.getFactory().getPOSContextGenerator(beam);
        this.shared = new double[outcomes.length];
        this.probs = new double[outcomes.length];
        this.seenContexts = new String[beam][];
        this.seenProbs = new double[beam][outcomes.length];
    }

    /**
     * A tagger for {@code model}, or null where the model is not one this class reproduces exactly (then use
     * {@link POSTaggerME}). The check runs the model's own evaluation beside this one on a few contexts, and both
     * taggers on a sentence. The instance is for the calling thread; {@link #forThread()} makes more.
     */
    @SuppressWarnings("unchecked")
    static BeamTagger of(POSModel model) {
        if (model.getFactory().getTagDictionary() != null) {
            return null;
        }
        Object artifact = model.getArtifact("pos.model");
        if (!(artifact instanceof AbstractModel maxent)
                || maxent.getModelType() != AbstractModel.ModelType.Maxent) {
            return null;
        }
        String beamSize = model.getManifestProperty("BeamSize");
        int beam = beamSize == null ? POSTaggerME.DEFAULT_BEAM_SIZE : Integer.parseInt(beamSize);
        Object[] data = maxent.getDataStructures();
        String[] outcomes = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = maxent.getOutcome(i);
        }
        BeamTagger tagger = new BeamTagger(model, beam, (Map<String, Context>) data[1], outcomes);
        return tagger.agreesWith(maxent) && tagger.tagsLike(new POSTaggerME(model)) ? tagger : null;
    }

    /** Whether this tagger's tags are OpenNLP's on a sample sentence (OpenNLP maps some models' tag sets). */
    private boolean tagsLike(POSTaggerME reference) {
        String[] words = {"The", "president", "said", "on", "Friday", "that", "$", "1.2", "billion", "would", "be",
                "spent", "on", "roads", ",", "\"", "not", "talk", ".", "\""};
        return Arrays.equals(tag(words), reference.tag(words));
    }

    /** Another tagger on the same model, with its own context generator and scratch space (for another thread). */
    BeamTagger forThread() {
        return new BeamTagger(model, beam, predicates, outcomes);
    }

    private boolean agreesWith(MaxentModel model) {
        String[][] probes = {
                {},
                {"def", "w=the", "suf=e", "pre=t", "wc=lc", "no-such-feature"},
                {"def", "w=said", "p1w=president", "t=NOUN", "t2=DET,NOUN"},
        };
        for (String[] probe : probes) {
            double[] expected = model.eval(probe, new double[outcomes.length]);
            sharedLength = -1;
            evaluate(probe, probs);
            if (!Arrays.equals(expected, probs)) {
                return false;
            }
        }
        return true;
    }

    /** The tags of one sentence's words. */
    String[] tag(String[] words) {
        sharedLength = -1;
        PriorityQueue<Node> prev = new PriorityQueue<>(beam);
        PriorityQueue<Node> next = new PriorityQueue<>(beam);
        prev.add(Node.ROOT);
        // The context generator reads only the two previous tags (OpenNLP caches contexts by exactly those), so one
        // array per sentence holds them: copying each candidate's whole tag history, as OpenNLP's Sequence does,
        // made a sentence of n words cost n^2 (a 10,000-word "sentence" of quote marks took most of a minute).
        String[] before = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            int sz = Math.min(beam, prev.size());
            seen = 0;
            sharedLength = -1;
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Node top = prev.remove();
                top.previousTags(before, i);
                double[] scores = score(contexts.getContext(i, words, before, null));
                double min = threshold(scores);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        Node n = new Node(top, outcomes[p], scores[p]);
                        if (n.score > MIN_SEQUENCE_SCORE) {
                            next.add(n);
                        }
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < scores.length; p++) {
                        Node n = new Node(top, outcomes[p], scores[p]);
                        if (n.score > MIN_SEQUENCE_SCORE) {
                            next.add(n);
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Node> swap = prev;
            prev = next;
            next = swap;
        }
        Node best = prev.poll();
        return best == null ? null : best.outcomes();
    }

    /** The probabilities for one context, shared with an earlier beam entry of this word whose context was the same. */
    private double[] score(String[] context) {
        for (int s = 0; s < seen; s++) {
            if (Arrays.equals(seenContexts[s], context)) {
                return seenProbs[s];
            }
        }
        double[] out = seen < seenProbs.length ? seenProbs[seen] : new double[outcomes.length];
        evaluate(context, out);
        if (seen < seenContexts.length) {
            seenContexts[seen++] = context;
        }
        return out;
    }

    /** OpenNLP's {@code GISModel.eval}: log prior plus feature weights, in context order, then exp and normalise. */
    private void evaluate(String[] context, double[] out) {
        int prefix = context.length;
        while (prefix > 0 && isTagFeature(context[prefix - 1])) {
            prefix--;
        }
        if (prefix != sharedLength || !samePrefix(context, prefix)) {
            Arrays.fill(shared, logPrior);
            add(context, 0, prefix, shared);
            sharedPrefix = context;
            sharedLength = prefix;
        }
        System.arraycopy(shared, 0, out, 0, out.length);
        add(context, prefix, context.length, out);
        double normal = 0.0;
        for (int o = 0; o < out.length; o++) {
            out[o] = StrictMath.exp(out[o]);
            normal += out[o];
        }
        for (int o = 0; o < out.length; o++) {
            out[o] /= normal;
        }
    }

    private boolean samePrefix(String[] context, int prefix) {
        if (context == sharedPrefix) {
            return true;
        }
        for (int k = 0; k < prefix; k++) {
            if (!context[k].equals(sharedPrefix[k])) {
                return false;
            }
        }
        return true;
    }

    private void add(String[] context, int from, int to, double[] sums) {
        for (int k = from; k < to; k++) {
            Context c = predicates.get(context[k]);
            if (c == null) {
                continue;
            }
            int[] os = c.getOutcomes();
            double[] ps = c.getParameters();
            for (int j = 0; j < os.length; j++) {
                sums[os[j]] += ps[j];
            }
        }
    }

    private static boolean isTagFeature(String feature) {
        return feature.startsWith("t=") || feature.startsWith("t2=");
    }

    /** The beam-th largest score, counting repeats: what OpenNLP reads off a sorted copy. */
    private double threshold(double[] scores) {
        if (beam != 3 || scores.length < 3) {
            double[] sorted = scores.clone();
            Arrays.sort(sorted);
            return sorted[Math.max(0, sorted.length - beam)];
        }
        double a = Double.NEGATIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        double c = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            if (Double.isNaN(s)) {
                double[] sorted = scores.clone();
                Arrays.sort(sorted);
                return sorted[sorted.length - 3];
            }
            if (s > a) {
                c = b;
                b = a;
                a = s;
            } else if (s > b) {
                c = b;
                b = s;
            } else if (s > c) {
                c = s;
            }
        }
        return c;
    }

    /** A candidate tag sequence, as a link to its parent: OpenNLP's {@code Sequence} without the copying. */
    private static final class Node implements Comparable<Node> {

        static final Node ROOT = new Node();

        final Node parent;
        final String outcome;
        final double score;
        final int size;

        private Node() {
            parent = null;
            outcome = null;
            score = 0;
            size = 0;
        }

        Node(Node parent, String outcome, double prob) {
            this.parent = parent;
            this.outcome = outcome;
            this.score = parent.score + StrictMath.log(prob);
            this.size = parent.size + 1;
        }

        /** Writes this candidate's last two tags at {@code index - 1} and {@code index - 2} of {@code tags}. */
        void previousTags(String[] tags, int index) {
            if (index >= 1) {
                tags[index - 1] = outcome;
            }
            if (index >= 2) {
                tags[index - 2] = parent.outcome;
            }
        }

        String[] outcomes() {
            String[] out = new String[size];
            Node n = this;
            for (int i = size - 1; i >= 0; i--) {
                out[i] = n.outcome;
                n = n.parent;
            }
            return out;
        }

        /** Best first, as {@code Sequence.compareTo}. */
        @Override
        public int compareTo(Node o) {
            return Double.compare(o.score, score);
        }
    }
}
