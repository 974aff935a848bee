package org.collate.link;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The articles seen so far in a Lucene index (in memory), searched with BM25 over their terms and entity keys and
 * filtered by publication day. New articles become searchable when the reader is reopened, every
 * {@value #REOPEN_EVERY} additions; until then the caller also considers the {@link #pending()} ones, so nothing is
 * missed and the reopen cost is spread. Not thread-safe.
 */
final class ArticleIndex implements AutoCloseable {

    static final int REOPEN_EVERY = 32;
    private static final int MAX_QUERY_TERMS = 40;
    private static final int UNDATED = Integer.MIN_VALUE;

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private final List<String> pending = new ArrayList<>();

    ArticleIndex() {
        try {
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
            config.setRAMBufferSizeMB(64);
            writer = new IndexWriter(directory, config);
            reader = DirectoryReader.open(writer);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(LinkFeatures f) {
        Document doc = new Document();
        doc.add(new StringField("id", f.id(), Field.Store.YES));
        doc.add(new TextField("terms", repeat(f.terms(), 3), Field.Store.NO));
        doc.add(new TextField("ents", repeat(f.entities(), 2), Field.Store.NO));
        int day = f.day() == null ? UNDATED : (int) f.day().toEpochDay();
        doc.add(new IntPoint("day", day));
        doc.add(new StoredField("dayValue", day));
        try {
            writer.addDocument(doc);
            pending.add(f.id());
            if (pending.size() >= REOPEN_EVERY) {
                DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
                if (fresh != null) {
                    reader.close();
                    reader = fresh;
                    searcher = new IndexSearcher(reader);
                }
                pending.clear();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Articles added but not yet searchable. */
    List<String> pending() {
        return pending;
    }

    /**
     * The ids of the articles most similar to {@code f}: published within {@code windowDays} of {@code day}; any
     * article, undated ones included, when {@code day} is null or {@code anyDate}.
     *
     * @param weights the article's term weights (tf-idf), to choose the query terms
     */
    List<String> search(LinkFeatures f, Map<String, Double> weights, LocalDate day, int windowDays, boolean anyDate,
                        int k) {
        BooleanQuery.Builder should = new BooleanQuery.Builder();
        weights.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(MAX_QUERY_TERMS)
                .forEach(e -> should.add(new TermQuery(new Term("terms", e.getKey())), BooleanClause.Occur.SHOULD));
        for (String entity : f.entities().keySet()) {
            should.add(new BoostQuery(new TermQuery(new Term("ents", entity)), 2f), BooleanClause.Occur.SHOULD);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(should.build(), BooleanClause.Occur.MUST);
        if (day != null && !anyDate) {
            int d = (int) day.toEpochDay();
            query.add(IntPoint.newRangeQuery("day", d - windowDays, d + windowDays), BooleanClause.Occur.FILTER);
        }
        try {
            Query q = query.build();
            List<String> out = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(q, k).scoreDocs) {
                out.add(searcher.storedFields().document(hit.doc).get("id"));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String repeat(Map<String, Integer> counts, int cap) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((term, n) -> {
            for (int i = 0; i < Math.min(cap, n); i++) {
                sb.append(term).append(' ');
            }
        });
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
