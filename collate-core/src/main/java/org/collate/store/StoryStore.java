package org.collate.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.collate.link.LinkFeatures;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.output.Json;
import org.collate.output.StorySummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The story store on local disk: one Apache Lucene index holding every version of every article (its text indexed
 * for BM25, its analysis and linking features stored) and every story (its list line, indexed by title, outlet and
 * day, and beside it a record of its report as text and JSON).
 *
 * <p>Lucene alone, with no database beside it: a commit is atomic over both kinds of record, so a batch's articles
 * and the stories they changed become visible together or not at all, and a process killed mid-batch leaves the last
 * commit intact (Lucene drops the unreferenced files on the next open). The commit's user data carries the store
 * format and the next stamp, so they move with the records they describe.
 *
 * <p>Many readers, one writer: a second writer is refused with a message (Lucene's write lock). Within one process
 * the public reads are safe from any number of threads while one thread ingests: they search the last commit through
 * a {@link SearcherManager}, so a reader never sees half a batch, and the writer's own reads (what it has written and
 * not yet committed) go through a view of their own.
 */
public final class StoryStore implements AutoCloseable {

    /**
     * The layout of the records; raise it whenever a field changes meaning. A store of another format is refused
     * with a message naming both versions, never read half-right.
     */
    public static final int FORMAT = 2;

    /**
     * The formats before {@link #FORMAT} that this version still reads and upgrades when it opens them to write.
     * Format 1 kept each story's report inside the story's record.
     */
    private static final Set<String> UPGRADABLE = Set.of("1");

    /** The version of Collate that writes this format, named in refusals. */
    public static final String COLLATE_VERSION = "0.1.0";

    static final String FORMAT_KEY = "collate.store.format";
    static final String VERSION_KEY = "collate.version";
    static final String STAMP_KEY = "collate.store.stamp";

    private static final String TYPE = "type";
    /** A story's list line and stale flag as doc values (see {@link #putStory}). */
    private static final String LIST_LINE = "list_line";
    private static final String LIST_STALE = "list_stale";
    private static final String ARTICLE = "article";
    private static final String STORY = "story";
    /**
     * A story's report, in a record of its own beside the story's: a post rewrites the records of the stories it
     * changes, and carrying their reports along (tens of kilobytes each, unchanged until the story is reconciled
     * again) cost most of the store's share of a post and of Lucene's merges (profiled).
     */
    private static final String REPORT = "report";
    /** The story id of a report record. */
    private static final String REPORT_OF = "rsid";
    /** The type of the placeholder that {@link #addMissingListLines} adds and deletes in one commit. */
    private static final String UPGRADE = "upgrade";

    private final Path dir;
    private final Directory directory;
    private final IndexWriter writer;
    private final Analyzer analyzer = new StandardAnalyzer();
    /** The last commit, for the public reads, from any thread. */
    private final SearcherManager published;
    /** The writer's own view, with what it wrote since the last commit; the writing thread's only. Null to read. */
    private DirectoryReader written;
    private long stamp;
    /** Stories given a new report or removed since the last commit: their cached reports are dropped. */
    private final Set<String> changedSinceCommit = new HashSet<>();
    /** Stories re-written since the last commit with their report kept: their cached reports take the new flag. */
    private final Map<String, Boolean> flaggedSinceCommit = new HashMap<>();
    /** Reports read from the published commit, kept across commits for the stories they did not change. */
    private volatile ReportCache reports = new ReportCache(-1, new ConcurrentHashMap<>(), new AtomicLong());

    /** The most report bytes kept in memory: a story page read again is then no decompression and no decoding. */
    static final long REPORT_CACHE_BYTES = 64L << 20;

    private record ReportCache(long version, ConcurrentHashMap<String, Report> entries, AtomicLong bytes) {
    }

    private StoryStore(Path dir, Directory directory, IndexWriter writer, DirectoryReader written,
                       SearcherManager published, long stamp) {
        this.dir = dir;
        this.directory = directory;
        this.writer = writer;
        this.written = written;
        this.published = published;
        this.stamp = stamp;
    }

