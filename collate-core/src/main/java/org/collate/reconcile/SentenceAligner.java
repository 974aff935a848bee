package org.collate.reconcile;

import org.collate.analyze.signature.TextEmbedder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the sentences of different articles that report the same thing. Candidates share a rare word or an entity
 * (an inverted index over the story's sentences, so the cost stays near-linear in its size). Pairs with strong word
 * overlap (tf-idf cosine) match at once; for the rest, sentence embeddings join the evidence: meaning, words and
 * shared entities together decide, so a machine-translated sentence meets its original. Sentences carrying
 * renderings of one quote are pulled together. Each pair of articles is matched one to one, best pairs first; units
 * are then formed from the matches, one sentence per article at most. Among equally good pairs (a sentence an article
 * repeats), sentences at the nearest places in their articles match.
 */
final class SentenceAligner {

    /** A match between sentences of two articles. */
    record Alignment(int a, int b, double score, String method) {
    }

    /** The thresholds and weights: {@link ReconcileSettings#lexicalMatch()} and the fields after it. */
    private final ReconcileSettings settings;
    private final TextEmbedder embedder;

    SentenceAligner(ReconcileSettings settings, TextEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    /**
     * @param quoteLinked pairs of sentence indices (as {@code min << 32 | max}) whose quotes render one utterance
     */
    List<Alignment> align(List<StorySentence> sentences, Set<Long> quoteLinked) {
        int n = sentences.size();
        // Pairs are keyed min * n + max: "min << 32 | max" hashes to min ^ max, and thousands of pairs then share a
        // bucket.
        Set<Long> quotePairs = new HashSet<>();
        for (long key : quoteLinked) {
            quotePairs.add(pairKey((int) (key >>> 32), (int) key, n));
        }
        Map<String, Integer> df = new HashMap<>();
        for (StorySentence s : sentences) {
            s.terms().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
        }
        List<Map<String, Double>> vectors = new ArrayList<>(n);
        for (StorySentence s : sentences) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : s.terms().entrySet()) {
                double w = (1 + Math.log(e.getValue())) * Math.log(1 + (n + 1.0) / df.get(e.getKey()));
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double nn = Math.sqrt(norm);
            v.replaceAll((k, w) -> nn == 0 ? 0 : w / nn);
            vectors.add(v);
        }
        List<Set<String>> figures = new ArrayList<>(n);
        for (StorySentence s : sentences) {
            figures.add(figures(s));
        }
        // Candidate pairs share a term that is not everywhere in the story, or an entity.
        int commonLimit = Math.max(3, n / 4);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (StorySentence s : sentences) {
            for (String t : s.terms().keySet()) {
                if (df.get(t) <= commonLimit) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(s.index());
                }
            }
            for (String e : s.entities()) {
                postings.computeIfAbsent("\u0000" + e, k -> new ArrayList<>()).add(s.index());
            }
        }
        Map<Long, double[]> pairs = new HashMap<>();
        for (List<Integer> list : postings.values()) {
            if (list.size() > 4 * Math.sqrt(n) + 20) {
                continue; // an entity named in every other sentence links nothing in particular
            }
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int x = list.get(i);
                    int y = list.get(j);
                    if (sentences.get(x).article() == sentences.get(y).article()) {
                        continue;
                    }
                    long key = pairKey(x, y, n);
                    pairs.computeIfAbsent(key, k -> features(sentences, vectors, figures, x, y));
                }
            }
        }
        for (long key : quotePairs) {
            int x = (int) (key / n);
            int y = (int) (key % n);
            pairs.computeIfAbsent(key, k -> features(sentences, vectors, figures, x, y));
        }
        List<Alignment> lexical = new ArrayList<>();
        List<long[]> open = new ArrayList<>();
        for (Map.Entry<Long, double[]> e : pairs.entrySet()) {
            long key = e.getKey();
            double words = e.getValue()[0];
            double bonus = (quotePairs.contains(key) ? settings.sameQuoteBonus() : 0) + e.getValue()[2];
            if (words + bonus >= settings.lexicalMatch()) {
                lexical.add(new Alignment((int) (key / n), (int) (key % n), words + bonus, "lexical"));
            } else if (words > 0.05 || e.getValue()[1] > 0 || bonus > 0) {
                open.add(new long[]{key, Double.doubleToLongBits(words)});
            }
        }
        List<Alignment> matches = new ArrayList<>();
        Set<Long> matchedInArticle = new HashSet<>();
        Comparator<Alignment> order = order(sentences);
        lexical.sort(order);
        for (Alignment c : lexical) {
            accept(c, sentences, matches, matchedInArticle);
        }
        // Meaning for the rest, most promising pairs first: the sentences they need are embedded up front, in
        // parallel, as many as the budget allows.
        open.sort((p, q) -> Double.compare(Double.longBitsToDouble(q[1]), Double.longBitsToDouble(p[1])));
        java.util.LinkedHashSet<Integer> wanted = new java.util.LinkedHashSet<>();
        for (long[] p : open) {
            if (embedder == null || wanted.size() >= settings.maxEmbeddedSentences() - 1) {
                break;
            }
            int a = (int) (p[0] / n);
            int b = (int) (p[0] % n);
            if (!taken(a, sentences.get(b).article(), matchedInArticle)
                    && !taken(b, sentences.get(a).article(), matchedInArticle)) {
                wanted.add(a);
                wanted.add(b);
            }
        }
        Map<Integer, float[]> embedded = new java.util.concurrent.ConcurrentHashMap<>();
        wanted.parallelStream().forEach(i -> embedded.put(i, embedder.embed(sentences.get(i).text())));
        List<Alignment> combined = new ArrayList<>();
        for (long[] p : open) {
            int a = (int) (p[0] / n);
            int b = (int) (p[0] % n);
            if (taken(a, sentences.get(b).article(), matchedInArticle)
                    || taken(b, sentences.get(a).article(), matchedInArticle)) {
                continue;
            }
            float[] ea = embedded.get(a);
            float[] eb = embedded.get(b);
            double meaning = 0;
            if (ea != null && eb != null) {
                for (int i = 0; i < ea.length; i++) {
                    meaning += ea[i] * eb[i];
                }
            }
            double[] v = pairs.get(p[0]);
            double score = settings.meaningWeight() * meaning + settings.wordsWeight() * v[0]
                    + settings.entitiesWeight() * v[1] + v[2]
                    + (quotePairs.contains(p[0]) ? settings.sameQuoteBonus() : 0);
            if (score >= settings.combinedMatch()) {
                combined.add(new Alignment(a, b, score, "meaning"));
            }
        }
        combined.sort(order);
        for (Alignment c : combined) {
            accept(c, sentences, matches, matchedInArticle);
        }
        return matches;
    }

    /**
     * Best pairs first; among equally good ones (a sentence repeated in an article), the pair whose sentences stand
     * at the nearest places in their articles.
     */
    private static Comparator<Alignment> order(List<StorySentence> sentences) {
        return Comparator.comparingDouble(Alignment::score).reversed()
                .thenComparingDouble((Alignment x) -> Math.abs(place(sentences.get(x.a()))
                        - place(sentences.get(x.b()))))
                .thenComparingInt(Alignment::a).thenComparingInt(Alignment::b);
    }

    /** Where a sentence stands in its article, from 0 (first) to 1 (last). */
    private static double place(StorySentence s) {
        int n = s.source().sentences().size();
        return n <= 1 ? 0 : s.sentence().index() / (double) (n - 1);
    }

    private static long pairKey(int x, int y, int n) {
        return (long) Math.min(x, y) * n + Math.max(x, y);
    }

    /** A sentence matched in an article, keyed sentence * 2^20 + article (spread over the hash buckets). */
    private static long inArticle(int sentence, int article) {
        return (long) sentence << 20 | article;
    }

    private static boolean taken(int sentence, int otherArticle, Set<Long> matched) {
        return matched.contains(inArticle(sentence, otherArticle));
    }

    private static void accept(Alignment c, List<StorySentence> sentences, List<Alignment> matches, Set<Long> matched) {
        int articleA = sentences.get(c.a()).article();
        int articleB = sentences.get(c.b()).article();
        if (taken(c.a(), articleB, matched) || taken(c.b(), articleA, matched)) {
            return;
        }
        matched.add(inArticle(c.a(), articleB));
        matched.add(inArticle(c.b(), articleA));
        matches.add(c);
    }

    private static double cosine(Map<String, Double> vx, Map<String, Double> vy) {
        Map<String, Double> small = vx.size() <= vy.size() ? vx : vy;
        Map<String, Double> large = small == vx ? vy : vx;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        return dot;
    }

    /** Word cosine, entity overlap, and the bonus for a figure the two state alike. */
    private double[] features(List<StorySentence> sentences, List<Map<String, Double>> vectors,
                              List<Set<String>> figures, int x, int y) {
        boolean sharedFigure = !java.util.Collections.disjoint(figures.get(x), figures.get(y));
        return new double[]{cosine(vectors.get(x), vectors.get(y)), entityJaccard(sentences.get(x), sentences.get(y)),
                sharedFigure ? settings.sameFigureBonus() : 0};
    }

    /**
     * The figures a sentence states that identify a fact: calendar dates and years as written (not days relative to
     * the article's own date, which a re-dated copy moves), and numbers of 100 or more or with a fraction. A
     * translation or a spun copy keeps these verbatim where it rewords the rest, and a year or a figure seldom
     * recurs by chance, so two sentences stating one are likely to state one fact ("was set up in 2001 as …" and
     * "was established in 2001 as …", where another sentence shares more of the member countries). Small whole
     * numbers ("four nations") recur everywhere and identify nothing.
     */
    private static Set<String> figures(StorySentence s) {
        Set<String> out = new HashSet<>();
        for (var d : s.dates()) {
            if (!d.relative() && d.resolved() != null) {
                out.add("date:" + d.resolved() + "/" + d.granularity());
            }
        }
        for (var m : s.numbers()) {
            double v = Math.abs(m.value());
            if (v >= 100 || v != Math.rint(v)) {
                out.add("number:" + m.value());
            }
        }
        return out;
    }

    private static double entityJaccard(StorySentence x, StorySentence y) {
        if (x.entities().isEmpty() || y.entities().isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String e : x.entities()) {
            if (y.entities().contains(e)) {
                shared++;
            }
        }
        return shared / (double) (x.entities().size() + y.entities().size() - shared);
    }

    /** Groups aligned sentences into units holding at most one sentence per article, strongest matches first. */
    static List<List<Integer>> units(List<StorySentence> sentences, List<Alignment> alignments) {
        int n = sentences.size();
        int[] parent = new int[n];
        List<Set<Integer>> articlesOf = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            articlesOf.add(new HashSet<>(Set.of(sentences.get(i).article())));
        }
        List<Alignment> sorted = new ArrayList<>(alignments);
        sorted.sort(Comparator.comparingDouble(Alignment::score).reversed()
                .thenComparingInt(Alignment::a).thenComparingInt(Alignment::b));
        for (Alignment a : sorted) {
            int ra = root(parent, a.a());
            int rb = root(parent, a.b());
            if (ra == rb) {
                continue;
            }
            Set<Integer> overlap = new HashSet<>(articlesOf.get(ra));
            overlap.retainAll(articlesOf.get(rb));
            if (!overlap.isEmpty()) {
                continue;
            }
            parent[rb] = ra;
            articlesOf.get(ra).addAll(articlesOf.get(rb));
        }
        Map<Integer, List<Integer>> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(groups.values());
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
