package org.collate.link;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import org.collate.analyze.signature.SentenceEmbedder;

import java.util.List;
import java.util.Map;

/**
 * How well an article fits a story, from four signals, each in [0, 1]: the cosine of their tf-idf term vectors,
 * the weighted overlap of the entities they name, the cosine of the article's lead embedding with the story's mean
 * embedding, and time (days outside the story's span). A story whose articles state years that the article never
 * states, while the article states others, is penalised: two elections or two earthquakes of the same kind in
 * different years are different stories. Time counts less against a story that has already run for days
 * ({@code spanTimesNearest}: the log of the story's span of days times the log of the days to its nearest member): a
 * developing story keeps drawing reports days apart, where one that broke and ended on a single day does not.
 */
public final class StoryScorer {

    /** The signals, in the order of {@link ScorerWeights}'s fields (the weights are named after them). */
    public static final String[] FEATURES = {"terms", "termsMax", "entities", "entityCover", "embedding", "embeddingMax",
            "logDaysAway", "logDaysNearest", "yearConflict", "titleMax", "nearestTimesEntities", "sameDay", "undated",
            "placeConflict", "personConflict", "spanTimesNearest"};

    private final CollectionStatistics stats;
    private final double[] weights;

    StoryScorer(CollectionStatistics stats, ScorerWeights weights) {
        this.stats = stats;
        this.weights = weights.toArray(); // an array for the inner loop
    }

    /** A score with the signals it came from, for explanations and tuning. */
    public record Score(double[] features, double total) {
        double feature(String name) {
            for (int i = 0; i < FEATURES.length; i++) {
                if (FEATURES[i].equals(name)) {
                    return features[i];
                }
            }
            throw new IllegalArgumentException(name);
        }
    }

    /**
     * @param terms      the article's unit tf-idf vector ({@link CollectionStatistics#weighted})
     * @param ignoreTime score as if the article were within the story's days (the rewrite path)
     */
    Score score(LinkFeatures f, SparseVector terms, StoryState s, boolean ignoreTime) {
        return score(f, terms, s, ignoreTime, 0);
    }

    /**
     * The score, or null when it is surely below {@code floor}. Why: the closest-member similarities (a tf-idf
     * cosine, an embedding cosine and a title overlap with each recent member) are most of the scorer's cost, and
     * most candidate stories fall short however close a member could be. The others are computed first; after each
     * costly one the score's upper bound (each similarity still unknown at its largest, 1) is tested against the
     * floor. A score that is computed is the very one {@link #score(LinkFeatures, SparseVector, StoryState, boolean)}
     * gives.
     */
    Score scoreAtLeast(LinkFeatures f, SparseVector terms, StoryState s, double floor) {
        return score(f, terms, s, false, floor);
    }

    private static final int TERMS_MAX = List.of(FEATURES).indexOf("termsMax");
    private static final int EMBEDDING_MAX = List.of(FEATURES).indexOf("embeddingMax");
    private static final int TITLE_MAX = List.of(FEATURES).indexOf("titleMax");
    /** Above 1 by more than rounding: a cosine of unit vectors in floats can come out a hair over 1. */
    private static final double SIMILARITY_BOUND = 1.001;

