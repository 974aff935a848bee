package org.collate.eval.extract;

import org.collate.extract.ArticleExtractor;
import org.collate.extract.Extraction;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.model.Article;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Scores extraction on Mozilla Readability's test pages: one folder per page with {@code source.html},
 * {@code expected.html} (the article as Readability.js extracts it) and {@code expected-metadata.json}.
 *
 * <ul>
 *   <li><b>Body</b>: the text content of {@code expected.html} and our article text are cut into {@code \w+} tokens
 *   (letters, digits, underscore, as the extraction benchmark's metric cuts words); bag-of-tokens precision, recall
 *   and F1 per page, averaged over the readerable pages (a page we skip scores 0).</li>
 *   <li><b>Title</b> and <b>byline</b> (our author): exact match after collapsing whitespace, over all readerable
 *   pages; where the expected value is null, we match by giving none.</li>
 *   <li><b>Language</b>: the primary subtag ({@code en} of {@code en-US}), case-insensitive, over the readerable
 *   pages whose expected metadata names one.</li>
 *   <li><b>Not readerable</b>: for pages marked {@code readerable: false}, the share for which we gave no article.</li>
 * </ul>
 */
public final class ReadabilityEvaluator {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The URL Readability's tests give every page. */
    private static final String TEST_URL = "http://fakehost/test/page.html";

    /** One page's outcome; the body figures are NaN for a page that is not readerable. */
    public record PageResult(String name, boolean readerable, boolean extracted, double precision, double recall,
                             double f1, boolean titleMatch, boolean bylineMatch, Boolean languageMatch,
                             String expectedTitle, String title, String expectedByline, String byline,
                             String skipReason) {
    }

    /** The averaged figures. */
    public record Report(List<PageResult> pages, double precision, double recall, double f1, int readerable,
                         double titleRate, double bylineRate, double languageRate, int languagePages,
                         int notReaderable, double notReaderableRate) {

        /** The readerable pages with the lowest body F1 first. */
        public List<PageResult> worst(int n) {
            return pages.stream().filter(PageResult::readerable).sorted(Comparator.comparingDouble(PageResult::f1))
                    .limit(n).toList();
        }
    }

    private final ArticleExtractor extractor;

    public ReadabilityEvaluator(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public Report evaluate(Path dir) throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(dir)) {
            folders = s.filter(p -> Files.isRegularFile(p.resolve("source.html"))).sorted().toList();
        }
        List<PageResult> pages = new ArrayList<>();
        for (Path folder : folders) {
            pages.add(evaluatePage(folder));
        }
        return summarise(pages);
    }

    PageResult evaluatePage(Path folder) throws IOException {
        String name = folder.getFileName().toString();
        JsonNode meta = JSON.readTree(folder.resolve("expected-metadata.json").toFile());
        boolean readerable = meta.path("readerable").asBoolean(true);
        byte[] source = Files.readAllBytes(folder.resolve("source.html"));
        Extraction result = extractor.extract(new RawDocument(folder.resolve("source.html").toString(), source,
                new DeclaredMetadata(null, TEST_URL, null, null, null, null, "html")));
        Article article = result instanceof Extraction.Extracted ok ? ok.article() : null;
        String skip = result instanceof Extraction.Skipped s ? s.reason() : null;

        double p = Double.NaN;
        double r = Double.NaN;
        double f = Double.NaN;
        if (readerable) {
            Path expectedHtml = folder.resolve("expected.html");
            String expected = Files.exists(expectedHtml)
                    ? Jsoup.parse(Files.readString(expectedHtml)).text() : "";
            double[] prf = bagOfTokens(expected, article == null ? "" : article.text());
            p = prf[0];
            r = prf[1];
            f = prf[2];
        }
        String expectedTitle = text(meta, "title");
        String expectedByline = text(meta, "byline");
        String expectedLang = text(meta, "lang");
        String title = article == null ? null : article.title();
        String byline = article == null ? null : article.author();
        boolean titleMatch = same(expectedTitle, title);
        boolean bylineMatch = same(expectedByline, byline);
        Boolean langMatch = expectedLang == null ? null
                : article != null && primarySubtag(expectedLang).equals(primarySubtag(article.language()));
        return new PageResult(name, readerable, article != null, p, r, f, titleMatch, bylineMatch, langMatch,
                expectedTitle, title, expectedByline, byline, skip);
    }

    static Report summarise(List<PageResult> pages) {
        double p = 0;
        double r = 0;
        double f = 0;
        int n = 0;
        int titles = 0;
        int bylines = 0;
        int langs = 0;
        int langPages = 0;
        int unreadable = 0;
        int unreadableSkipped = 0;
        for (PageResult page : pages) {
            if (!page.readerable()) {
                unreadable++;
                if (!page.extracted()) {
                    unreadableSkipped++;
                }
                continue;
            }
            n++;
            p += page.precision();
            r += page.recall();
            f += page.f1();
            titles += page.titleMatch() ? 1 : 0;
            bylines += page.bylineMatch() ? 1 : 0;
            if (page.languageMatch() != null) {
                langPages++;
                langs += page.languageMatch() ? 1 : 0;
            }
        }
        return new Report(pages, n == 0 ? 0 : p / n, n == 0 ? 0 : r / n, n == 0 ? 0 : f / n, n,
                n == 0 ? 0 : titles / (double) n, n == 0 ? 0 : bylines / (double) n,
                langPages == 0 ? 0 : langs / (double) langPages, langPages, unreadable,
                unreadable == 0 ? 0 : unreadableSkipped / (double) unreadable);
    }

    /** Precision, recall and F1 of the predicted text's token bag against the expected text's. */
    static double[] bagOfTokens(String expected, String predicted) {
        Map<String, Integer> e = bag(expected);
        Map<String, Integer> q = bag(predicted);
        int eTotal = e.values().stream().mapToInt(Integer::intValue).sum();
        int qTotal = q.values().stream().mapToInt(Integer::intValue).sum();
        if (eTotal == 0 && qTotal == 0) {
            return new double[]{1, 1, 1};
        }
        int common = 0;
        for (Map.Entry<String, Integer> entry : q.entrySet()) {
            common += Math.min(entry.getValue(), e.getOrDefault(entry.getKey(), 0));
        }
        double p = qTotal == 0 ? 0 : common / (double) qTotal;
        double r = eTotal == 0 ? 0 : common / (double) eTotal;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[]{p, r, f};
    }

    /** The {@code \w+} tokens of a text, counted: runs of letters, digits, other numerals and underscores. */
    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                bag.merge(text.substring(start, i), 1, Integer::sum);
                start = -1;
            }
            i += i < text.length() ? Character.charCount(cp) : 1;
        }
        return bag;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static String text(JsonNode meta, String field) {
        JsonNode v = meta.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** Equal after collapsing whitespace; two absent values are equal. */
    static boolean same(String expected, String actual) {
        String a = collapse(expected);
        String b = collapse(actual);
        return a == null ? b == null : a.equals(b);
    }

    private static String collapse(String s) {
        if (s == null) {
            return null;
        }
        String c = s.strip().replaceAll("\\s+", " ");
        return c.isEmpty() ? null : c;
    }

    static String primarySubtag(String lang) {
        if (lang == null) {
            return "";
        }
        String l = lang.strip().toLowerCase(Locale.ROOT);
        int cut = l.indexOf('-');
        if (cut < 0) {
            cut = l.indexOf('_');
        }
        return cut < 0 ? l : l.substring(0, cut);
    }
}
