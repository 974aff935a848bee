package org.collate.reconcile;

import org.collate.analyze.signature.TextEmbedder;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Quote;
import org.collate.model.QuoteGroup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups quotes of different articles that render the same utterance: the same speaker (or an unattributed
 * rendering) and the same words, or a translation or rewording of them ("give up zero-sum games and
 * block-building politics" ≈ "abandon zero-sum games and bloc politics"; "We are in no rush" ≈ "We are not in a
 * hurry"). Word overlap decides first; the embedding model is asked only about same-speaker pairs that share
 * little wording. A group holds at most one rendering per article.
 */
final class QuoteGrouper {


    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "on", "for",
            "with", "at", "by", "is", "are", "was", "were", "be", "it", "this", "that", "we", "i", "you", "they",
            "he", "she", "our", "their", "his", "her", "not", "no", "as", "from", "there",
            // Auxiliaries and other function words: two fragments that share only "do" or "will" say different things.
            "do", "does", "did", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have",
            "had", "been", "being", "its", "us", "me", "my", "your", "them", "all", "so", "if", "but", "than");

    /**
     * Content words each rendering needs before its meaning alone can pair it: the embedding of a two-word fragment
     * ("do everything") says little beyond its subject, and any statement of the same speaker on the same subject
     * comes close to it (in the seeds it paired with Putin's "offensive operations in Donbas do not stop").
     */
    private static final int MEANING_MIN_WORDS = 3;

    /** Word overlap, meaning, embedding cap: {@link ReconcileSettings#quoteWordOverlap()} and the two after it. */
    private final ReconcileSettings settings;
    private final TextEmbedder embedder;

    QuoteGrouper(ReconcileSettings settings, TextEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
    }

    private record Item(int article, AnalyzedArticle source, Quote quote, String speakerId, Set<String> words) {
    }

    List<QuoteGroup> group(List<AnalyzedArticle> articles, EntityRoster.Result roster) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle a = articles.get(i);
            for (Quote q : a.quotes()) {
                if (q.text().split("\\s+").length < 2) {
                    continue;
                }
                String speaker = q.entityId() == null ? null : roster.of(a.id(), q.entityId());
                items.add(new Item(i, a, q, speaker, words(q.text())));
            }
        }
        int n = items.size();
        int[] parent = new int[n];
        List<Set<Integer>> articlesOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            articlesOf.add(new HashSet<>(Set.of(items.get(i).article)));
        }
        // Same-speaker renderings that share too few words are compared by meaning: the quotes they need are
        // embedded up front, in parallel, as many as the budget allows.
        java.util.LinkedHashSet<Integer> wanted = new java.util.LinkedHashSet<>();
        for (int i = 0; i < n && embedder != null; i++) {
            for (int j = i + 1; j < n && wanted.size() < settings.maxEmbeddedQuotes() - 1; j++) {
                Item x = items.get(i);
                Item y = items.get(j);
                if (x.article != y.article && byMeaning(x, y)
                        && overlap(x.words, y.words) < settings.quoteWordOverlap()) {
                    wanted.add(i);
                    wanted.add(j);
                }
            }
        }
        Map<Integer, float[]> embedded = new java.util.concurrent.ConcurrentHashMap<>();
        wanted.parallelStream().forEach(i -> embedded.put(i, embedder.embed(items.get(i).quote.text())));
        // Every pair that renders one statement, closest first: a group takes one rendering per article, so a quote
        // joins its own twin before another statement of the same speaker on the same subject can take its place
        // (in the seeds, Putin's "offensive operations in Donbas do not stop" paired with his "we will do
        // everything" when pairs were taken in the order of the text).
        List<double[]> pairs = new ArrayList<>(); // {closeness, i, j}: 1 + word overlap, or the cosine below it
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Item x = items.get(i);
                Item y = items.get(j);
                if (x.article == y.article || !compatibleSpeakers(x, y)) {
                    continue;
                }
                double words = overlap(x.words, y.words);
                if (words >= settings.quoteWordOverlap()) {
                    // A fragment of one or two words overlaps any longer quote that holds them fully: ranked below
                    // the pairs of quotes of some length, so that a long quote meets its own twin in another
                    // article first (in the seeds, the wire's “international order” took the place of Xi's whole
                    // sentence beside its translation).
                    double shortness = Math.min(1.0, Math.min(x.words.size(), y.words.size())
                            / (double) MEANING_MIN_WORDS);
                    pairs.add(new double[]{1 + words * shortness, i, j});
                } else if (embedded.containsKey(i) && embedded.containsKey(j) && byMeaning(x, y)) {
                    double meaning = cosine(embedded.get(i), embedded.get(j));
                    if (meaning >= settings.quoteMeaning()) {
                        pairs.add(new double[]{meaning, i, j});
                    }
                }
            }
        }
        // Shared words first (they are what a copy keeps), then meaning; ties in text order, so the result is stable.
        pairs.sort((p, q) -> p[0] != q[0] ? Double.compare(q[0], p[0])
                : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[2], q[2]));
        for (double[] p : pairs) {
            union(parent, articlesOf, (int) p[1], (int) p[2]);
        }
        Map<Integer, List<Item>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        List<QuoteGroup> out = new ArrayList<>();
        for (List<Item> g : groups.values()) {
            String speakerId = null;
            String speaker = null;
            List<QuoteGroup.Rendering> renderings = new ArrayList<>();
            for (Item it : g) {
                if (speakerId == null && it.speakerId != null) {
                    speakerId = it.speakerId;
                }
                renderings.add(new QuoteGroup.Rendering(it.source.id(), it.quote.text(), it.quote.span(), it.quote.direct()));
            }
            if (speakerId != null) {
                for (var e : roster.entities()) {
                    if (e.id().equals(speakerId)) {
                        speaker = e.name();
                    }
                }
            } else {
                speaker = g.stream().map(it -> it.quote.speaker()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            }
            out.add(new QuoteGroup(speaker, speakerId, renderings));
        }
        // Quotes several articles give first: those are what the story is about.
        out.sort((x, y) -> Integer.compare(y.renderings().size(), x.renderings().size()));
        return out;
    }

    /** Whether two renderings may be paired by meaning alone: one speaker, and words enough in each. */
    private static boolean byMeaning(Item x, Item y) {
        return x.speakerId != null && x.speakerId.equals(y.speakerId)
                && Math.min(x.words.size(), y.words.size()) >= MEANING_MIN_WORDS;
    }

    private static boolean compatibleSpeakers(Item x, Item y) {
        return x.speakerId == null || y.speakerId == null || x.speakerId.equals(y.speakerId);
    }


    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static void union(int[] parent, List<Set<Integer>> articlesOf, int i, int j) {
        int a = root(parent, i);
        int b = root(parent, j);
        if (a == b) {
            return;
        }
        Set<Integer> overlap = new HashSet<>(articlesOf.get(a));
        overlap.retainAll(articlesOf.get(b));
        if (!overlap.isEmpty()) {
            return;
        }
        parent[b] = a;
        articlesOf.get(a).addAll(articlesOf.get(b));
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1 && !STOP.contains(w)) {
                out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    /** Overlap coefficient: shared words over the smaller set (a partial quote inside a longer one counts). */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return shared / (double) Math.min(a.size(), b.size());
    }
}