    private Score score(LinkFeatures f, SparseVector terms, StoryState s, boolean ignoreTime, double floor) {
        float[] idf = stats.idf();
        int stamp = stats.idfStamp();
        if (s.centroidStamp != stamp) {
            s.centroidNorm = s.centroid.normScaled(idf);
            s.centroidStamp = stamp;
        }
        double centroid = s.centroidNorm == 0 ? 0 : terms.dotScaled(s.centroid, idf) / s.centroidNorm;
        double entities = entityOverlap(f, s);
        double cover = entityCover(f, s);
        double embedding = f.embedding() == null || s.embeddingSum == null || s.embeddingNorm == 0 ? 0
                : Math.max(0, SentenceEmbedder.cosine(f.embedding(), s.embeddingSum) / s.embeddingNorm);
        long nearest = -1;
        for (StoryState.Member m : s.recent) {
            if (f.day() != null && m.day != null) {
                long d = Math.abs(f.day().toEpochDay() - m.day.toEpochDay());
                nearest = nearest < 0 ? d : Math.min(nearest, d);
            }
        }
        // Math.log(1 + x) rather than log1p: x is a whole number of days, and log is an intrinsic (log1p is not).
        double logSpan = s.first == null ? 0 : Math.log(1 + s.last.toEpochDay() - s.first.toEpochDay());
        long days = ignoreTime ? 0 : Math.max(0, s.daysAway(f.day()));
        double logNearest = ignoreTime ? 0 : Math.log(1 + Math.max(0, nearest));
        // The closest-member similarities (termsMax, embeddingMax, titleMax) are filled in below.
        double[] x = {centroid, 0, entities, cover, embedding, 0, Math.log(1 + days), logNearest,
                yearConflict(f, s) ? 1 : 0, 0, logNearest * entities, nearest == 0 || ignoreTime ? 1 : 0,
                f.day() == null || s.first == null ? 1 : 0, conflict(f, s, PLACE), conflict(f, s, PERSON),
                logSpan * logNearest};
        if (s.recent.isEmpty()) {
            x[TERMS_MAX] = centroid;
            x[EMBEDDING_MAX] = embedding;
        } else {
            double zFloor = floor <= 0 ? Double.NEGATIVE_INFINITY : Math.log(floor / (1 - floor));
            boolean[] unknown = new boolean[x.length];
            unknown[TERMS_MAX] = unknown[EMBEDDING_MAX] = unknown[TITLE_MAX] = true;
            if (below(x, unknown, zFloor)) {
                return null;
            }
            double embeddingMax = 0;
            if (f.embedding() != null) {
                for (StoryState.Member m : s.recent) {
                    if (m.embedding != null) {
                        embeddingMax = Math.max(embeddingMax, SentenceEmbedder.cosine(f.embedding(), m.embedding));
                    }
                }
            }
            x[EMBEDDING_MAX] = embeddingMax;
            unknown[EMBEDDING_MAX] = false;
            if (below(x, unknown, zFloor)) {
                return null;
            }
            double titleMax = 0;
            for (StoryState.Member m : s.recent) {
                titleMax = Math.max(titleMax, overlap(f.titleWords(), m.titleWords));
            }
            x[TITLE_MAX] = titleMax;
            unknown[TITLE_MAX] = false;
            if (below(x, unknown, zFloor)) {
                return null;
            }
            double termsMax = 0;
            for (StoryState.Member m : s.recent) {
                if (m.normStamp != stamp) {
                    m.norm = m.terms.normScaled(idf);
                    m.normStamp = stamp;
                }
                termsMax = Math.max(termsMax, m.norm == 0 ? 0 : terms.dotScaled(m.terms, idf) / m.norm);
            }
            x[TERMS_MAX] = termsMax;
        }
        double z = weights[weights.length - 1];
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return new Score(x, 1 / (1 + Math.exp(-z)));
    }

    /** Whether the linear score is below {@code zFloor} with every unknown feature at its most favourable value. */
    private boolean below(double[] x, boolean[] unknown, double zFloor) {
        if (zFloor == Double.NEGATIVE_INFINITY) {
            return false;
        }
        double bound = weights[weights.length - 1];
        for (int i = 0; i < x.length; i++) {
            bound += unknown[i] ? Math.max(0, weights[i]) * SIMILARITY_BOUND : weights[i] * x[i];
        }
        return bound < zFloor - 1e-9;
    }

    private static double overlap(java.util.Set<String> a, java.util.Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }

    /**
     * The article's entity keys with their idf weights and mention counts, computed once per article and collection
     * size rather than once per candidate story (a profile of {@code bench cluster} showed the idf lookups among the scorer's costs).
     * The scorer serves one clusterer thread.
     */
    private LinkFeatures weighedFor;
    private long weighedAt = -1;
    private long[] entityKeys = new long[0];
    private double[] entityWeights = new double[0];
    private int[] entityMentions = new int[0];
    /** The kinds of entity whose conflict is a signal ({@link #conflict}). */
    private static final int PLACE = KeyHash.kind("place:");
    private static final int PERSON = KeyHash.kind("person:");

