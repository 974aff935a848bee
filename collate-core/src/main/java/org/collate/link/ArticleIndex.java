package org.collate.link;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.codecs.PostingsFormat;
import org.apache.lucene.codecs.bloom.BloomFilterFactory;
import org.apache.lucene.codecs.bloom.BloomFilteringPostingsFormat;
import org.apache.lucene.codecs.bloom.FuzzySet;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.FieldType;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BitUtil;
import org.apache.lucene.util.BytesRef;
import org.collate.model.MinHashSignature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles seen so far in a Lucene index (memory-mapped, in a temporary folder removed on close), searched with BM25 over their terms and entity keys and
 * filtered by publication day. New articles become searchable when the reader is reopened, every
 * {@value #REOPEN_EVERY} additions; until then a small in-memory index of the pending ones answers for them
 * ({@link #pending}), so nothing is missed, segments stay few and the reopen cost is spread.
 *
 * <p>It also finds copies ({@link #copies}): the bands of each MinHash signature ({@link NearDuplicateIndex}'s locality
 * sensitive hashing) are indexed as terms and the signature kept beside them as a doc value, so the copies of every
 * article ever seen are found on disk, with only the articles since the last reopen in a small in-memory
 * {@link NearDuplicateIndex}. (Held on the heap, the bands and signatures of every article were a kilobyte each, the
 * part of the clusterer's memory that grew with the corpus however many stories had ended.) Not thread-safe.
 */
final class ArticleIndex implements AutoCloseable {

    static final int REOPEN_EVERY = 512;
    /** Query sizes: {@link ClusterSettings#queryTerms()}, {@code queryEntities()}, {@code quotePairs()}. */
    private final int maxQueryTerms;
    private final int maxQueryEntities;
    private final int maxQuotePairs;
    /**
     * An undated article's "day" is this plus its arrival number: far below any real day, and ordered by arrival, so
     * that a search reaches the undated articles of the last {@link ClusterSettings#undatedActiveArticles()} arrivals
     * only, and older segments drop out of it whole.
     */
    private static final int UNDATED = Integer.MIN_VALUE;
    private final int undatedReach;
    /**
     * Terms with their counts and length norms, for BM25, but no positions: no query here is a phrase. A term's count
     * is capped (3 for terms, 2 for entity keys), as if it were written out that many times at most.
     */
    private static final FieldType COUNTED_TERMS = new FieldType();

    static {
        COUNTED_TERMS.setTokenized(true);
        COUNTED_TERMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        COUNTED_TERMS.freeze();
    }

    private final java.nio.file.Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final PendingArticles pending = new PendingArticles();
    /** The two counted fields' token streams, reused from document to document. */
    private final CountedTerms termTokens = new CountedTerms();
    private final CountedTerms entityTokens = new CountedTerms();
    private final GivenTerms bandTokens = new GivenTerms();
    private final GivenTerms quoteTokens = new GivenTerms();
    /**
     * Article ids by Lucene document number: documents are only ever appended and the merge policy merges adjacent
     * segments only, so a document's number is its arrival order (reading a stored id field per hit cost a tenth
     * of the search time, decompressing stored-field blocks).
     */
    private final List<String> ids = new ArrayList<>();
    /** Statistics of the terms searched since the reader was last reopened ({@link #termQuery}). */
    private final Map<Term, TermStates> termStates = new HashMap<>();
    /** The band terms and signatures of the articles that take part in copy matching ({@link #copies}). */
    private static final String BANDS = "bands";
    private static final String SIGNATURE = "minhash";
    private final double copyJaccard;
    /** The copyable articles added since the last reopen. */
    private NearDuplicateIndex pendingCopies;

    ArticleIndex(ClusterSettings settings) {
        maxQueryTerms = settings.queryTerms();
        maxQueryEntities = settings.queryEntities();
        maxQuotePairs = settings.quotePairs();
        undatedReach = settings.undatedActiveArticles();
        copyJaccard = settings.duplicateJaccard();
        pendingCopies = NearDuplicateIndex.standard(copyJaccard);
        try {
            // A memory-mapped index in a temporary folder: the operating system caches it, and Lucene reads it
            // without the slicing overhead of its heap directory (profiled: that overhead dominated queries).
            folder = java.nio.file.Files.createTempDirectory("collate-link-");
            directory = new MMapDirectory(folder);
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setRAMBufferSizeMB(64);
            config.setUseCompoundFile(false); // a temporary index: fewer copies on flush, file count does not matter
            // Band terms through a Bloom filter: nearly every band of nearly every article is in no earlier article,
            // and without the filter each was a seek into every segment's terms (profiled: a quarter of the time).
            PostingsFormat bloom = new BloomFilteringPostingsFormat(PostingsFormat.forName("Lucene103"),
                    new BandFilters());
            config.setCodec(new Lucene103Codec() {
                @Override
                public PostingsFormat getPostingsFormatForField(String field) {
                    return BANDS.equals(field) ? bloom : super.getPostingsFormatForField(field);
                }
            });
            LogByteSizeMergePolicy merges = new LogByteSizeMergePolicy();
            merges.setMergeFactor(3);
            config.setMergePolicy(merges);
            writer = new IndexWriter(directory, config);
            reader = DirectoryReader.open(writer);
            searcher = searcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Bloom filters sized for the band terms: Lucene's default sizes a segment's filter for one term per document,
     * which {@link NearDuplicateIndex#BANDS} terms per document saturate, and a saturated filter is dropped.
     */
    private static final class BandFilters extends BloomFilterFactory {
        @Override
        public FuzzySet getSetForField(SegmentWriteState state, FieldInfo info) {
            return FuzzySet.createOptimalSet(Math.max(1, state.segmentInfo.maxDoc()) * NearDuplicateIndex.BANDS,
                    0.02f);
        }

        @Override
        public boolean isSaturated(FuzzySet set, FieldInfo info) {
            return set.getSaturation() > 0.9f;
        }
    }

    /**
     * A searcher without the query cache: each query here is an article's own terms, asked once, and the cache's
     * bookkeeping (usage tracking, caching the day filters) cost more than it saved.
     */
    private IndexSearcher searcher(DirectoryReader reader) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        termStates.clear(); // they belong to the previous reader
        return searcher;
    }

    /** @param copyable whether the article takes part in copy matching ({@link #copies}) */
    void add(LinkFeatures f, boolean copyable) {
        Document doc = new Document();
        if (copyable) {
            MinHashSignature signature = f.minHash();
            BytesRef[] bands = new BytesRef[NearDuplicateIndex.BANDS];
            for (int b = 0; b < bands.length; b++) {
                bands[b] = bandTerm(signature, b);
            }
            doc.add(new Field(BANDS, bandTokens.of(bands), GivenTerms.TYPE));
            doc.add(new BinaryDocValuesField(SIGNATURE, encode(signature)));
            pendingCopies.add(f.id(), signature);
        }
        doc.add(new Field("terms", termTokens.of(f.terms(), 3), COUNTED_TERMS));
        doc.add(new Field("ents", entityTokens.of(f.entities(), 2), COUNTED_TERMS));
        if (!f.quoteWords().isEmpty()) {
            BytesRef[] pairs = new BytesRef[f.quoteWords().size()];
            int i = 0;
            for (String pair : f.quoteWords()) {
                pairs[i++] = new BytesRef(pair); // a pair of words is one term
            }
            doc.add(new Field("quotes", quoteTokens.of(pairs), GivenTerms.TYPE));
        }
        int day = f.day() == null ? UNDATED + ids.size() : (int) f.day().toEpochDay();
        doc.add(new IntPoint("day", day));
        try {
            writer.addDocument(doc);
            ids.add(f.id());
            pending.add(f);
            if (pending.size() >= REOPEN_EVERY) {
                DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
                if (fresh != null) {
                    reader.close();
                    reader = fresh;
                    searcher = searcher(reader);
                }
                pending.clear();
                pendingCopies = NearDuplicateIndex.standard(copyJaccard);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The articles added since the last reopen that share an entity or a query term with {@code f}, ranked by the
     * article's weight of what they share (an entity counting as much as its top term), ties in the order they were
     * first found (the top term's articles first, each term's in order of arrival).
     * Until the reader is reopened these are the latest reports, the ones a new report most often belongs with, so a
     * single shared term is enough to be ranked; the caller takes the first few stories.
     */
    List<String> pending(LinkFeatures f, Map<String, Double> weights, List<String> queryTerms) {
        return pending.sharing(f, weights, queryTerms);
    }

    /** Heaviest first, ties broken by the term. */
    private static final Comparator<Map.Entry<String, Double>> BY_WEIGHT = (a, b) ->
            a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                    : Double.compare(b.getValue(), a.getValue());
    /** Most mentioned first, ties broken by the key. */
    private static final Comparator<Map.Entry<String, Integer>> BY_COUNT = (a, b) ->
            a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
                    : Integer.compare(b.getValue(), a.getValue());

    /** The terms an article is searched by: its highest-weighted ones, ties broken by the term. */
    List<String> queryTerms(Map<String, Double> weights) {
        return firstKeys(weights, BY_WEIGHT, maxQueryTerms);
    }

    /**
     * The first {@code k} keys of {@code m} in {@code order} (a total order: keys are distinct), kept in a small sorted
     * buffer as the entries pass: an article has a few hundred terms and is searched by 15, so sorting them all (as a
     * stream did) cost a tenth of the search.
     */
    @SuppressWarnings("unchecked")
    static <V> List<String> firstKeys(Map<String, V> m, Comparator<Map.Entry<String, V>> order, int k) {
        Map.Entry<String, V>[] best = new Map.Entry[Math.min(k, m.size())];
        int n = 0;
        for (Map.Entry<String, V> e : m.entrySet()) {
            if (n == best.length && (n == 0 || order.compare(e, best[n - 1]) >= 0)) {
                continue;
            }
            int at = n < best.length ? n++ : n - 1; // the last place, freed when the buffer is full
            while (at > 0 && order.compare(e, best[at - 1]) < 0) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = e;
        }
        List<String> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(best[i].getKey());
        }
        return keys;
    }

    /**
     * The ids of the articles most similar to {@code f}: recent undated ones and those published within {@code windowDays}
     * of {@code day}; any article when {@code day} is null.
     *
     * @param queryTerms the article's {@link #queryTerms}
     */
    List<String> search(LinkFeatures f, List<String> queryTerms, LocalDate day, int windowDays, int k) {
        try {
            BooleanQuery.Builder should = new BooleanQuery.Builder();
            for (String t : queryTerms) {
                should.add(termQuery("terms", t), BooleanClause.Occur.SHOULD);
            }
            for (String e : firstKeys(f.entities(), BY_COUNT, maxQueryEntities)) {
                should.add(new BoostQuery(termQuery("ents", e), 2f), BooleanClause.Occur.SHOULD);
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder().add(should.build(), BooleanClause.Occur.MUST);
            if (day != null) {
                int d = (int) day.toEpochDay();
                Query inWindow = IntPoint.newRangeQuery("day", d - windowDays, d + windowDays);
                // The undated articles within an undated story's reach (an active undated story has its last member
                // there). Reaching every undated article ever seen cost more than the window's search as the index
                // grew, and filled the top hits with the members of ended stories.
                int n = ids.size();
                Query undated = IntPoint.newRangeQuery("day", UNDATED + Math.max(0, n - undatedReach), UNDATED + n);
                query.add(new BooleanQuery.Builder().add(inWindow, BooleanClause.Occur.SHOULD)
                        .add(undated, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER);
            }
            List<String> out = new ArrayList<>();
            // Hits are counted only up to k, which lets the scorer skip documents that cannot enter the top k.
            for (ScoreDoc hit : searcher.search(query.build(), new TopScoreDocCollectorManager(k, k)).scoreDocs) {
                out.add(ids.get(hit.doc));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A query for one term, with its statistics looked up once per reader: recent articles share many query terms,
     * and looking a term up in every segment was a third of the search time. The statistics are the ones Lucene would
     * look up itself, so scores do not change.
     */
    private TermQuery termQuery(String field, String text) throws IOException {
        Term term = new Term(field, text);
        TermStates states = termStates.get(term);
        if (states == null) {
            states = termStates(term);
            termStates.put(term, states);
        }
        return new TermQuery(term, states);
    }

    /**
     * What {@link TermStates#build} finds, looked up with {@link TermsEnum#seekExact}: {@code build} prefetches each
     * segment's terms block, and a prefetch first asks the operating system whether the block is in memory (one
     * {@code mincore} call per term and segment), which in this small temporary index it always is. Profiled, the
     * calls were 6 % of the clustering thread's samples, and the lookups cost about 2 % less in all without them.
     */
    private TermStates termStates(Term term) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        TermStates states = new TermStates(top);
        for (LeafReaderContext leaf : top.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (te.seekExact(term.bytes())) {
                states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
            }
        }
        return states;
    }

    /**
     * The articles of any date that share at least {@code minShared} quote word pairs with {@code f}, most shared
     * first, pending ones included: the candidates of the rewrite path. Quote word pairs are rare terms, so their
     * postings stay short however large the index grows, where a search on common terms over all dates would not.
     */
    List<String> quoting(LinkFeatures f, int minShared, int k) {
        if (f.quoteWords().size() < minShared) {
            return List.of();
        }
        List<String> pairs = f.quoteWords().stream().sorted().limit(maxQuotePairs).toList();
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        List<String> out = new ArrayList<>();
        try {
            for (String q : pairs) {
                // Looked up as the search's terms are (termStates), but not kept: a quote pair is rarely asked twice.
                Term term = new Term("quotes", q);
                should.add(new TermQuery(term, termStates(term)), BooleanClause.Occur.SHOULD);
            }
            should.setMinimumNumberShouldMatch(minShared);
            for (ScoreDoc hit : searcher.search(should.build(), new TopScoreDocCollectorManager(k, k)).scoreDocs) {
                out.add(ids.get(hit.doc));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.addAll(pending.quoting(pairs, minShared));
        return out;
    }

    /**
     * The earlier copyable articles whose estimated Jaccard similarity with {@code signature} is at least the copy
     * threshold, best first, ties to the earliest: what {@link NearDuplicateIndex#query} would answer had every
     * article been added to one.
     */
    List<NearDuplicateIndex.Match> copies(MinHashSignature signature) {
        BytesRef[] keys = new BytesRef[NearDuplicateIndex.BANDS];
        for (int b = 0; b < keys.length; b++) {
            keys[b] = bandTerm(signature, b);
        }
        Arrays.sort(keys); // seeks in term order
        List<Copy> found = new ArrayList<>();
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms terms = leaf.reader().terms(BANDS);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                IntOpenHashSet seen = new IntOpenHashSet();
                IntArrayList docs = new IntArrayList();
                PostingsEnum postings = null;
                for (BytesRef key : keys) {
                    if (!te.seekExact(key)) {
                        continue;
                    }
                    postings = te.postings(postings, PostingsEnum.NONE);
                    for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                        if (seen.add(d)) {
                            docs.add(d);
                        }
                    }
                }
                if (docs.isEmpty()) {
                    continue;
                }
                docs.sort(null); // doc values are read forward
                BinaryDocValues signatures = leaf.reader().getBinaryDocValues(SIGNATURE);
                for (int i = 0; i < docs.size(); i++) {
                    int d = docs.getInt(i);
                    if (signatures.advanceExact(d)) {
                        double j = decode(signatures.binaryValue()).similarity(signature);
                        if (j >= copyJaccard) {
                            int doc = leaf.docBase + d;
                            found.add(new Copy(doc, new NearDuplicateIndex.Match(ids.get(doc), j)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The pending articles came after every searchable one, and their index answers equals in the order they
        // were added: their rank in its answer, after the last document, keeps both orders.
        List<NearDuplicateIndex.Match> pendingMatches = pendingCopies.query(signature);
        for (int r = 0; r < pendingMatches.size(); r++) {
            found.add(new Copy(ids.size() + r, pendingMatches.get(r)));
        }
        found.sort(Comparator.comparingDouble((Copy c) -> c.match().jaccard()).reversed()
                .thenComparingInt(Copy::arrival));
        return found.stream().map(Copy::match).toList();
    }

    /** A copy found, with where it stands in arrival order for ties. */
    private record Copy(int arrival, NearDuplicateIndex.Match match) {
    }

    /** One band of a signature as a term: the band's number, then its key. */
    private static BytesRef bandTerm(MinHashSignature s, int band) {
        byte[] b = new byte[9];
        b[0] = (byte) band;
        BitUtil.VH_BE_LONG.set(b, 1, NearDuplicateIndex.bandKey(s, band, NearDuplicateIndex.ROWS));
        return new BytesRef(b);
    }

    private static BytesRef encode(MinHashSignature s) {
        byte[] b = new byte[s.size() * Integer.BYTES];
        for (int i = 0; i < s.size(); i++) {
            BitUtil.VH_BE_INT.set(b, i * Integer.BYTES, s.value(i));
        }
        return new BytesRef(b);
    }

    /** A signature stored by {@link #encode} (read only for the few documents that share a band). */
    private static MinHashSignature decode(BytesRef stored) {
        int[] values = new int[stored.length / Integer.BYTES];
        for (int i = 0; i < values.length; i++) {
            values[i] = (int) BitUtil.VH_BE_INT.get(stored.bytes, stored.offset + i * Integer.BYTES);
        }
        return new MinHashSignature(values);
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
            directory.close();
            try (var files = java.nio.file.Files.list(folder)) {
                for (java.nio.file.Path f : files.toList()) {
                    java.nio.file.Files.deleteIfExists(f);
                }
            }
            java.nio.file.Files.deleteIfExists(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
