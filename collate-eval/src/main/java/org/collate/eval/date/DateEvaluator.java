package org.collate.eval.date;

import org.collate.extract.date.DateSettings;
import org.collate.extract.date.PublicationDateExtractor;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.extract.DecodedDocument;
import org.collate.extract.DocumentDecoder;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.ExtractSettings;
import org.collate.extract.ExtractionLimits;
import org.collate.extract.html.MarkupRepair;
import org.collate.extract.Extraction;
import org.collate.extract.RejectedDocumentException;
import org.collate.model.DeclaredMetadata;
import org.collate.model.PublicationDate;
import org.collate.model.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Scores publication-date extraction on the date benchmark's layout: {@code gold.json} maps each page's URL to
 * {@code {"file": "<name>.html", "date": "YYYY-MM-DD"}} (the date may be {@code NaN}: the page has no publication
 * date), and the pages lie in {@code html/}.
 *
 * <p>Every page goes through the production path, {@link DocumentExtractor}, with the gold URL declared. That path
 * skips pages whose body is too short to be an article; for those the evaluator decodes and parses the page the
 * same way and asks {@link PublicationDateExtractor} directly, so every page is scored. For pages the production
 * path does extract, both routes are run and any disagreement is counted ({@link Report#pathMismatches()}). A run
 * gives the skipped pages no date, so {@code eval dates} also prints the figures without them
 * ({@link PageResult#skipped()}).
 *
 * <p>Accuracy is correct days over pages given a date (a date on a page whose gold has none is wrong); coverage is
 * pages given a date over all pages.
 */
public final class DateEvaluator {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    /** What happened to one page. */
    public enum Outcome {
        /** A date was given and it is the gold day. */
        CORRECT,
        /** A date was given and it is not the gold day (or the page has no gold date). */
        WRONG,
        /** No date was given though the page has one. */
        ABSTAINED,
        /** No date was given and the page has none. */
        NONE_CORRECTLY
    }

    /**
     * One page's result.
     *
     * @param url       the page's URL (the gold key)
     * @param file      its file name under {@code html/}
     * @param expected  the gold day, or null when the page has none
     * @param predicted what the extractor gave, or null
     * @param skipped   the production path's reason for skipping the page, or null when it extracted it
     * @param skipDay   the day that skip states for the page (shown on its skip line), or null
     * @param explanation every candidate and the decision, when asked for; else null
     */
    public record PageResult(String url, String file, LocalDate expected, PublicationDate predicted, String skipped,
                             PublicationDate skipDay, String explanation) {
        public Outcome outcome() {
            if (predicted == null) {
                return expected == null ? Outcome.NONE_CORRECTLY : Outcome.ABSTAINED;
            }
            return predicted.day().equals(expected) ? Outcome.CORRECT : Outcome.WRONG;
        }
    }

    /** All pages and the figures over them. */
    public record Report(List<PageResult> pages, int pathMismatches) {
        public long count(Outcome outcome) {
            return pages.stream().filter(p -> p.outcome() == outcome).count();
        }

        public long dated() {
            return pages.stream().filter(p -> p.predicted() != null).count();
        }

        /** Correct days over pages given a date (1 when none was given). */
        public double accuracy() {
            long dated = dated();
            return dated == 0 ? 1.0 : (double) count(Outcome.CORRECT) / dated;
        }

        /** Pages given a date over all pages. */
        public double coverage() {
            return pages.isEmpty() ? 0.0 : (double) dated() / pages.size();
        }

        /**
         * The same pages as a run dates them: a page the production path skips as no article keeps only the day its
         * skip states ({@link Extraction.Skipped#published()}, shown on the skip line), none when it states none.
         */
        public Report asRun() {
            return new Report(pages.stream().map(p -> p.skipped() == null ? p
                    : new PageResult(p.url(), p.file(), p.expected(), p.skipDay(), p.skipped(), p.skipDay(),
                    p.explanation())).toList(), pathMismatches);
        }

        /** Wrong and abstained pages, in gold order. */
        public List<PageResult> failures() {
            return pages.stream()
                    .filter(p -> p.outcome() == Outcome.WRONG || p.outcome() == Outcome.ABSTAINED)
                    .toList();
        }
    }

    /** Holds no state: one serves every page. */
    private static final DocumentDecoder DECODER = new DocumentDecoder();
    private final DocumentExtractor production;
    private final PublicationDateExtractor dates;

    /** Scores the stage with {@code settings}: the production path and the direct route both use them. */
    public DateEvaluator(ExtractSettings settings) {
        this(new DocumentExtractor(settings), settings.dates());
    }

    /** Scores {@code production}, whose date settings are the defaults. */
    public DateEvaluator(DocumentExtractor production) {
        this(production, DateSettings.DEFAULT);
    }

    /** Scores {@code production}; pages it skips are dated directly with {@code dates}, which must be its own. */
    public DateEvaluator(DocumentExtractor production, DateSettings dates) {
        this.production = production;
        this.dates = new PublicationDateExtractor(dates);
    }

    /** Scores every page listed in {@code dir/gold.json}. */
    public Report evaluate(Path dir) throws IOException {
        return evaluate(dir, false);
    }

    /** Scores every page; with {@code explain}, each result carries the candidates and the decision. */
    public Report evaluate(Path dir, boolean explain) throws IOException {
        List<PageResult> pages = new ArrayList<>();
        int mismatches = 0;
        for (GoldPage g : goldPages(dir)) {
            byte[] bytes = readPage(g.path());
            Document doc = parse(bytes, g.url());
            PublicationDate direct = doc == null ? null : dates.extract(doc, g.url()).orElse(null);
            String explanation = explain && doc != null ? dates.explain(doc, g.url()) : null;
            Extraction result = production.extract(new RawDocument(g.path().toString(), bytes, declared(g.url())));
            String skipped = null;
            PublicationDate skipDay = null;
            if (result instanceof Extraction.Extracted ok) {
                if (!Objects.equals(day(ok.article().published()), day(direct))) {
                    mismatches++;
                }
            } else if (result instanceof Extraction.Skipped s) {
                skipped = s.reason();
                skipDay = s.published();
            }
            pages.add(new PageResult(g.url(), g.file(), g.day(), direct, skipped, skipDay, explanation));
        }
        return new Report(pages, mismatches);
    }

    /**
     * A page listed in a set's {@code gold.json}.
     *
     * @param day the gold day, or null when the page has none
     */
    public record GoldPage(String url, String file, LocalDate day, Path path) {

        /** The page decoded and parsed as the production path does, or null when the decoder rejects it. */
        public Document parse() throws IOException {
            return DateEvaluator.parse(readPage(path), url);
        }
    }

    /** The pages {@code dir/gold.json} lists, in its order. */
    public static List<GoldPage> goldPages(Path dir) throws IOException {
        JsonNode gold = JSON.readTree(dir.resolve("gold.json").toFile());
        List<GoldPage> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String file = entry.getValue().path("file").asText();
            out.add(new GoldPage(entry.getKey(), file, goldDay(entry.getValue().get("date")),
                    dir.resolve("html").resolve(file)));
        }
        return out;
    }

    private static DeclaredMetadata declared(String url) {
        return new DeclaredMetadata(null, url, null, null, null, null, "html");
    }

    /** The page decoded and parsed as the production path does, or null when the decoder rejects it. */
    private static Document parse(byte[] bytes, String url) {
        try {
            DecodedDocument decoded = DECODER.decode(bytes, declared(url).contentType(),
                    DecodedDocument.Kind.HTML);
            // As in HtmlArticleExtractor: the repair and the parse must match the production path's.
            return Jsoup.parse(MarkupRepair.repair(decoded.text()), url, Parser.htmlParser()
                    .setMaxDepth(ExtractionLimits.DEFAULT.maxHtmlDepth()));
        } catch (RejectedDocumentException e) {
            return null;
        }
    }

    /** The page's bytes, un-gzipped when they are gzip'd (as in dates-web, whose files end in .html.gz). */
    static byte[] readPage(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        if (bytes.length > 2 && bytes[0] == 0x1f && bytes[1] == (byte) 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return in.readAllBytes();
            }
        }
        return bytes;
    }

    private static LocalDate day(PublicationDate d) {
        return d == null ? null : d.day();
    }

    private static LocalDate goldDay(JsonNode date) {
        if (date == null || !date.isTextual()) {
            return null;
        }
        try {
            return LocalDate.parse(date.asText().strip().substring(0, Math.min(10, date.asText().strip().length())));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
