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
 * Finds the sentences of different articles that report the same thing. Lexical evidence first: sentences sharing
 * rare words (tf-idf over the story's sentences), entities and numbers; each pair of articles is matched one to one,
 * best pairs first. Only sentences left unmatched with a plausible partner are embedded and compared by meaning,
 * so the cost stays near-linear in the story's size and the embedding model runs on a small remainder. Units are
 * then formed from the matches, one sentence per article at most.
 */
final class SentenceAligner {

    /** A match between sentences of two articles. */
    record Alignment(int a, int b, double score, String method) {
    }

    /** Lexical similarity at which two sentences match without asking the embedding model. */
    static final double LEXICAL_MATCH = 0.32;
    /** Lexical similarity below which a pair is not worth embedding. */
    static final double EMBEDDING_FLOOR = 0.10;
    /** Embedding cosine at which two lexically different sentences match (paraphrases, translations). */
    static final double EMBEDDING_MATCH = 0.72;
    /** The most sentences embedded for one story: the time bound for large stories. */
    static final int MAX_EMBEDDED = 400;

    private final TextEmbedder embedder;

    SentenceAligner(TextEmbedder embedder) {
        this.embedder = embedder;
    }

    List<Alignment> align(List<StorySentence> sentences) {
        int n = sentences.size();
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
        // Candidate pairs share a term that is not everywhere in the story.
        int commonLimit = Math.max(3, n / 4);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (StorySentence s : sentences) {
            for (String t : s.terms().keySet()) {
                if (df.get(t) <= commonLimit) {
                    postings.computeIfAbsent(t, k -> new ArrayList<>()).add(s.index());
                }
            }
        }
        Map<Long, Double> lexical = new HashMap<>();
        for (List<Integer> list : postings.values()) {
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    int x = list.get(i);
                    int y = list.get(j);
                    if (sentences.get(x).article() == sentences.get(y).article()) {
                        continue;
                    }
                    long key = (long) Math.min(x, y) << 32 | Math.max(x, y);
                    lexical.computeIfAbsent(key, k -> score(sentences.get(x), sentences.get(y), vectors));
                }
            }
        }
        List<Alignment> candidates = new ArrayList<>();
        lexical.forEach((key, s) -> {
            if (s >= EMBEDDING_FLOOR) {
                candidates.add(new Alignment((int) (key >>> 32), (int) (long) key, s, "lexical"));
            }
        });
        candidates.sort(Comparator.comparingDouble(Alignment::score).reversed()
                .thenComparingInt(Alignment::a).thenComparingInt(Alignment::b));
        List<Alignment> matches = new ArrayList<>();
        Set<Long> matchedInArticle = new HashSet<>();
        List<Alignment> remainder = new ArrayList<>();
        for (Alignment c : candidates) {
            if (c.score() < LEXICAL_MATCH) {
                remainder.add(c);
                continue;
            }
            accept(c, sentences, matches, matchedInArticle);
        }
        Map<Integer, float[]> embedded = new HashMap<>();
        for (Alignment c : remainder) {
            if (taken(c.a(), sentences.get(c.b()).article(), matchedInArticle)
                    || taken(c.b(), sentences.get(c.a()).article(), matchedInArticle)) {
                continue;
            }
            float[] ea = embedding(c.a(), sentences, embedded);
            float[] eb = embedding(c.b(), sentences, embedded);
            if (ea == null || eb == null) {
                continue;
            }
            double cos = 0;
            for (int i = 0; i < ea.length; i++) {
                cos += ea[i] * eb[i];
            }
            if (cos >= EMBEDDING_MATCH) {
                accept(new Alignment(c.a(), c.b(), cos, "meaning"), sentences, matches, matchedInArticle);
            }
        }
        return matches;
    }

    private float[] embedding(int index, List<StorySentence> sentences, Map<Integer, float[]> embedded) {
        float[] e = embedded.get(index);
        if (e == null && embedder != null && embedded.size() < MAX_EMBEDDED) {
            e = embedder.embed(sentences.get(index).text());
            embedded.put(index, e);
        }
        return e;
    }

    private static boolean taken(int sentence, int otherArticle, Set<Long> matched) {
        return matched.contains((long) sentence << 32 | otherArticle);
    }

    private static void accept(Alignment c, List<StorySentence> sentences, List<Alignment> matches, Set<Long> matched) {
        int articleA = sentences.get(c.a()).article();
        int articleB = sentences.get(c.b()).article();
        if (taken(c.a(), articleB, matched) || taken(c.b(), articleA, matched)) {
            return;
        }
        matched.add((long) c.a() << 32 | articleB);
        matched.add((long) c.b() << 32 | articleA);
        matches.add(c);
    }

    /** Cosine of tf-idf vectors, raised by shared entities and numbers (the checkable core of a statement). */
    private static double score(StorySentence x, StorySentence y, List<Map<String, Double>> vectors) {
        Map<String, Double> vx = vectors.get(x.index());
        Map<String, Double> vy = vectors.get(y.index());
        Map<String, Double> small = vx.size() <= vy.size() ? vx : vy;
        Map<String, Double> large = small == vx ? vy : vx;
        double dot = 0;
        for (Map.Entry<String, Double> e : small.entrySet()) {
            Double w = large.get(e.getKey());
            if (w != null) {
                dot += e.getValue() * w;
            }
        }
        int sharedEntities = 0;
        for (String e : x.entities()) {
            if (y.entities().contains(e)) {
                sharedEntities++;
            }
        }
        return dot + 0.05 * Math.min(3, sharedEntities);
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