    private void weigh(LinkFeatures f) {
        long documents = stats.documents();
        if (f == weighedFor && documents == weighedAt) {
            return;
        }
        int n = f.entities().size();
        entityKeys = new long[n];
        entityWeights = new double[n];
        entityMentions = new int[n];
        int k = 0;
        for (Map.Entry<String, Integer> e : f.entities().entrySet()) {
            entityKeys[k] = KeyHash.entity(e.getKey());
            entityWeights[k] = stats.entityIdf(entityKeys[k]);
            entityMentions[k] = e.getValue();
            k++;
        }
        weighedFor = f;
        weighedAt = documents;
    }

    /** The share of the article's entity weight that the story names too. */
    private double entityCover(LinkFeatures f, StoryState s) {
        weigh(f);
        double mine = 0;
        double shared = 0;
        for (int i = 0; i < entityKeys.length; i++) {
            double w = entityWeights[i];
            mine += w;
            if (s.entityCount.containsKey(entityKeys[i])) {
                shared += w;
            }
        }
        return mine == 0 ? 0 : shared / mine;
    }

    /** Dice overlap of entity keys weighted by idf; a story's entity counts by the share of members naming it. */
    private double entityOverlap(LinkFeatures f, StoryState s) {
        if (f.entities().isEmpty() || s.entityCount.isEmpty()) {
            return 0;
        }
        weigh(f);
        double mine = 0;
        double shared = 0;
        for (int i = 0; i < entityKeys.length; i++) {
            double w = entityWeights[i];
            mine += w;
            int n = s.entityCount.get(entityKeys[i]);
            if (n > 0) {
                shared += w * Math.min(1.0, 2.0 * n / s.members.size());
            }
        }
        double theirs = entityMass(s);
        return mine + theirs == 0 ? 0 : 2 * shared / (mine + theirs);
    }

    /**
     * 1 when the article and the story each dwell on entities of one kind that the other never names: two
     * earthquakes in two provinces, two fights against two opponents. Dwelling: named twice in the article, by half
     * of the story's members.
     */
    private double conflict(LinkFeatures f, StoryState s, int kind) {
        weigh(f);
        boolean articleDwells = false;
        for (int i = 0; i < entityKeys.length; i++) {
            if (KeyHash.kindOf(entityKeys[i]) == kind) {
                if (s.entityCount.containsKey(entityKeys[i])) {
                    return 0;
                }
                articleDwells |= entityMentions[i] >= 2;
            }
        }
        if (!articleDwells) {
            return 0;
        }
        return s.dwellsOn(kind) ? 1 : 0;
    }

    /** The story's weighted entity mass as of its last {@link #refreshMass}. */
    private double entityMass(StoryState s) {
        if (s.entityMass < 0) {
            refreshMass(s);
        }
        return s.entityMass;
    }

    /**
     * Weighs the story's entities with the statistics of now. The clusterer calls it when an article joins the story
     * and for every story when the idf weights are refreshed: points fixed by the order of arrivals, so a run restored
     * without scoring ({@link StoryClusterer#restore}) weighs its stories exactly as the run did (computed when a story
     * was next scored, the mass depended on which articles had scored it).
     */
    void refreshMass(StoryState s) {
        double mass = 0;
        for (Long2IntMap.Entry e : s.entityCount.long2IntEntrySet()) {
            mass += stats.entityIdf(e.getLongKey()) * Math.min(1.0, 2.0 * e.getIntValue() / s.members.size());
        }
        s.entityMass = mass;
    }

    /** Whether the article states years of events and none of them is a year the story states. */
    static boolean yearConflict(LinkFeatures f, StoryState s) {
        if (f.years().isEmpty() || s.yearCount.isEmpty()) {
            return false;
        }
        for (int y : f.years()) {
            if (s.yearCount.containsKey(y)) {
                return false;
            }
        }
        return true;
    }
}
