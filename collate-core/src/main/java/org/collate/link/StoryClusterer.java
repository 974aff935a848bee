package org.collate.link;

import it.unimi.dsi.fastutil.objects.Object2ObjectOpenHashMap;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Story;
import org.collate.model.StoryAssignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streaming story clustering: articles arrive in {@link ArrivalOrder} (undated first, then by publication day) and
 * each is placed at once, in one pass.
 *
 * <ol>
 *   <li>A near-duplicate of an earlier article (MinHash/LSH) joins that article's story, whatever its date, if its
 *       body is long enough to be a copy of something ({@link ClusterSettings#minCopyChars()}).</li>
 *   <li>Otherwise the article is compared with the stories that the Lucene index retrieves among articles published
 *       within {@link ClusterSettings#windowDays()} of it and undated ones (an undated article with all), scored by
 *       {@link StoryScorer}; it joins the best at or above the join threshold (a dated article joins an undated
 *       story only at the merge threshold), and any other story it matches at the merge threshold is merged in, as
 *       evidence accumulates that they are one.</li>
 *   <li>A dated article that matches nothing in its window is compared with older and undated stories whose quotes
 *       it repeats (found through the index by shared quote word pairs) and whose years it does not contradict, at
 *       the rewrite threshold, so a re-publication or translation months later joins the old story instead of
 *       starting a new one.</li>
 *   <li>Else it starts a new story.</li>
 * </ol>
 * Cost per article is bounded by the number of candidates, not the corpus: stories that fall out of the window are
 * trimmed to a compact summary, written out of the heap ({@link RetiredSummaries}) and read back only by the rewrite
 * path. Deterministic for a given order. Not thread-safe.
 */
public final class StoryClusterer implements AutoCloseable {

    private static final int RETIRE_EVERY = 256;

    private final ClusterSettings settings;
    private final LinkFeatureExtractor extractor;
    private final CollectionStatistics stats = new CollectionStatistics();
    private final StoryScorer scorer;
    private final ArticleIndex index;
    private final RetiredSummaries retired = new RetiredSummaries();
    /**
     * The story each article was placed in, by article id; open addressing (fastutil) rather than {@code HashMap}:
     * one entry per article ever seen, and a node per entry was most of what it cost.
     */
    private final Map<String, String> storyOfArticle = new Object2ObjectOpenHashMap<>();
    private final Map<String, String> mergedInto = new Object2ObjectOpenHashMap<>();
    private final Map<String, StoryState> states = new LinkedHashMap<>();
    /** The stories merged away while the last article was placed ({@link #mergedByLastAdd}). */
    private final List<String> lastMerged = new ArrayList<>();
    private int arrivals;
    /** The idf stamp the stories' entity masses were last all weighed with. */
    private int massStamp = Integer.MIN_VALUE;
    private long candidatesScored;
    private int nextStory;
    private LocalDate latestDay;

    public StoryClusterer(ClusterSettings settings) {
        this.settings = settings;
        this.extractor = new LinkFeatureExtractor(settings);
        this.index = new ArticleIndex(settings);
        this.scorer = new StoryScorer(stats, settings.scorer());
    }

    public StoryAssignment add(AnalyzedArticle article) {
        return add(extractor.extract(article));
    }

    public StoryAssignment add(LinkFeatures f) {
        SparseVector frequencies = arrive(f);
        SparseVector terms = stats.weighted(frequencies);
        refreshMassesOnNewWeights();
        StoryAssignment assignment = place(f, terms);
        record(f, frequencies, whole(states.get(assignment.storyId())));
        return assignment;
    }

    /**
     * The stories merged into the last article's story as it was placed, in the order merged: with the story it
     * joined, what {@link #restore} needs to place it again without scoring.
     */
    public List<String> mergedByLastAdd() {
        return List.copyOf(lastMerged);
    }

    /**
     * Places an article where an earlier run placed it ({@link #add} returned {@code storyId} after merging
     * {@code merged} into it), without searching or scoring: how a stored run is brought back, at the cost of
     * indexing alone. Restoring every article of a run in its order gives that run's stories, story ids and the
     * very state later articles are compared with: whatever scoring caches depends only on the order of arrivals
     * (see {@link StoryScorer#refreshMass}), so what comes next is placed as the run itself would place it.
     *
     * @throws IllegalArgumentException when the record does not fit the stories restored so far
     */
    public void restore(LinkFeatures f, String storyId, List<String> merged) {
        StoryState story = states.get(storyId);
        if (story == null && (!merged.isEmpty() || !storyId.matches("s[0-9]+"))) {
            throw new IllegalArgumentException("article " + f.id() + " was placed in story " + storyId
                    + ", which no earlier article started");
        }
        for (String gone : merged) {
            if (!states.containsKey(gone) || gone.equals(storyId)) {
                throw new IllegalArgumentException("article " + f.id() + " merged story " + gone
                        + ", which is not an open story");
            }
        }
        SparseVector frequencies = arrive(f);
        stats.idf(); // refreshed when add() would refresh it: its schedule follows the calls
        refreshMassesOnNewWeights();
        if (story == null) {
            story = new StoryState(storyId, settings.recentMembers());
            states.put(storyId, story);
            nextStory = Math.max(nextStory, Integer.parseInt(storyId.substring(1)));
        }
        story = whole(story);
        for (String gone : merged) {
            merge(story, states.get(gone));
        }
        record(f, frequencies, story);
    }

    /** Counts an article in, as {@link #add} and {@link #restore} both do first; its term frequencies. */
    private SparseVector arrive(LinkFeatures f) {
        arrivals++;
        lastMerged.clear();
        if (f.day() != null && (latestDay == null || f.day().isAfter(latestDay))) {
            latestDay = f.day();
        }
        return stats.termFrequencies(f);
    }

    /** Weighs every story's entities again when the idf weights have just been refreshed. */
    private void refreshMassesOnNewWeights() {
        int stamp = stats.idfStamp();
        if (stamp != massStamp) {
            massStamp = stamp;
            for (StoryState s : states.values()) {
                if (!s.spilled()) {
                    scorer.refreshMass(s); // a spilled story is weighed when it is read back
                }
            }
        }
    }

    /** The story ready to take members: a spilled one is read back and takes its stub's place. */
    private StoryState whole(StoryState story) {
        if (!story.spilled()) {
            return story;
        }
        StoryState revived = retired.revive(story);
        states.put(revived.id, revived); // same key: the story keeps its place in the order of creation
        return revived;
    }

    /** A story as the scorer reads it: a spilled one read back, unchanged. */
    private StoryState scorable(StoryState story) {
        return story.spilled() ? retired.read(story) : story;
    }

    /** Adds a placed article to its story and to the indexes. */
    private void record(LinkFeatures f, SparseVector frequencies, StoryState story) {
        story.add(f, frequencies, arrivals);
        story.retired = false; // a re-publication revives its story
        storyOfArticle.put(f.id(), story.id);
        stats.add(f, frequencies);
        index.add(f, longEnoughForCopies(f));
        scorer.refreshMass(story);
        if (arrivals % RETIRE_EVERY == 0) {
            retireInactive();
        }
    }

    private StoryAssignment place(LinkFeatures f, SparseVector terms) {
        List<NearDuplicateIndex.Match> copies = longEnoughForCopies(f) ? index.copies(f.minHash()) : List.of();
        if (!copies.isEmpty()) {
            NearDuplicateIndex.Match best = copies.get(0);
            return new StoryAssignment(f.id(), storyOf(best.articleId()), "near-duplicate", best.jaccard(),
                    best.articleId());
        }
        Map<String, Double> weights = stats.termWeights(f);
        Map<String, String> candidates = candidates(f, weights);
        Scored best = null;
        List<Scored> scored = new ArrayList<>();
        for (Map.Entry<String, String> c : candidates.entrySet()) {
            StoryState s = states.get(c.getKey());
            if (!active(s, f.day())) {
                continue;
            }
            candidatesScored++;
            // A dated report joins an undated story only as surely as two stories merge: without dates to keep
            // them apart, two events of one kind (two earthquakes in one province) score alike. Below the lower of
            // the two thresholds a story can neither take the article nor be merged, so its exact score is not needed.
            boolean undatedStory = f.day() != null && s.first == null;
            StoryScorer.Score score = scorer.scoreAtLeast(f, terms, s, undatedStory ? settings.mergeThreshold()
                    : Math.min(settings.joinThreshold(), settings.mergeThreshold()));
            if (score == null || undatedStory && score.total() < settings.mergeThreshold()) {
                continue;
            }
            Scored x = new Scored(s, score.total(), c.getValue());
            scored.add(x);
            if (best == null || x.score > best.score) {
                best = x;
            }
        }
        if (best != null && best.score >= settings.joinThreshold()) {
            for (Scored other : scored) {
                if (other != best && other.score >= settings.mergeThreshold()) {
                    merge(best.story, other.story);
                }
            }
            return new StoryAssignment(f.id(), best.story.id, "similarity", best.score, best.matched);
        }
        if (f.day() != null) {
            Scored rewrite = null;
            Map<String, String> quoting = new LinkedHashMap<>();
            // One shared pair retrieves an article: the gate below counts pairs over the whole story.
            for (String id : index.quoting(f, 1, settings.candidates())) {
                quoting.putIfAbsent(storyOf(id), id);
            }
            for (Map.Entry<String, String> c : quoting.entrySet()) {
                StoryState s = states.get(c.getKey());
                if (active(s, f.day())) {
                    continue; // already judged at the normal threshold
                }
                s = scorable(s);
                if (sharedQuoteWords(f, s) < settings.rewriteQuoteWords()) {
                    continue; // a rewrite repeats what was said; a story on the same theme does not
                }
                if (StoryScorer.yearConflict(f, s)) {
                    continue; // a re-publication repeats the story's dates; one dated in other years is a new event
                }
                double score = scorer.score(f, terms, s, true).total();
                if (rewrite == null || score > rewrite.score) {
                    rewrite = new Scored(s, score, c.getValue());
                }
            }
            if (rewrite != null && rewrite.score >= settings.rewriteThreshold()) {
                return new StoryAssignment(f.id(), rewrite.story.id, "rewrite", rewrite.score, rewrite.matched);
            }
        }
        StoryState fresh = new StoryState("s" + (++nextStory), settings.recentMembers());
        states.put(fresh.id, fresh);
        return new StoryAssignment(f.id(), fresh.id, "new", 0, null);
    }

    /**
     * Whether the article takes part in near-duplicate matching at all ({@link ClusterSettings#minCopyChars()}): one
     * test for both sides, since a body too short to be a copy is too short to have copies.
     */
    private boolean longEnoughForCopies(LinkFeatures f) {
        return f.length() >= settings.minCopyChars();
    }

    private record Scored(StoryState story, double score, String matched) {
    }

    /** Candidate stories (root ids, in retrieval order) mapped to the best-ranked article that brought them. */
    private Map<String, String> candidates(LinkFeatures f, Map<String, Double> weights) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> queryTerms = index.queryTerms(weights);
        for (String id : index.search(f, queryTerms, f.day(), settings.windowDays(), settings.candidates())) {
            out.putIfAbsent(storyOf(id), id);
        }
        // The latest arrivals, not yet searchable, by shared weight: the first few stories they bring.
        int stories = 0;
        for (String id : index.pending(f, weights, queryTerms)) {
            if (out.putIfAbsent(storyOf(id), id) == null && ++stories >= settings.candidates()) {
                break;
            }
        }
        return out;
    }

    private static int sharedQuoteWords(LinkFeatures f, StoryState s) {
        int n = 0;
        for (String w : f.quoteWords()) {
            if (s.quoteWords.contains(KeyHash.of(w))) {
                n++;
            }
        }
        return n;
    }

    /** Whether a story is within reach of an article of this day without the rewrite path. */
    private boolean active(StoryState s, LocalDate day) {
        if (s.retired) {
            return false;
        }
        if (day == null) {
            return true; // an undated article has no time to bound its search by
        }
        if (s.first == null) {
            // An undated story is within reach while it is active: undated articles arrive first (ArrivalOrder), so
            // a dated report of the same event must be able to join the story they started.
            return true;
        }
        long away = s.daysAway(day);
        return away >= 0 && away <= settings.windowDays();
    }

    private void merge(StoryState keep, StoryState gone) {
        if (keep == gone || !states.containsKey(gone.id)) {
            return;
        }
        gone = whole(gone); // only open stories merge, but a restored record is not to be trusted blindly
        keep.absorb(gone);
        states.remove(gone.id);
        mergedInto.put(gone.id, keep.id);
        lastMerged.add(gone.id);
    }

    private String storyOf(String articleId) {
        String first = storyOfArticle.get(articleId);
        String id = first;
        String next;
        while ((next = mergedInto.get(id)) != null) {
            id = next;
        }
        if (!id.equals(first)) {
            storyOfArticle.put(articleId, id); // the merge chain is walked once per article
        }
        return id;
    }

    /** Trims stories no new article can reach within the window to a summary kept for rewrite matching. */
    private void retireInactive() {
        for (StoryState s : states.values()) {
            if (s.retired) {
                continue;
            }
            boolean stale = s.last != null && latestDay != null
                    ? latestDay.toEpochDay() - s.last.toEpochDay() > settings.windowDays() + 1
                    : arrivals - s.lastArrival > settings.undatedActiveArticles();
            if (stale) {
                s.retire(settings.retiredTerms(), stats.idf());
                retired.spill(s);
            }
        }
    }

    /**
     * For tuning and diagnosis: how an article not yet added scores against the story an earlier article is in.
     * Gives the article's new terms their ids, as adding it would.
     */
    public record Probe(String storyId, boolean retrieved, boolean active, StoryScorer.Score score) {
    }

    public Probe probe(LinkFeatures f, String memberId) {
        return probe(f, memberId, false);
    }

    /** @param ignoreTime score as the rewrite path does, as if the article were within the story's days */
    public Probe probe(LinkFeatures f, String memberId, boolean ignoreTime) {
        String storyId = storyOf(memberId);
        StoryState s = scorable(states.get(storyId));
        SparseVector terms = stats.weighted(stats.termFrequencies(f));
        boolean retrieved = candidates(f, stats.termWeights(f)).containsKey(storyId);
        return new Probe(storyId, retrieved, active(s, f.day()), scorer.score(f, terms, s, ignoreTime));
    }

    /** For tuning: the active candidate stories an article not yet added would be scored against, with its scores. */
    public List<Probe> candidateScores(LinkFeatures f) {
        SparseVector terms = stats.weighted(stats.termFrequencies(f));
        List<Probe> out = new ArrayList<>();
        for (String storyId : candidates(f, stats.termWeights(f)).keySet()) {
            StoryState s = states.get(storyId);
            if (active(s, f.day())) {
                out.add(new Probe(storyId, true, true, scorer.score(f, terms, s, false)));
            }
        }
        return out;
    }

    /** Every story so far, in order of creation, with its articles in arrival order. */
    public List<Story> stories() {
        List<Story> out = new ArrayList<>();
        for (StoryState s : states.values()) {
            out.add(listed(s));
        }
        return out;
    }

    /** The story with this id as {@link #stories} lists it, or null when there is none now (merged away, or never). */
    public Story story(String id) {
        StoryState s = states.get(id);
        return s == null ? null : listed(s);
    }

    private static Story listed(StoryState s) {
        return new Story(s.id, s.members, s.title, s.first, s.last);
    }

    /** Candidate stories scored per article so far: what the cost per article is proportional to. */
    public double candidatesPerArticle() {
        return arrivals == 0 ? 0 : candidatesScored / (double) arrivals;
    }

    /** Stories retired with their scoring state out of the heap. */
    int spilledStories() {
        int n = 0;
        for (StoryState s : states.values()) {
            if (s.spilled()) {
                n++;
            }
        }
        return n;
    }

    /** The story an article is in now (after merges), or null. */
    public String storyOfArticle(String articleId) {
        return storyOfArticle.containsKey(articleId) ? storyOf(articleId) : null;
    }

    @Override
    public void close() {
        try (retired) {
            index.close();
        }
    }
}
