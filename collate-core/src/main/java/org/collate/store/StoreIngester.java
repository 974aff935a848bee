package org.collate.store;

import org.collate.link.ArrivalOrder;
import org.collate.link.LinkFeatureExtractor;
import org.collate.link.LinkFeatures;
import org.collate.link.StoryClusterer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.ArticleFlag;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.collate.output.ReportJson;
import org.collate.output.ReportText;
import org.collate.output.StorySummary;
import org.collate.pipeline.ArticleReader;
import org.collate.pipeline.CollatePipeline;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Adds articles to a {@link StoryStore}, continuing its stories: the incremental form of {@code collate run}.
 *
 * <ul>
 *   <li><b>Identity is the content hash</b> of what extraction kept (URL, title, text): the same page read again
 *       adds nothing, while a page fetched again with other advertisements or tracking tokens in its bytes is still
 *       the same article.</li>
 *   <li><b>Versions.</b> The same URL (without one, the same id) with another text is a new version of the article
 *       that URL first brought: it keeps the article's id and its place in its story, and the story's report is
 *       recomputed on the latest text, the article flagged as edited after publication.</li>
 *   <li><b>Continuing the stories.</b> On opening, the clusterer is brought back to where the last ingest left it:
 *       every stored first version is put back, in the order it was placed, into the story it was placed in, with
 *       the merges its placement made ({@link StoryClusterer#restore}: indexing without searching or scoring), so
 *       an article ingested today is placed as it would have been at the end of one long run over everything
 *       ingested so far. Within a batch articles are placed in {@link ArrivalOrder}; across batches, in the order
 *       they were ingested.</li>
 *   <li><b>Batches.</b> Every {@code batchSize} articles the batch is analysed, placed, the stories it changed are
 *       reconciled again, and all of it is committed at once: a process killed mid-batch loses that batch only, and
 *       the next ingest adds it again without duplicates.</li>
 * </ul>
 * Not thread-safe: one ingester per store, as the store's write lock enforces across processes. Close it: its
 * clusterer keeps its index in a temporary folder, removed on close.
 */
public final class StoreIngester implements AutoCloseable {

    /** What an ingest did; {@code repaired} counts inputs read with a repair or a limit reached. */
    public record Counts(int added, int unchanged, int versions, int skipped, int repaired) {
        public boolean clean() {
            return skipped == 0 && repaired == 0;
        }

        /** The last line of {@code collate ingest}: {@code ingested N new, M unchanged, K new versions, S skipped}. */
        public String line() {
            return "ingested " + added + " new, " + unchanged + " unchanged, " + versions + " new versions, " + skipped
                    + " skipped";
        }

        Counts plus(Counts o) {
            return new Counts(added + o.added, unchanged + o.unchanged, versions + o.versions, skipped + o.skipped,
                    repaired + o.repaired);
        }
    }

    /** Hears how far the ingest has come: each article read, and each committed batch. */
    public interface Progress {
        /** Silence. */
        Progress NONE = soFar -> {
        };

        void committed(Counts soFar);

        default void read(int articlesRead) {
        }

        /** The articles are in; the reports of this many changed stories are being computed. */
        default void reporting(int stories) {
        }
    }

    /**
     * The latest version known of an article, and what a story's list line shows of it (so no analysis is read to
     * show it).
     */
    private record Known(String articleId, int version, Instant firstSeen, Instant lastSeen, long stamp, String url,
                         String outlet, String title) {
        static Known of(StoryStore.ArticleEntry e) {
            return new Known(e.articleId(), e.version(), e.firstSeen(), e.lastSeen(), e.stamp(), e.url(), e.outlet(),
                    e.title());
        }
    }

    private static final int CACHED_ANALYSES = 256;
    /**
     * Articles whose {@link Known} entry is kept at hand: the members of the stories still growing. Older ones are
     * read back from the store when asked for, so the ingester's memory does not grow with the store.
     */
    private static final int CACHED_ENTRIES = 20_000;
    /** Stories reconciled between two commits when reports are brought up to date. */
    private static final int REPORTS_PER_COMMIT = 200;

    private final StoryStore store;
    private final CollatePipeline pipeline;
    private final int batchSize;
    private final Clock clock;
    private final LinkFeatureExtractor features;
    private final StoryClusterer clusterer;
    /** Written through on every version stored; a miss is read from the store (the batches before are committed). */
    private final Map<String, Known> known = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
            return size() > CACHED_ENTRIES;
        }
    };
    private final Map<String, Integer> storySizes;
    /** Stories whose membership or articles changed since their record was last written. */
    private final Set<String> touched = new LinkedHashSet<>();
    /** Stories whose stored report is out of date: brought up to date when an ingest ends. */
    private final Set<String> stale;
    private final boolean reports;
    private Function<AnalyzedArticle, LinkFeatures> featureFunction;
    /** Hears of each version stored (the server answers with their ids). */
    private Consumer<Stored> storedSink = stored -> { };
    private final Map<String, AnalyzedArticle> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, AnalyzedArticle> eldest) {
            return size() > CACHED_ANALYSES;
        }
    };

    /**
     * Brings the clusterer back to the store's last commit. Stories whose stored record disagrees with the restored
     * clusterer (a store written before a crash between two writes cannot; one edited by hand can) are written again
     * with the first batch.
     */
    public StoreIngester(StoryStore store, CollatePipeline pipeline, int batchSize, Clock clock) {
        this(store, pipeline, batchSize, clock, true);
    }

    /**
     * @param reports whether an ingest ends by reconciling the stories it changed; without, their records are
     *                marked stale and the next ingest that reports brings them up to date (for a bulk load)
     */
    public StoreIngester(StoryStore store, CollatePipeline pipeline, int batchSize, Clock clock, boolean reports) {
        this.store = store;
        this.reports = reports;
        this.pipeline = pipeline;
        this.batchSize = Math.max(1, batchSize);
        this.clock = clock;
        this.features = new LinkFeatureExtractor(pipeline.settings().clustering());
        this.featureFunction = features::extract;
        this.clusterer = new StoryClusterer(pipeline.settings().clustering());
        store.forEachVersion(v -> {
            if (v.features() == null) {
                return;
            }
            if (v.placement() == null) {
                clusterer.add(v.features()); // stored before placements were kept: placed again, as it was then
                return;
            }
            try {
                clusterer.restore(v.features(), v.placement().storyId(), v.placement().merged());
            } catch (IllegalArgumentException e) {
                throw new StoreException("store " + store.dir() + " cannot be continued: " + e.getMessage(), e);
            }
        });
        this.storySizes = new HashMap<>(store.storySizes());
        this.stale = new LinkedHashSet<>(store.staleStories());
        for (Story s : clusterer.stories()) {
            Integer stored = storySizes.get(s.id());
            if (stored == null || stored != s.articleIds().size()) {
                touched.add(s.id());
            }
        }
    }

    /** Reads the inputs and adds what is new, a batch at a time. */
    public Counts ingest(List<String> paths, ArticleReader.ProblemListener problems, Progress progress) {
        List<Article> batch = new ArrayList<>();
        Counts[] total = {new Counts(0, 0, 0, 0, 0)};
        int[] n = {0};
        ArticleReader.Counts read = pipeline.reader().read(paths, article -> {
            batch.add(article);
            progress.read(++n[0]);
            if (batch.size() >= batchSize) {
                total[0] = total[0].plus(flush(batch, b -> pipeline.analyzeAll(b, problems), problems));
                batch.clear();
                progress.committed(total[0]);
            }
        }, problems);
        total[0] = total[0].plus(flush(batch, b -> pipeline.analyzeAll(b, problems), problems));
        progress.committed(total[0]);
        if (reports && !stale.isEmpty()) {
            progress.reporting(stale.size());
        }
        total[0] = total[0].plus(new Counts(0, 0, 0, 0, reports ? updateReports(problems) : 0));
        return new Counts(total[0].added(), total[0].unchanged(), total[0].versions(),
                total[0].skipped() + read.skipped(), total[0].repaired() + read.repaired());
    }

    /** Adds articles already extracted (one batch per {@code batchSize}), as {@link #ingest(List, ArticleReader.ProblemListener, Progress)} does. */
    public Counts ingestArticles(List<Article> articles, ArticleReader.ProblemListener problems) {
        return inBatches(articles, batch -> pipeline.analyzeAll(batch, problems), problems);
    }

    /**
     * A version that an ingest stored (a new article, {@code version} 1, or a new text of a stored one), or, with
     * {@code added} false, the stored version an input repeated.
     */
    public record Stored(String articleId, int version, boolean added) {
    }

    /** As {@link #ingestArticles(List, ArticleReader.ProblemListener)}, telling {@code stored} of each version stored. */
    public Counts ingestArticles(List<Article> articles, ArticleReader.ProblemListener problems,
                                 Consumer<Stored> stored) {
        Consumer<Stored> before = storedSink;
        storedSink = stored;
        try {
            return ingestArticles(articles, problems);
        } finally {
            storedSink = before;
        }
    }

    /**
     * Adds articles already analysed, as {@link #ingestArticles} would after analysing them (for evaluations that
     * analyse a set once and ingest it in several ways). A later version of a stored article is analysed again.
     */
    public Counts ingestAnalyzed(List<AnalyzedArticle> analyzed, ArticleReader.ProblemListener problems) {
        return ingestAnalyzed(analyzed, features::extract, problems);
    }

    /**
     * As {@link #ingestAnalyzed(List, ArticleReader.ProblemListener)}, the linking features of each first version
     * given by {@code linking} (a benchmark streams one set again and again, its features salted so that each round
     * is a new set of stories).
     */
    public Counts ingestAnalyzed(List<AnalyzedArticle> analyzed, Function<AnalyzedArticle, LinkFeatures> linking,
                                 ArticleReader.ProblemListener problems) {
        Function<AnalyzedArticle, LinkFeatures> before = featureFunction;
        featureFunction = linking;
        try {
            return analyzedInBatches(analyzed, problems);
        } finally {
            featureFunction = before;
        }
    }

    private Counts analyzedInBatches(List<AnalyzedArticle> analyzed, ArticleReader.ProblemListener problems) {
        Map<Article, AnalyzedArticle> known = new IdentityHashMap<>();
        analyzed.forEach(a -> known.put(a.article(), a));
        return inBatches(analyzed.stream().map(AnalyzedArticle::article).toList(), batch -> {
            List<Article> unknown = batch.stream().filter(a -> !known.containsKey(a)).toList();
            CollatePipeline.Analyzed fresh = pipeline.analyzeAll(unknown, problems);
            List<AnalyzedArticle> all = new ArrayList<>(fresh.articles());
            batch.stream().map(known::get).filter(a -> a != null).forEach(all::add);
            return new CollatePipeline.Analyzed(all, fresh.setAside(), fresh.limited());
        }, problems);
    }

    private Counts inBatches(List<Article> articles, Function<List<Article>, CollatePipeline.Analyzed> analysis,
                             ArticleReader.ProblemListener problems) {
        Counts total = new Counts(0, 0, 0, 0, 0);
        for (int i = 0; i < articles.size(); i += batchSize) {
            total = total.plus(flush(articles.subList(i, Math.min(articles.size(), i + batchSize)), analysis,
                    problems));
        }
        if (articles.isEmpty()) {
            total = total.plus(flush(List.of(), analysis, problems));
        }
        return total.plus(new Counts(0, 0, 0, 0, reports ? updateReports(problems) : 0));
    }

    /** The article's entry, from memory or else from the store; null when it is not stored. */
    private Known known(String articleId) {
        Known k = known.get(articleId);
        if (k == null) {
            StoryStore.ArticleEntry e = store.entry(articleId);
            if (e != null) {
                k = Known.of(e);
                known.put(articleId, k);
            }
        }
        return k;
    }

    /** The entry of the article stored under a version key (a URL, or an id without one), or null. */
    private Known knownByKey(String key) {
        String articleId = store.articleWithKey(key);
        return articleId == null ? null : known(articleId);
    }

    /** One article waiting to be analysed: a first version or a later one. */
    private record Pending(Article article, String key, int version, String hash) {
    }

    private Counts flush(List<Article> batch, Function<List<Article>, CollatePipeline.Analyzed> analysis,
                         ArticleReader.ProblemListener problems) {
        int unchanged = 0;
        List<Pending> pending = new ArrayList<>();
        Map<String, Known> batchKeys = new HashMap<>();
        Set<String> batchHashes = new HashSet<>();
        for (Article a : batch) {
            String hash = contentHash(a);
            if (!batchHashes.add(hash) || store.hasHash(hash)) {
                unchanged++;
                StoryStore.VersionEntry known = store.versionWithHash(hash);
                if (known != null) {
                    storedSink.accept(new Stored(known.articleId(), known.version(), false));
                }
                continue;
            }
            String key = a.url() != null ? a.url() : a.id();
            Known k = batchKeys.containsKey(key) ? batchKeys.get(key) : knownByKey(key);
            if (k == null && a.url() != null) {
                k = known(a.id()); // an input that names its id keeps it when its URL changed
            }
            if (k != null) {
                Known next = new Known(k.articleId(), k.version() + 1, k.firstSeen(), null, 0, null, null, null);
                batchKeys.put(key, next);
                pending.add(new Pending(a.withId(k.articleId()), key, next.version(), hash));
            } else {
                batchKeys.put(key, new Known(a.id(), 1, null, null, 0, null, null, null));
                pending.add(new Pending(a, key, 1, hash));
            }
        }
        CollatePipeline.Analyzed analyzed = analysis.apply(pending.stream().map(Pending::article).toList());
        Map<Article, AnalyzedArticle> byArticle = new IdentityHashMap<>();
        analyzed.articles().forEach(a -> byArticle.put(a.article(), a));
        Instant now = clock.instant();
        List<AnalyzedArticle> fresh = new ArrayList<>();
        List<AnalyzedArticle> later = new ArrayList<>();
        Map<AnalyzedArticle, Pending> of = new IdentityHashMap<>();
        for (Pending p : pending) {
            AnalyzedArticle a = byArticle.get(p.article());
            if (a == null) {
                continue; // set aside: not stored, so the next ingest tries it again
            }
            of.put(a, p);
            (p.version() == 1 ? fresh : later).add(a);
        }
        // First versions are placed first, so a later version in the same batch finds its article.
        for (AnalyzedArticle a : ArrivalOrder.sort(fresh)) {
            Pending p = of.get(a);
            LinkFeatures f = featureFunction.apply(a);
            String story = clusterer.add(f).storyId();
            long stamp = store.nextStamp();
            store.addVersion(a.id(), p.key(), 1, p.hash(), stamp, now, a, f,
                    new StoryStore.Placement(story, clusterer.mergedByLastAdd()));
            register(a, p, stamp, now);
        }
        int versions = 0;
        for (AnalyzedArticle a : later) {
            Pending p = of.get(a);
            Known before = known(a.id());
            if (before == null || before.version() + 1 != p.version()) {
                continue; // the version before it was set aside: this one is stored when the input is read again
            }
            long stamp = store.nextStamp();
            store.addVersion(a.id(), p.key(), p.version(), p.hash(), stamp, now, a, null, null);
            register(a, p, stamp, now);
            versions++;
            String story = clusterer.storyOfArticle(a.id());
            if (story != null) {
                touched.add(story);
            }
        }
        markChanged();
        store.commit();
        return new Counts(fresh.size(), unchanged, versions, analyzed.setAside(), analyzed.limited());
    }

    private void register(AnalyzedArticle a, Pending p, long stamp, Instant now) {
        storedSink.accept(new Stored(a.id(), p.version(), true));
        Known before = p.version() == 1 ? null : known(a.id());
        known.put(a.id(), new Known(a.id(), p.version(), before == null ? now : before.firstSeen(), now, stamp,
                a.article().url(), a.article().outlet(), a.article().title()));
        recent.put(a.id(), a);
    }

    /**
     * Writes the record of every story whose articles changed in this batch, its report kept from before and marked
     * stale, and removes the records of stories merged into others: the batch's commit then holds the stories'
     * membership with its articles, whatever happens before the reports are brought up to date.
     */
    private void markChanged() {
        Map<String, Story> live = new LinkedHashMap<>();
        for (Story s : clusterer.stories()) {
            live.put(s.id(), s);
            Integer stored = storySizes.get(s.id());
            if (stored == null || stored != s.articleIds().size()) {
                touched.add(s.id());
            }
        }
        for (String id : new ArrayList<>(storySizes.keySet())) {
            if (!live.containsKey(id)) {
                store.deleteStory(id);
                storySizes.remove(id);
                stale.remove(id);
            }
        }
        for (String id : touched) {
            Story s = live.get(id);
            if (s == null) {
                continue;
            }
            // The list line only: the report stays in its own record, kept as it is and flagged stale.
            StoredStory before = store.lineWritten(id);
            store.putStory(new StoredStory(pendingSummary(s, before), activity(s), null, null, true), titles(s));
            storySizes.put(id, s.articleIds().size());
            stale.add(id);
        }
        touched.clear();
    }

    /** A changed story's list line before its report: relations and counts from the last report, where known. */
    private StorySummary pendingSummary(Story s, StoredStory before) {
        Map<String, String> relation = new HashMap<>();
        if (before != null) {
            before.summary().articles().forEach(m -> relation.put(m.id(), m.relation()));
        }
        Set<String> outlets = new LinkedHashSet<>();
        List<StorySummary.Member> members = new ArrayList<>();
        for (String id : s.articleIds()) {
            Known k = known(id);
            String outlet = k == null ? null : k.outlet();
            outlets.add(outlet == null ? StorySummary.UNKNOWN_OUTLET : outlet);
            members.add(new StorySummary.Member(id, k == null ? null : k.url(), outlet, relation.get(id)));
        }
        String title = s.title() != null ? s.title() : before != null ? before.summary().title() : "(untitled)";
        return new StorySummary(s.id(), title, s.firstSeen(), s.lastSeen(), List.copyOf(outlets), members,
                before == null ? 0 : before.summary().conflicts(), before == null ? 0 : before.summary().variants());
    }

    private long activity(Story s) {
        return s.articleIds().stream().map(this::known).mapToLong(k -> k == null ? 0 : k.stamp()).max().orElse(0);
    }

    private List<String> titles(Story s) {
        List<String> titles = s.articleIds().stream().map(this::known).filter(k -> k != null && k.title() != null)
                .map(Known::title).distinct().toList();
        return titles.isEmpty() && s.title() != null ? List.of(s.title()) : titles;
    }

    /**
     * Reconciles every story whose report is out of date, once each however many batches changed it, committing
     * every {@value #REPORTS_PER_COMMIT} stories.
     *
     * @return how many stories were capped at the run's article limit (reported as repairs)
     */
    public int updateReports(ArticleReader.ProblemListener problems) {
        return updateReports(problems, Integer.MAX_VALUE);
    }

    /**
     * As {@link #updateReports(ArticleReader.ProblemListener)}, for at most {@code limit} of the stale stories, in the
     * order they went stale: a server brings reports up to date a few at a time, letting new articles in between.
     */
    public int updateReports(ArticleReader.ProblemListener problems, int limit) {
        return updateReports(problems, stale.stream().limit(Math.max(0, limit)).toList());
    }

    /** Computes the report of one story now, if it is stale; false when it is not (or no such story is live). */
    public boolean updateReport(String storyId, ArticleReader.ProblemListener problems) {
        if (!stale.contains(storyId)) {
            return false;
        }
        updateReports(problems, List.of(storyId));
        return true;
    }

    /** How many stories' reports are out of date. */
    public int staleStories() {
        return stale.size();
    }

    private int updateReports(ArticleReader.ProblemListener problems, List<String> wanted) {
        if (stale.isEmpty() || wanted.isEmpty()) {
            return 0;
        }
        store.refresh();
        // The wanted stories only, not a listing of every story: a server asks for one at a time.
        Map<String, Story> live = new LinkedHashMap<>();
        for (String id : wanted) {
            Story s = clusterer.story(id);
            if (s != null) {
                live.put(id, s);
            }
        }
        List<Story> pending = List.copyOf(live.values());
        int[] capped = {0};
        for (int i = 0; i < pending.size(); i += REPORTS_PER_COMMIT) {
            List<Story> part = pending.subList(i, Math.min(pending.size(), i + REPORTS_PER_COMMIT));
            List<StoryReport> reports = pipeline.reconcileAll(part, this::analysis, (origin, message, skipped) -> {
                synchronized (capped) {
                    capped[0]++;
                }
                problems.problem(origin, message, skipped);
            });
            for (StoryReport r : reports) {
                r = withEdits(r);
                Story s = live.get(r.story().id());
                store.putStory(new StoredStory(StorySummary.of(r), activity(s), ReportJson.story(r).toString(),
                        text(r), false), titles(s));
            }
            store.commit();
            part.forEach(s -> stale.remove(s.id()));
        }
        // Stale ids of stories merged away since are dropped (their articles' story is stale in their place).
        wanted.forEach(id -> {
            if (!live.containsKey(id)) {
                stale.remove(id);
            }
        });
        return capped[0];
    }

    private AnalyzedArticle analysis(String articleId) {
        synchronized (recent) {
            AnalyzedArticle cached = recent.get(articleId);
            if (cached != null) {
                return cached;
            }
        }
        ArticleVersion latest = store.latestWritten(articleId);
        if (latest == null) {
            throw new StoreException("store " + store.dir() + " has no record of article " + articleId
                    + ", which a story names");
        }
        return latest.analysis();
    }

    /** The report with every article that changed after it was first seen flagged as edited. */
    private StoryReport withEdits(StoryReport r) {
        Map<String, List<ArticleFlag>> flags = new HashMap<>(r.flags());
        boolean any = false;
        for (AnalyzedArticle a : r.articles()) {
            Known k = known(a.id());
            if (k != null && k.version() > 1) {
                List<ArticleFlag> list = new ArrayList<>(flags.getOrDefault(a.id(), List.of()));
                list.add(new ArticleFlag("edited", "changed after it was first seen: " + k.version()
                        + " versions, first seen " + k.firstSeen() + ", last changed " + k.lastSeen()
                        + " (collate history " + (a.article().url() != null ? a.article().url() : a.id()) + ")",
                        List.of()));
                flags.put(a.id(), list);
                any = true;
            }
        }
        return any ? new StoryReport(r.story(), r.firstPublished(), r.articles(), flags, r.entities(), r.quotes(),
                r.facts(), r.provenance()) : r;
    }

    private static String text(StoryReport r) {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(s)) {
            ReportText.print(r, w);
        }
        return s.toString();
    }

    /** SHA-256 over URL, title and text, as hex: the identity of one version of one article. */
    static String contentHash(Article a) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : new String[]{a.url(), a.title(), a.text()}) {
                if (part != null) {
                    sha.update(part.getBytes(StandardCharsets.UTF_8));
                }
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Removes the clusterer's temporary index; the store stays open, its owner's to close. */
    @Override
    public void close() {
        clusterer.close();
    }
}