    /**
     * Opens the store in {@code dir} to write, creating it when the directory holds none.
     *
     * @throws StoreException when it is of another format, damaged, or being written by another process
     */
    public static StoryStore openForWriting(Path dir) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir.resolve("index"));
            long stamp = 0;
            String format = Integer.toString(FORMAT);
            if (DirectoryReader.indexExists(directory)) {
                try (DirectoryReader existing = DirectoryReader.open(directory)) {
                    Map<String, String> data = existing.getIndexCommit().getUserData();
                    stamp = checkFormat(dir, data);
                    format = data.get(FORMAT_KEY);
                }
            }
            IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // Merging only neighbouring segments keeps documents in the order they were added, so the
                    // replay reads the articles in placement order straight from the doc values.
                    .setMergePolicy(new LogByteSizeMergePolicy())
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            if (stamp == 0 && !DirectoryReader.indexExists(directory)) {
                writer.setLiveCommitData(userData(0).entrySet());
                writer.commit();
            }
            StoryStore store = new StoryStore(dir, directory, writer, DirectoryReader.open(writer),
                    new SearcherManager(directory, null), stamp);
            store.publishReports(null, null);
            store.addMissingListLines();
            if (UPGRADABLE.contains(format)) {
                store.moveReportsApart(); // a store of this format has its reports apart already: nothing to scan
            }
            return store;
        } catch (LockObtainFailedException e) {
            close(directory);
            throw new StoreException("store " + dir + " is being written by another collate process");
        } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
            close(directory);
            throw new StoreException("store " + dir + " was written by an incompatible Lucene index format: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            close(directory);
            throw new StoreException("store " + dir + " cannot be opened: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(directory);
            throw e;
        }
    }

    /** Opens an existing store to read. */
    public static StoryStore openForReading(Path dir) {
        Directory directory = null;
        try {
            directory = FSDirectory.open(dir.resolve("index"));
            DirectoryReader reader = DirectoryReader.open(directory);
            long stamp = checkFormat(dir, reader.getIndexCommit().getUserData());
            StoryStore store = new StoryStore(dir, directory, null, null, new SearcherManager(reader, null), stamp);
            store.publishReports(null, null);
            return store;
        } catch (IndexNotFoundException | NoSuchFileException e) {
            close(directory);
            throw new StoreException("no store in " + dir + " (create one with collate ingest --data " + dir + ")");
        } catch (IndexFormatTooNewException | IndexFormatTooOldException e) {
            close(directory);
            throw new StoreException("store " + dir + " was written by an incompatible Lucene index format: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            close(directory);
            throw new StoreException("store " + dir + " cannot be opened: " + e.getMessage(), e);
        }
    }

    private static long checkFormat(Path dir, Map<String, String> data) {
        String format = data.get(FORMAT_KEY);
        if (format == null) {
            throw new StoreException("store " + dir + " holds a Lucene index that is not a Collate store");
        }
        if (!format.equals(Integer.toString(FORMAT)) && !UPGRADABLE.contains(format)) {
            throw new StoreException("store " + dir + " was written by collate " + data.get(VERSION_KEY)
                    + " (store format " + format + "); this is collate " + COLLATE_VERSION + " (store format " + FORMAT
                    + "), which cannot read it: ingest the articles into a new store");
        }
        return Long.parseLong(data.getOrDefault(STAMP_KEY, "0"));
    }

    private static Map<String, String> userData(long stamp) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(FORMAT_KEY, Integer.toString(FORMAT));
        data.put(VERSION_KEY, COLLATE_VERSION);
        data.put(STAMP_KEY, Long.toString(stamp));
        return data;
    }

    public Path dir() {
        return dir;
    }

    // ---- writing --------------------------------------------------------------------------------------------

    /** The next stamp: every stored version takes one, in the order it was placed. */
    long nextStamp() {
        return ++stamp;
    }

    /**
     * Adds one version of an article. {@code features} and {@code placement} are given for a first version only: what
     * the clusterer is restored from when the store is opened again.
     */
    void addVersion(String articleId, String versionKey, int version, String hash, long versionStamp, Instant seen,
                    AnalyzedArticle analysis, LinkFeatures features, Placement placement) {
        Article a = analysis.article();
        Document d = new Document();
        d.add(new StringField(TYPE, ARTICLE, Field.Store.NO));
        d.add(new StringField("aid", articleId, Field.Store.YES));
        d.add(new StringField("vkey", articleId + "#" + version, Field.Store.NO));
        d.add(new StringField("key", versionKey, Field.Store.YES));
        d.add(new StringField("hash", hash, Field.Store.YES));
        d.add(new StoredField("version", version));
        d.add(new StoredField("stamp", versionStamp));
        d.add(new NumericDocValuesField("stamp", versionStamp));
        d.add(new StoredField("seen", seen.toString()));
        if (a.url() != null) {
            d.add(new StringField("url", a.url(), Field.Store.YES));
        }
        if (a.outlet() != null) {
            d.add(new StringField("outlet", a.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
            d.add(new StoredField("outlet_name", a.outlet()));
        }
        if (a.title() != null) {
            d.add(new StoredField("title_text", a.title()));
        }
        if (a.published() != null) {
            d.add(new LongPoint("day", a.published().day().toEpochDay()));
        }
        if (a.title() != null) {
            d.add(new TextField("title", a.title(), Field.Store.NO));
        }
        d.add(new TextField("text", a.text(), Field.Store.NO));
        if (features != null) {
            for (String entity : features.entities().keySet()) {
                d.add(new StringField("entity", entityName(entity), Field.Store.NO));
            }
            d.add(new StringField("first", "true", Field.Store.NO));
        }
        // What the replay reads of every version, in a column of its own: reading stored fields would decompress
        // each article's analysis with it.
        d.add(new BinaryDocValuesField("replay", new BytesRef(replayRecord(articleId, versionKey, version, hash,
                versionStamp, seen, a, features, placement))));
        d.add(new StoredField("analysis", AnalysisCodec.encode(analysis)));
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An entity key ({@code person:antony blinken}) as the words a filter matches ({@code antony blinken}). */
    private static String entityName(String key) {
        int colon = key.indexOf(':');
        return (colon < 0 ? key : key.substring(colon + 1)).toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a story's record, replacing the one it had; with a report, writes its report record too. Without one
     * (a story whose articles changed, not yet reconciled) the report it had stays, flagged as {@code story} says.
     */
    void putStory(StoredStory story, List<String> titles) {
        StorySummary s = story.summary();
        Document d = new Document();
        d.add(new StringField(TYPE, STORY, Field.Store.NO));
        d.add(new StringField("sid", s.id(), Field.Store.YES));
        d.add(new StoredField("activity", story.activity()));
        d.add(new NumericDocValuesField("activity", story.activity()));
        if (s.lastSeen() != null) {
            d.add(new LongPoint("last_day", s.lastSeen().toEpochDay()));
        }
        for (String outlet : s.outlets()) {
            d.add(new StringField("outlet", outlet.toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        for (StorySummary.Member m : s.articles()) {
            d.add(new StringField("member", m.id(), Field.Store.NO));
        }
        d.add(new TextField("title", String.join("\n", titles), Field.Store.NO));
        String summary = s.json().toString();
        d.add(new StoredField("summary", summary));
        // The list line again as doc values: a page of stories reads them without decompressing the reports
        // stored beside them. Fields of their own: a field of a store written before cannot gain doc values.
        d.add(new BinaryDocValuesField(LIST_LINE, new BytesRef(summary)));
        d.add(new NumericDocValuesField(LIST_STALE, story.stale() ? 1 : 0));
        d.add(new StringField("stale", Boolean.toString(story.stale()), Field.Store.YES));
        try {
            writer.updateDocument(new Term("sid", s.id()), d);
            if (story.reportJson() != null) {
                putReport(s.id(), story.reportJson(), story.reportText());
                changedSinceCommit.add(s.id());
                flaggedSinceCommit.remove(s.id());
            } else if (!changedSinceCommit.contains(s.id())) {
                flaggedSinceCommit.put(s.id(), story.stale());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void putReport(String storyId, String json, String text) throws IOException {
        Document r = new Document();
        r.add(new StringField(TYPE, REPORT, Field.Store.NO));
        r.add(new StringField(REPORT_OF, storyId, Field.Store.NO));
        r.add(new StoredField("report_json", json));
        r.add(new StoredField("report_text", text));
        writer.updateDocument(new Term(REPORT_OF, storyId), r);
    }

    /**
     * Gives every story of a format-1 store whose report sits inside its record a report record of its own, and
     * commits. The copy inside the old record is left there, unread, until the story is next written. Done once:
     * a story with a report record is passed over.
     */
    private void moveReportsApart() throws IOException {
        IndexSearcher searcher = new IndexSearcher(written);
        Set<String> apart = new HashSet<>();
        StoredFields fields = searcher.storedFields();
        boolean moved = false;
        for (LeafReaderContext leaf : written.leaves()) {
            Terms terms = leaf.reader().terms(REPORT_OF);
            if (terms != null) {
                TermsEnum te = terms.iterator();
                for (BytesRef t = te.next(); t != null; t = te.next()) {
                    apart.add(t.utf8ToString());
                }
            }
        }
        Query stories = new TermQuery(new Term(TYPE, STORY));
        TopDocs docs = searcher.search(stories, Math.max(1, searcher.count(stories)));
        for (ScoreDoc sd : docs.scoreDocs) {
            String sid = fields.document(sd.doc, Set.of("sid")).get("sid");
            if (apart.contains(sid)) {
                continue;
            }
            Document d = fields.document(sd.doc, Set.of("report_json", "report_text"));
            if (d.get("report_json") != null) {
                putReport(sid, d.get("report_json"), d.get("report_text"));
                moved = true;
            }
        }
        if (moved) {
            commit(); // and the commit's user data says format 2 from now on
        }
    }

    /**
     * Gives the stories of a store written before list lines were doc values ({@link #putStory}) theirs, read from
     * their stored summaries, and commits: listing such a store otherwise decompresses every story's record, reports
     * and all, per line (profiled: most of a served list's time). Doc-values updates leave the records and their
     * order as they are. Lucene updates only a doc-values field the index already has, so a placeholder document
     * brings the two fields in and is deleted again in the same commit.
     */
    private record MissingLine(String line, boolean stale) {
    }

    private void addMissingListLines() throws IOException {
        Map<String, MissingLine> missing = new LinkedHashMap<>();
        IndexSearcher searcher = new IndexSearcher(written);
        org.apache.lucene.search.Weight stories = searcher.createWeight(searcher.rewrite(
                new TermQuery(new Term(TYPE, STORY))), org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : written.leaves()) {
            BinaryDocValues lines = leaf.reader().getBinaryDocValues(LIST_LINE);
            org.apache.lucene.search.Scorer scorer = stories.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            org.apache.lucene.util.Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc) || lines != null && lines.advanceExact(doc)) {
                    continue;
                }
                Document d = leaf.reader().storedFields().document(doc, Set.of("sid", "summary", "stale"));
                // The stored summary is the list line putStory writes: taken as it is, not parsed and written again.
                missing.put(d.get("sid"), new MissingLine(d.get("summary"), Boolean.parseBoolean(d.get("stale"))));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Document placeholder = new Document();
        placeholder.add(new StringField(TYPE, UPGRADE, Field.Store.NO));
        placeholder.add(new BinaryDocValuesField(LIST_LINE, new BytesRef()));
        placeholder.add(new NumericDocValuesField(LIST_STALE, 0));
        writer.addDocument(placeholder);
        for (Map.Entry<String, MissingLine> e : missing.entrySet()) {
            Term sid = new Term("sid", e.getKey());
            writer.updateBinaryDocValue(sid, LIST_LINE, new BytesRef(e.getValue().line()));
            writer.updateNumericDocValue(sid, LIST_STALE, e.getValue().stale() ? 1 : 0);
        }
        writer.deleteDocuments(new Term(TYPE, UPGRADE));
        commit();
    }

    /** Removes a story that was merged into another. */
    void deleteStory(String storyId) {
        changedSinceCommit.add(storyId);
        flaggedSinceCommit.remove(storyId);
        try {
            writer.deleteDocuments(new Term("sid", storyId), new Term(REPORT_OF, storyId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything written since the last commit durable and visible, all or nothing. */
    void commit() {
        try {
            writer.setLiveCommitData(userData(stamp).entrySet());
            writer.commit();
            refresh();
            published.maybeRefreshBlocking();
            publishReports(changedSinceCommit, flaggedSinceCommit);
            changedSinceCommit.clear();
            flaggedSinceCommit.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts the report cache of the commit just published with the previous one's entries, less the stories that
     * changed. A reader still on the previous commit fills the previous cache, never this one, so no entry is ever
     * older than the commit it is served for.
     */
    private void publishReports(Set<String> changed, Map<String, Boolean> flagged) throws IOException {
        IndexSearcher searcher = published.acquire();
        long version;
        try {
            version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        } finally {
            published.release(searcher);
        }
        ReportCache old = reports;
        if (old.version() == version) {
            return;
        }
        ConcurrentHashMap<String, Report> kept = new ConcurrentHashMap<>(old.entries());
        if (changed == null) {
            kept.clear();
        } else {
            kept.keySet().removeAll(changed);
            flagged.forEach((id, stale) -> kept.computeIfPresent(id, (k, r) -> new Report(r.json(), stale)));
        }
        long bytes = kept.values().stream().mapToLong(r -> r.json() == null ? 0 : r.json().length).sum();
        reports = new ReportCache(version, kept, new AtomicLong(bytes));
    }

    /**
     * Lets the writer's own reads see what it wrote and has not committed; in a store opened to read, lets the
     * public reads see what another process committed since.
     */
    void refresh() {
        try {
            if (writer == null) {
                published.maybeRefreshBlocking();
                publishReports(null, null); // another process wrote: which stories it changed is not known here
                return;
            }
            DirectoryReader newer = DirectoryReader.openIfChanged(written, writer);
            if (newer != null) {
                written.close();
                written = newer;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the last commit with a searcher held for the call: safe from any thread, at any time. */
    private <T> T readPublished(SearcherRead<T> read) {
        IndexSearcher searcher;
        try {
            searcher = published.acquire();
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            throw new StoreException("store " + dir + " is closed");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read.apply(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                published.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the writer's view (the last commit in a store opened to read): for the writing thread only. */
    private <T> T readWritten(SearcherRead<T> read) {
        if (writer == null) {
            return readPublished(read);
        }
        try {
            return read.apply(new IndexSearcher(written));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherRead<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * Where the clusterer placed a first version: the story it joined (or started) and the stories it merged into
     * that one on the way ({@link org.collate.link.StoryClusterer#restore}).
     */
    record Placement(String storyId, List<String> merged) {
    }

    /**
     * What the ingester needs to know of every stored version, in stamp order; {@code placement} is null for later
     * versions and for first versions stored before placements were kept.
     */
    record VersionEntry(String articleId, String key, String hash, int version, long stamp, Instant seen,
                        String url, String outlet, String title, LinkFeatures features, Placement placement) {
    }

    private static byte[] replayRecord(String articleId, String key, int version, String hash, long stamp,
                                       Instant seen, Article a, LinkFeatures features, Placement placement) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            for (String s : new String[]{articleId, key, hash, seen.toString(), a.url(), a.outlet(), a.title()}) {
                byte[] b = s == null ? null : s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(b == null ? -1 : b.length);
                if (b != null) {
                    out.write(b);
                }
            }
            out.writeInt(version);
            out.writeLong(stamp);
            byte[] f = features == null ? null : FeaturesCodec.encode(features);
            out.writeInt(f == null ? -1 : f.length);
            if (f != null) {
                out.write(f);
            }
            // Last, so that a record written before placements were kept reads as one without.
            if (placement != null) {
                out.writeUTF(placement.storyId());
                out.writeInt(placement.merged().size());
                for (String m : placement.merged()) {
                    out.writeUTF(m);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static VersionEntry readReplayRecord(BytesRef ref) throws IOException {
        return readReplayRecord(ref, true);
    }

    /** @param withFeatures whether to decode a first version's linking features (null when not) */
    private static VersionEntry readReplayRecord(BytesRef ref, boolean withFeatures) throws IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.ByteArrayInputStream(ref.bytes,
                ref.offset, ref.length));
        String[] s = new String[7];
        for (int i = 0; i < s.length; i++) {
            int n = in.readInt();
            s[i] = n < 0 ? null : new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
        }
        int version = in.readInt();
        long stamp = in.readLong();
        int n = in.readInt();
        LinkFeatures features = null;
        if (n >= 0 && withFeatures) {
            features = FeaturesCodec.decode(in.readNBytes(n));
        } else if (n > 0) {
            in.skipNBytes(n);
        }
        Placement placement = null;
        if (in.available() > 0) {
            String story = in.readUTF();
            int merged = in.readInt();
            List<String> gone = new ArrayList<>(merged);
            for (int i = 0; i < merged; i++) {
                gone.add(in.readUTF());
            }
            placement = new Placement(story, List.copyOf(gone));
        }
        return new VersionEntry(s[0], s[1], s[2], version, stamp, Instant.parse(s[3]), s[4], s[5], s[6], features,
                placement);
    }

    /**
     * Every stored version in stamp order, first versions with their linking features. The documents are in the
     * order they were added (see the merge policy), so the versions stream from the doc values; should a store's
     * order ever differ, they are read whole and sorted.
     */
    void forEachVersion(Consumer<VersionEntry> sink) {
        readWritten(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            long last = Long.MIN_VALUE;
            boolean ordered = true;
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues stamps = leaf.reader().getNumericDocValues("stamp");
                while (stamps != null && stamps.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                    ordered &= stamps.longValue() > last;
                    last = stamps.longValue();
                }
            }
            List<VersionEntry> buffered = ordered ? null : new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues replay = leaf.reader().getBinaryDocValues("replay");
                Bits live = leaf.reader().getLiveDocs();
                int doc;
                while (replay != null && (doc = replay.nextDoc()) != DocIdSetIterator.NO_MORE_DOCS) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    VersionEntry v = readReplayRecord(replay.binaryValue());
                    if (buffered == null) {
                        sink.accept(v);
                    } else {
                        buffered.add(v);
                    }
                }
            }
            if (buffered != null) {
                buffered.sort(Comparator.comparingLong(VersionEntry::stamp));
                buffered.forEach(sink);
            }
            return null;
        });
    }

    /** What the ingester needs to know of one article: its latest version, when it was first and last seen. */
    record ArticleEntry(String articleId, int version, Instant firstSeen, Instant lastSeen, long stamp, String url,
                        String outlet, String title) {
    }

    /** Whether a version with this content hash is stored (committed, or seen by {@link #refresh}). */
    boolean hasHash(String hash) {
        return readWritten(searcher -> searcher.getIndexReader().docFreq(new Term("hash", hash)) > 0);
    }

    /** The article a version key (a URL, or an id without one) was stored under, or null. */
    String articleWithKey(String key) {
        List<VersionEntry> versions = replayRecords(new Term("key", key));
        return versions.isEmpty() ? null : versions.get(0).articleId();
    }

    /** The stored version with this content hash (without its features), or null; the writer's view. */
    VersionEntry versionWithHash(String hash) {
        List<VersionEntry> versions = replayRecords(new Term("hash", hash));
        return versions.isEmpty() ? null : versions.get(0);
    }

    /** The entry of a stored article, or null. Reads the versions' replay column, not their stored analyses. */
    ArticleEntry entry(String articleId) {
        List<VersionEntry> versions = replayRecords(new Term("aid", articleId));
        if (versions.isEmpty()) {
            return null;
        }
        versions.sort(Comparator.comparingInt(VersionEntry::version));
        VersionEntry first = versions.get(0);
        VersionEntry last = versions.get(versions.size() - 1);
        return new ArticleEntry(articleId, last.version(), first.seen(), last.seen(), last.stamp(), last.url(),
                last.outlet(), last.title());
    }

    /** The replay records (without features) of the article versions holding a term. */
    private List<VersionEntry> replayRecords(Term term) {
        return readWritten(searcher -> {
            List<VersionEntry> out = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var postings = leaf.reader().postings(term);
                if (postings == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                BinaryDocValues replay = null;
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    if (replay == null) {
                        replay = leaf.reader().getBinaryDocValues("replay");
                    }
                    if (replay != null && replay.advanceExact(d)) {
                        out.add(readReplayRecord(replay.binaryValue(), false));
                    }
                }
            }
            return out;
        });
    }

    /** Every version of an article, oldest first; empty when the store has no such article. */
    public List<ArticleVersion> versions(String articleId) {
        return readPublished(searcher -> versionsMatching(searcher, new TermQuery(new Term("aid", articleId))));
    }

    /** Every version of the article at this URL (or with this id), oldest first. */
    public List<ArticleVersion> versionsOf(String urlOrId) {
        return readPublished(searcher -> {
            List<ArticleVersion> byUrl = versionsMatching(searcher, new TermQuery(new Term("key", urlOrId)));
            return byUrl.isEmpty() ? versionsMatching(searcher, new TermQuery(new Term("aid", urlOrId))) : byUrl;
        });
    }

    private static List<ArticleVersion> versionsMatching(IndexSearcher searcher, Query q) throws IOException {
        Query query = new BooleanQuery.Builder().add(new TermQuery(new Term(TYPE, ARTICLE)), BooleanClause.Occur.FILTER)
                .add(q, BooleanClause.Occur.FILTER).build();
        TopDocs docs = searcher.search(query, Math.max(1, searcher.count(query)),
                new Sort(new SortField("stamp", SortField.Type.LONG)));
        List<ArticleVersion> out = new ArrayList<>();
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc sd : docs.scoreDocs) {
            out.add(version(fields.document(sd.doc)));
        }
        out.sort(Comparator.comparingInt(ArticleVersion::version));
        return out;
    }

    private static ArticleVersion version(Document d) {
        var bytes = d.getBinaryValue("analysis");
        return new ArticleVersion(d.get("aid"), d.getField("version").numericValue().intValue(), d.get("hash"),
                Instant.parse(d.get("seen")),
                AnalysisCodec.analysis(Arrays.copyOfRange(bytes.bytes, bytes.offset,
                        bytes.offset + bytes.length)));
    }

    /** The latest version of an article, or null. */
    public ArticleVersion latest(String articleId) {
        return last(readPublished(searcher -> versionsMatching(searcher, new TermQuery(new Term("aid", articleId)))));
    }

    /** The latest version of an article as the writer sees it, uncommitted versions included; or null. */
    ArticleVersion latestWritten(String articleId) {
        return last(readWritten(searcher -> versionsMatching(searcher, new TermQuery(new Term("aid", articleId)))));
    }

    private static ArticleVersion last(List<ArticleVersion> versions) {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** A story by id, or null. */
    public StoredStory story(String storyId) {
        return readPublished(searcher -> story(searcher, storyId));
    }

    /**
     * A story's report as a server sends it.
     *
     * @param json  the story's report (one story of the report document), UTF-8; null before its first report
     * @param stale whether articles joined or changed after it was computed
     */
    public record Report(byte[] json, boolean stale) {
    }

    /**
     * The report of a story, or null when there is no such story: {@link #story}'s report as bytes, from a cache
     * of the reports last read ({@value #REPORT_CACHE_BYTES} bytes at most) that a commit changing a story drops it
     * from.
     */
    public Report report(String storyId) {
        return readPublished(searcher -> {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            ReportCache cache = reports;
            boolean current = cache.version() == version;
            if (current) {
                Report hit = cache.entries().get(storyId);
                if (hit != null) {
                    return hit;
                }
            }
            TopDocs docs = searcher.search(new TermQuery(new Term("sid", storyId)), 1);
            if (docs.scoreDocs.length == 0) {
                return null;
            }
            int doc = docs.scoreDocs[0].doc;
            // The stale flag from the list line's doc values: stored last, it would cost decompressing the report
            // text too.
            boolean stale = listLine(searcher, doc).stale();
            String json = searcher.storedFields().document(reportDoc(searcher, storyId, doc), Set.of("report_json"))
                    .get("report_json");
            Report r = new Report(json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    stale);
            if (current && r.json() != null
                    && cache.bytes().addAndGet(r.json().length) <= REPORT_CACHE_BYTES) {
                cache.entries().putIfAbsent(storyId, r);
            }
            return r;
        });
    }

    private static StoredStory story(IndexSearcher searcher, String storyId) throws IOException {
        TopDocs docs = searcher.search(new TermQuery(new Term("sid", storyId)), 1);
        if (docs.scoreDocs.length == 0) {
            return null;
        }
        int doc = docs.scoreDocs[0].doc;
        Document d = searcher.storedFields().document(doc, Set.of("summary", "activity", "stale"));
        Document r = searcher.storedFields().document(reportDoc(searcher, storyId, doc),
                Set.of("report_json", "report_text"));
        try {
            return new StoredStory(StorySummary.fromJson(Json.MAPPER.readTree(d.get("summary"))),
                    d.getField("activity").numericValue().longValue(), r.get("report_json"), r.get("report_text"),
                    Boolean.parseBoolean(d.get("stale")));
        } catch (IOException e) {
            throw new StoreException("a stored story cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The document that holds a story's report: its report record, or the story's own record in a format-1 store
     * opened to read (where the report was kept, or none before its first report).
     */
    private static int reportDoc(IndexSearcher searcher, String storyId, int storyDoc) throws IOException {
        TopDocs report = searcher.search(new TermQuery(new Term(REPORT_OF, storyId)), 1);
        return report.scoreDocs.length > 0 ? report.scoreDocs[0].doc : storyDoc;
    }

    /** A story's list line as the writer sees it, uncommitted changes included; or null. */
    StoredStory lineWritten(String storyId) {
        return readWritten(searcher -> {
            TopDocs docs = searcher.search(new TermQuery(new Term("sid", storyId)), 1);
            return docs.scoreDocs.length == 0 ? null : listLine(searcher, docs.scoreDocs[0].doc);
        });
    }

    /** The story an article is in now, or null. */
    public String storyOf(String articleId) {
        return readPublished(searcher -> storyOf(searcher, articleId));
    }

    private static String storyOf(IndexSearcher searcher, String articleId) throws IOException {
        TopDocs docs = searcher.search(new TermQuery(new Term("member", articleId)), 1);
        return docs.scoreDocs.length == 0 ? null
                : searcher.storedFields().document(docs.scoreDocs[0].doc, Set.of("sid")).get("sid");
    }

    /**
     * Stories, newest activity first.
     *
     * @param since  only stories whose latest article is of this day or later (null: all)
     * @param text   words that titles must match, ranked by BM25 when given (null: all)
     * @param outlet only stories with an article of this outlet, any case (null: all)
     * @param offset how many to skip
     * @param limit  the most to return
     */
    public List<StoredStory> stories(LocalDate since, String text, String outlet, int offset, int limit) {
        return storyPage(since, text, outlet, offset, limit).stories();
    }

    /**
     * One page of {@link #stories}, and how many stories match over all pages, read from one commit.
     *
     * @param commit the {@link #commitVersion} of the commit it was read from
     */
    public record StoryPage(List<StoredStory> stories, int total, long commit) {
    }

    /**
     * The version of the commit that reads see now; a later commit has a larger one. What a reader may key answers
     * computed from the store by, to know when they are out of date.
     */
    public long commitVersion() {
        return readPublished(searcher -> ((DirectoryReader) searcher.getIndexReader()).getVersion());
    }

    /** As {@link #stories}, with the number of matches, which the search counts anyway. */
    public StoryPage storyPage(LocalDate since, String text, String outlet, int offset, int limit) {
        return readPublished(searcher -> {
            long commit = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            if (since == null && (text == null || text.isBlank()) && (outlet == null || outlet.isBlank())) {
                int[] all = activityOrder(searcher);
                List<StoredStory> out = new ArrayList<>();
                for (int i = Math.max(0, offset); i < Math.min(all.length, (long) offset + limit); i++) {
                    out.add(listLine(searcher, all[i]));
                }
                return new StoryPage(out, all.length, commit);
            }
            Query words = text == null ? null : words(text, Map.of("title", 1f));
            Query query = storyQuery(since, words, outlet);
            int total = searcher.count(query);
            // Never more hits than matches: the collector's queue is sized by what is asked for.
            int n = (int) Math.max(1, Math.min((long) offset + limit, total));
            TopDocs docs = words == null
                    ? searcher.search(query, n, new Sort(new SortField("activity", SortField.Type.LONG, true)))
                    : searcher.search(query, n);
            List<StoredStory> out = new ArrayList<>();
            for (int i = offset; i < docs.scoreDocs.length; i++) {
                out.add(listLine(searcher, docs.scoreDocs[i].doc));
            }
            return new StoryPage(out, total, commit);
        });
    }

    /** Every story of one published commit, newest activity first ({@link #activityOrder}). */
    private record ActivityOrder(long version, int[] docs) {
    }

    private volatile ActivityOrder activityOrder = new ActivityOrder(-1, new int[0]);

    /**
     * The documents of all stories of the searcher's commit, newest activity first (ties in index order, as Lucene's
     * sort gives them), sorted once per commit: the unfiltered list is what is paged most, and sorting every story
     * for each page was most of a page's cost under load (profiled).
     */
    private int[] activityOrder(IndexSearcher searcher) throws IOException {
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        ActivityOrder known = activityOrder;
        if (known.version() == version) {
            return known.docs();
        }
        Query query = storyQuery(null, null, null);
        int total = searcher.count(query);
        TopDocs top = searcher.search(query, Math.max(1, total),
                new Sort(new SortField("activity", SortField.Type.LONG, true)));
        int[] docs = new int[top.scoreDocs.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = top.scoreDocs[i].doc;
        }
        activityOrder = new ActivityOrder(version, docs); // computed twice at worst when two readers meet a new commit
        return docs;
    }

    /** A story's list line (no report): from doc values, or from stored fields in a store written before them. */
    private static StoredStory listLine(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        int local = doc - leaf.docBase;
        BinaryDocValues summary = leaf.reader().getBinaryDocValues(LIST_LINE);
        NumericDocValues activity = leaf.reader().getNumericDocValues("activity");
        NumericDocValues stale = leaf.reader().getNumericDocValues(LIST_STALE);
        if (summary != null && summary.advanceExact(local) && activity != null && activity.advanceExact(local)
                && stale != null && stale.advanceExact(local)) {
            BytesRef b = summary.binaryValue();
            JsonNode json = Json.MAPPER.readTree(b.bytes, b.offset, b.length);
            return new StoredStory(StorySummary.fromJson(json), activity.longValue(), null, null,
                    stale.longValue() == 1);
        }
        Document d = searcher.storedFields().document(doc, Set.of("summary", "activity", "stale"));
        return new StoredStory(StorySummary.fromJson(Json.MAPPER.readTree(d.get("summary"))),
                d.getField("activity").numericValue().longValue(), null, null, Boolean.parseBoolean(d.get("stale")));
    }

    /** The stories matching the filters; {@code words} the title words as a query (null: any title). */
    private static Query storyQuery(LocalDate since, Query words, String outlet) {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TYPE, STORY)), BooleanClause.Occur.FILTER);
        if (since != null) {
            q.add(LongPoint.newRangeQuery("last_day", since.toEpochDay(), Long.MAX_VALUE), BooleanClause.Occur.FILTER);
        }
        if (outlet != null && !outlet.isBlank()) {
            q.add(new TermQuery(new Term("outlet", outlet.strip().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (words != null) {
            q.add(words, BooleanClause.Occur.MUST);
        }
        return q.build();
    }

    /** An article found by {@link #search}: its latest matching version, and the story it is in. */
    public record ArticleHit(String articleId, int version, float score, Article article, String storyId) {
    }

    /**
     * Articles whose title or text match the words (BM25, titles weighted double), best first, one hit per article.
     *
     * @param entity only articles that name this entity (its name or surname, any case; null: all)
     * @param from   only articles published on or after this day (null: no bound)
     * @param to     only articles published on or before this day (null: no bound)
     */
    public List<ArticleHit> search(String text, String entity, LocalDate from, LocalDate to, int limit) {
        return readPublished(searcher -> {
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TYPE, ARTICLE)), BooleanClause.Occur.FILTER);
            Query words = words(text, Map.of("title", 2f, "text", 1f));
            if (words == null) {
                return List.<ArticleHit>of();
            }
            q.add(words, BooleanClause.Occur.MUST);
            if (entity != null && !entity.isBlank()) {
                q.add(entityFilter(entity), BooleanClause.Occur.FILTER);
            }
            if (from != null || to != null) {
                q.add(LongPoint.newRangeQuery("day", from == null ? Long.MIN_VALUE : from.toEpochDay(),
                        to == null ? Long.MAX_VALUE : to.toEpochDay()), BooleanClause.Occur.FILTER);
            }
            TopDocs docs = searcher.search(q.build(), Math.max(1, Math.min(limit, 10_000) * 4));
            Map<String, ArticleHit> best = new LinkedHashMap<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                Document d = fields.document(sd.doc);
                String id = d.get("aid");
                if (best.containsKey(id)) {
                    continue;
                }
                ArticleVersion v = version(d);
                best.put(id, new ArticleHit(id, v.version(), sd.score, v.analysis().article(), storyOf(searcher, id)));
                if (best.size() >= limit) {
                    break;
                }
            }
            return new ArrayList<>(best.values());
        });
    }

    /**
     * Entities are filtered by their whole key name ({@code antony blinken}) or one word of it ({@code blinken}):
     * a reader types a surname. The first versions carry the keys; the filter matches any article naming it.
     */
    private Query entityFilter(String entity) {
        String name = entity.strip().toLowerCase(Locale.ROOT);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new TermQuery(new Term("entity", name)), BooleanClause.Occur.SHOULD);
        any.add(new WildcardQuery(new Term("entity", "* " + name)), BooleanClause.Occur.SHOULD);
        any.add(new WildcardQuery(new Term("entity", name + " *")), BooleanClause.Occur.SHOULD);
        return any.build();
    }

    /**
     * The words of {@code text} as a query over the fields, each field's clause boosted by its weight: analysed
     * with the analyser the fields were indexed with, so no query syntax can fail on what a user typed.
     */
    private Query words(String text, Map<String, Float> fields) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (Map.Entry<String, Float> f : fields.entrySet()) {
            BooleanQuery.Builder field = new BooleanQuery.Builder();
            for (String t : terms) {
                field.add(new TermQuery(new Term(f.getKey(), t)), BooleanClause.Occur.SHOULD);
            }
            q.add(new BoostQuery(field.build(), f.getValue()), BooleanClause.Occur.SHOULD);
        }
        return q.build();
    }

    /** How many articles (not versions) and stories the store holds. */
    public record Size(int articles, int versions, int stories) {
    }

    public Size size() {
        return readPublished(searcher -> new Size(searcher.count(new TermQuery(new Term("first", "true"))),
                searcher.count(new TermQuery(new Term(TYPE, ARTICLE))),
                searcher.count(new TermQuery(new Term(TYPE, STORY)))));
    }

    /** The stories whose report is out of date. */
    Set<String> staleStories() {
        return readWritten(searcher -> {
            Set<String> out = new LinkedHashSet<>();
            Query q = new TermQuery(new Term("stale", "true"));
            TopDocs docs = searcher.search(q, Math.max(1, searcher.count(q)));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                out.add(fields.document(sd.doc, Set.of("sid")).get("sid"));
            }
            return out;
        });
    }

    /** Every story id and the number of articles it holds. */
    Map<String, Integer> storySizes() {
        return readWritten(searcher -> {
            Map<String, Integer> out = new HashMap<>();
            Query q = new TermQuery(new Term(TYPE, STORY));
            TopDocs docs = searcher.search(q, Math.max(1, searcher.count(q)));
            for (ScoreDoc sd : docs.scoreDocs) {
                StorySummary s = listLine(searcher, sd.doc).summary();
                out.put(s.id(), s.articles().size());
            }
            return out;
        });
    }

    @Override
    public void close() {
        try {
            published.close();
            if (written != null) {
                written.close();
            }
            if (writer != null) {
                writer.rollback(); // what was not committed is not kept: a commit is the only way in
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(directory);
        }
    }

    private static void close(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // closing after a failure: the failure is what the user hears of
            }
        }
    }
}
