package org.collate.link;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

import it.unimi.dsi.fastutil.longs.LongIterator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story as the clusterer sees it: the running sums of its members' features, and the most recent members' own
 * vectors for closest-member similarities. Term vectors are weighted with the collection statistics of the moment
 * each member arrived.
 */
final class StoryState {

    /** One member as the scorer needs it: raw term frequencies, with its idf-weighted norm cached. */
    static final class Member {
        final SparseVector terms;
        final float[] embedding;
        final java.util.Set<String> titleWords;
        final LocalDate day;
        double norm;
        int normStamp = Integer.MIN_VALUE;

        Member(SparseVector terms, float[] embedding, java.util.Set<String> titleWords, LocalDate day) {
            this.terms = terms;
            this.embedding = embedding;
            this.titleWords = titleWords;
            this.day = day;
        }
    }

    final String id;
    final List<String> members;
    Deque<Member> recent = new ArrayDeque<>();
    /** Sum of the members' term frequencies. */
    SparseVector centroid = SparseVector.EMPTY;
    /** The centroid's idf-weighted norm, and the idf stamp it was computed with ({@code MIN_VALUE}: stale). */
    double centroidNorm;
    int centroidStamp = Integer.MIN_VALUE;
    /** Number of members naming each entity key, by {@link KeyHash#entity}; 0 for keys it does not name. */
    Long2IntOpenHashMap entityCount = new Long2IntOpenHashMap();
    /**
     * Quote word pairs of the members by {@link KeyHash#of} (kept when retired: copies months later are found by
     * them).
     */
    LongOpenHashSet quoteWords = new LongOpenHashSet();
    /** Number of members stating each year. */
    Int2IntOpenHashMap yearCount = new Int2IntOpenHashMap();
    /** The idf-weighted entity mass ({@link StoryScorer#refreshMass}); negative when stale. */
    double entityMass = -1;
    /** Kinds of entity ({@link KeyHash#kind}) that half the members name one of, as of {@link #dwellSize} members. */
    private Map<Integer, Boolean> dwells = new HashMap<>();
    private int dwellSize = -1;
    float[] embeddingSum;
    double embeddingNorm;
    LocalDate first;
    LocalDate last;
    String title;
    int lastArrival;
    boolean retired;
    /**
     * Where {@link RetiredSummaries} keeps the summary of a retired story whose scoring state has left the heap
     * ({@link #spill}), or -1. Such a story keeps only what listing it needs: id, members, title and days.
     */
    long spilledAt = -1;

    /** Members kept whole for closest-member similarities ({@link ClusterSettings#recentMembers()}). */
    private final int recentMembers;

    StoryState(String id, int recentMembers) {
        this(id, recentMembers, new ArrayList<>());
    }

    private StoryState(String id, int recentMembers, List<String> members) {
        this.id = id;
        this.recentMembers = recentMembers;
        this.members = members;
    }

    void add(LinkFeatures f, SparseVector terms, int arrival) {
        members.add(f.id());
        recent.addLast(new Member(terms, f.embedding(), f.titleWords(), f.day()));
        if (recent.size() > recentMembers) {
            recent.removeFirst();
        }
        setCentroid(centroid.plus(terms));
        for (String e : f.entities().keySet()) {
            entityCount.addTo(KeyHash.entity(e), 1);
        }
        entityMass = -1;
        f.years().forEach(y -> yearCount.addTo(y, 1));
        for (String q : f.quoteWords()) {
            quoteWords.add(KeyHash.of(q));
        }
        addEmbedding(f.embedding());
        addDay(f.day());
        if (title == null || f.day() != null && members.size() == 1) {
            title = f.title();
        }
        lastArrival = arrival;
    }

    void absorb(StoryState other) {
        members.addAll(other.members);
        for (Member m : other.recent) {
            recent.addLast(m);
            if (recent.size() > recentMembers) {
                recent.removeFirst();
            }
        }
        setCentroid(centroid.plus(other.centroid));
        for (Long2IntMap.Entry e : other.entityCount.long2IntEntrySet()) {
            entityCount.addTo(e.getLongKey(), e.getIntValue());
        }
        entityMass = -1;
        other.yearCount.int2IntEntrySet().forEach(e -> yearCount.addTo(e.getIntKey(), e.getIntValue()));
        quoteWords.addAll(other.quoteWords);
        if (other.embeddingSum != null) {
            addEmbedding(other.embeddingSum);
        }
        addDay(other.first);
        addDay(other.last);
        if (title == null) {
            title = other.title;
        }
        lastArrival = Math.max(lastArrival, other.lastArrival);
    }

    /** Keeps only what rewrite matching needs once no article in the window can reach the story. */
    void retire(int keepTerms, float[] idf) {
        setCentroid(centroid.top(keepTerms, idf));
        recent.clear();
        entityCount.trim();
        quoteWords.trim();
        dwells.clear();
        retired = true;
    }

    boolean spilled() {
        return spilledAt >= 0;
    }

