package org.collate.link;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The articles added to the {@link ArticleIndex} since its reader was last reopened: their own small in-memory index
 * of terms, entity keys and quote word pairs. Postings hold an article's position in arrival order, so sharing is
 * summed in arrays rather than in maps keyed by id (that boxing and hashing was most of its cost). Not thread-safe.
 */
final class PendingArticles {

    private final List<String> ids = new ArrayList<>();
    private final Map<String, IntArrayList> terms = new Object2ObjectOpenHashMap<>();
    private final Map<String, IntArrayList> entities = new Object2ObjectOpenHashMap<>();
    private final Map<String, IntArrayList> quotes = new Object2ObjectOpenHashMap<>();
    /** Per position: the weight shared with the article being matched, and positions in order of first sharing. */
    private double[] shared = new double[64];
    private int[] touched = new int[64];
    private int touchedCount;
    /** Per position: the call that last touched it, so the arrays need no clearing between calls. */
    private int[] stamp = new int[64];
    private int generation;

    int size() {
        return ids.size();
    }

    void add(LinkFeatures f) {
        int at = ids.size();
        ids.add(f.id());
        for (String t : f.terms().keySet()) {
            terms.computeIfAbsent(t, k -> new IntArrayList(2)).add(at);
        }
        for (String e : f.entities().keySet()) {
            entities.computeIfAbsent(e, k -> new IntArrayList(2)).add(at);
        }
        for (String q : f.quoteWords()) {
            quotes.computeIfAbsent(q, k -> new IntArrayList(2)).add(at);
        }
    }

    void clear() {
        ids.clear();
        terms.clear();
        entities.clear();
        quotes.clear();
    }

    /** See {@link ArticleIndex#pending}: ties keep the order in which the articles were first found sharing. */
    List<String> sharing(LinkFeatures f, Map<String, Double> weights, List<String> queryTerms) {
        startSharing();
        double top = queryTerms.isEmpty() ? 1 : weights.get(queryTerms.get(0));
        for (String t : queryTerms) {
            share(terms.get(t), weights.get(t));
        }
        for (String e : f.entities().keySet()) {
            share(entities.get(e), top);
        }
        int[] order = Arrays.copyOf(touched, touchedCount);
        IntArrays.mergeSort(order, (x, y) -> Double.compare(shared[y], shared[x])); // stable
        List<String> out = new ArrayList<>(order.length);
        for (int at : order) {
            out.add(ids.get(at));
        }
        return out;
    }

    /** See {@link ArticleIndex#quoting}: the pending articles sharing {@code minShared} of the pairs or more. */
    List<String> quoting(List<String> pairs, int minShared) {
        startSharing();
        for (String q : pairs) {
            share(quotes.get(q), 1);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < touchedCount; i++) {
            if (shared[touched[i]] >= minShared) {
                out.add(ids.get(touched[i]));
            }
        }
        return out;
    }

    private void startSharing() {
        if (shared.length < ids.size()) {
            int n = Math.max(ids.size(), shared.length * 2);
            shared = new double[n];
            touched = new int[n];
            stamp = new int[n];
        }
        generation++;
        touchedCount = 0;
    }

    private void share(IntArrayList postings, double w) {
        if (postings == null) {
            return;
        }
        for (int i = 0; i < postings.size(); i++) {
            int at = postings.getInt(i);
            if (stamp[at] == generation) {
                shared[at] += w;
            } else {
                stamp[at] = generation;
                shared[at] = w;
                touched[touchedCount++] = at;
            }
        }
    }
}