    /**
     * The retired story's scoring state in bytes: what {@link #restored} needs to give back a story that scores
     * exactly as this one. Entity counts are written in their iteration order, so a story read back sums its entity
     * mass in one fixed order however often it is read.
     */
    byte[] summary() {
        if (!retired || spilled()) {
            throw new IllegalStateException("story " + id + " is not a retired story in the heap");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + entityCount.size() * 12 + quoteWords.size() * 8
                + (embeddingSum == null ? 0 : embeddingSum.length * 4));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(centroid.ids.length);
            for (int i = 0; i < centroid.ids.length; i++) {
                out.writeInt(centroid.ids[i]);
                out.writeFloat(centroid.weights[i]);
            }
            out.writeInt(entityCount.size());
            for (Long2IntMap.Entry e : entityCount.long2IntEntrySet()) {
                out.writeLong(e.getLongKey());
                out.writeInt(e.getIntValue());
            }
            out.writeInt(quoteWords.size());
            for (LongIterator it = quoteWords.iterator(); it.hasNext(); ) {
                out.writeLong(it.nextLong());
            }
            out.writeInt(yearCount.size());
            for (Int2IntMap.Entry e : yearCount.int2IntEntrySet()) {
                out.writeInt(e.getIntKey());
                out.writeInt(e.getIntValue());
            }
            out.writeInt(embeddingSum == null ? -1 : embeddingSum.length);
            if (embeddingSum != null) {
                for (float v : embeddingSum) {
                    out.writeFloat(v);
                }
            }
            out.writeDouble(embeddingNorm);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    /** Lets go of the scoring state once {@link #summary} is kept at {@code at}. */
    void spill(long at) {
        spilledAt = at;
        if (members instanceof ArrayList<String> list) {
            list.trimToSize(); // the listing stays: without the room a growing list keeps
        }
        centroid = null;
        recent = null;
        entityCount = null;
        quoteWords = null;
        yearCount = null;
        dwells = null;
        embeddingSum = null;
        entityMass = -1;
    }

    /** The retired story {@code stub} whole again, its scoring state read from its {@link #summary}. */
    static StoryState restored(StoryState stub, byte[] summary) {
        StoryState s = new StoryState(stub.id, stub.recentMembers, stub.members);
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(summary))) {
            int n = in.readInt();
            int[] ids = new int[n];
            float[] weights = new float[n];
            for (int i = 0; i < n; i++) {
                ids[i] = in.readInt();
                weights[i] = in.readFloat();
            }
            s.centroid = n == 0 ? SparseVector.EMPTY : new SparseVector(ids, weights);
            n = in.readInt();
            s.entityCount = new Long2IntOpenHashMap(n);
            for (int i = 0; i < n; i++) {
                s.entityCount.put(in.readLong(), in.readInt());
            }
            n = in.readInt();
            s.quoteWords = new LongOpenHashSet(n);
            for (int i = 0; i < n; i++) {
                s.quoteWords.add(in.readLong());
            }
            n = in.readInt();
            s.yearCount = new Int2IntOpenHashMap(n);
            for (int i = 0; i < n; i++) {
                s.yearCount.put(in.readInt(), in.readInt());
            }
            n = in.readInt();
            if (n >= 0) {
                s.embeddingSum = new float[n];
                for (int i = 0; i < n; i++) {
                    s.embeddingSum[i] = in.readFloat();
                }
            }
            s.embeddingNorm = in.readDouble();
        } catch (IOException e) {
            throw new UncheckedIOException("the summary of story " + stub.id + " is damaged", e);
        }
        s.first = stub.first;
        s.last = stub.last;
        s.title = stub.title;
        s.lastArrival = stub.lastArrival;
        s.retired = true;
        return s;
    }

    private void setCentroid(SparseVector c) {
        centroid = c;
        centroidStamp = Integer.MIN_VALUE;
    }

    private void addEmbedding(float[] e) {
        if (e == null) {
            return;
        }
        if (embeddingSum == null) {
            embeddingSum = new float[e.length];
        }
        double sq = 0;
        for (int i = 0; i < embeddingSum.length; i++) {
            embeddingSum[i] += e[i];
            sq += embeddingSum[i] * embeddingSum[i];
        }
        embeddingNorm = Math.sqrt(sq);
    }

    private void addDay(LocalDate day) {
        if (day == null) {
            return;
        }
        if (first == null || day.isBefore(first)) {
            first = day;
        }
        if (last == null || day.isAfter(last)) {
            last = day;
        }
    }

    /** Days from {@code day} to the story's span of days, 0 inside it; -1 when either side is undated. */
    long daysAway(LocalDate day) {
        if (day == null || first == null) {
            return -1;
        }
        if (day.isBefore(first)) {
            return first.toEpochDay() - day.toEpochDay();
        }
        if (day.isAfter(last)) {
            return day.toEpochDay() - last.toEpochDay();
        }
        return 0;
    }

    /**
     * Whether half of the members or more name one same entity of this kind ({@link KeyHash#kind}). Cached until the
     * story's membership changes: the scan over all its entities was a tenth of the scoring time.
     */
    boolean dwellsOn(int kind) {
        if (dwellSize != members.size()) {
            dwells.clear();
            dwellSize = members.size();
        }
        return dwells.computeIfAbsent(kind, k -> {
            for (Long2IntMap.Entry e : entityCount.long2IntEntrySet()) {
                if (KeyHash.kindOf(e.getLongKey()) == k && e.getIntValue() * 2 >= members.size()) {
                    return true;
                }
            }
            return false;
        });
    }
}
