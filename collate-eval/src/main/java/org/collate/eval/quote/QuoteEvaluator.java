package org.collate.eval.quote;

import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Entity;
import org.collate.model.Mention;
import org.collate.model.Quote;
import org.collate.model.Span;
import org.collate.pipeline.OrderedParallelMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Scores quote extraction and speaker attribution against PolNeAR's gold attribution relations (brat standoff:
 * {@code DIR/text/NAME.txt} and one {@code DIR/attributions/NAME_ANNOTATOR.ann} per annotator).
 *
 * <p>Each {@code .txt} becomes an {@link Article} whose text is the file exactly as read (title line included), so
 * every offset lines up with the gold; the quote extractor itself treats a single line break as a paragraph break.
 *
 * <p>Definitions:
 * <ul>
 * <li><b>Gold relation</b>: an {@code E} line ({@code Attribution} or {@code Attribution-no-source}) with a
 *     {@code Content} span (possibly discontinuous); its speaker is its {@code Source} span(s), when it has one.</li>
 * <li><b>Gold direct quote</b>: a gold relation whose content contains a quotation mark: one of
 *     {@code “ ” " « » „}, two apostrophes {@code ''} (the typewriter style some copy uses for a double mark), or
 *     {@code ‘} followed by a letter (a {@code ’} or {@code '} alone is not counted: it is usually an apostrophe). So partial quotes ("called for “work together”") make a relation direct.</li>
 * <li><b>Overlap</b> of a predicted quote and a gold relation: the number of non-blank characters of the quote's
 *     span that lie inside the relation's content fragments. They <b>match</b> when the overlap is positive and at
 *     least half the non-blank length of the shorter of the two (quote span; content fragments together).</li>
 * <li><b>Direct recall</b>: the share of gold direct quotes matched by at least one predicted direct quote.
 *     <b>Direct precision</b>: the share of predicted direct quotes that match some gold relation (direct or not).
 *     A predicted quote that matches no relation but lies mostly (same half rule) inside a span the annotators
 *     marked {@code Discard} (out of scope: notes, bylines) or {@code Discuss} (undecided) counts neither way.</li>
 * <li><b>Speaker accuracy</b>: over matched predicted direct quotes, each judged against the innermost gold relation
 *     it matches (the one with the shortest content, so "X reports that Y said “…”" is judged against Y) when that
 *     relation has a source: right when the quote's {@code speakerSpan} overlaps a source span, or when the
 *     quote's entity has a mention overlapping a source span.</li>
 * <li><b>All</b>: recall and precision as above over every gold relation (direct, indirect, beliefs) and every
 *     predicted quote (direct and reported).</li>
 * <li><b>Several annotators</b>: a document with several {@code .ann} files is scored against each file separately
 *     and the counts are averaged, so every document weighs the same whatever its number of annotators. An empty
 *     {@code .ann} file is a document without attributions.</li>
 * </ul>
 */
public final class QuoteEvaluator {


    /** Counts over documents (fractional where annotators are averaged). */
    public record Scores(double goldDirect, double foundDirect, double predictedDirect, double correctDirect,
                         double judgedSpeakers, double rightSpeakers, double goldAll, double foundAll,
                         double predictedAll, double correctAll) {

        static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Scores plus(Scores o) {
            return new Scores(goldDirect + o.goldDirect, foundDirect + o.foundDirect,
                    predictedDirect + o.predictedDirect, correctDirect + o.correctDirect,
                    judgedSpeakers + o.judgedSpeakers, rightSpeakers + o.rightSpeakers, goldAll + o.goldAll,
                    foundAll + o.foundAll, predictedAll + o.predictedAll, correctAll + o.correctAll);
        }

        Scores times(double f) {
            return new Scores(goldDirect * f, foundDirect * f, predictedDirect * f, correctDirect * f,
                    judgedSpeakers * f, rightSpeakers * f, goldAll * f, foundAll * f, predictedAll * f,
                    correctAll * f);
        }

        public double directRecall() {
            return ratio(foundDirect, goldDirect);
        }

        public double directPrecision() {
            return ratio(correctDirect, predictedDirect);
        }

        public double speakerAccuracy() {
            return ratio(rightSpeakers, judgedSpeakers);
        }

        public double allRecall() {
            return ratio(foundAll, goldAll);
        }

        public double allPrecision() {
            return ratio(correctAll, predictedAll);
        }

        private static double ratio(double a, double b) {
            return b == 0 ? 1 : a / b;
        }
    }

    /**
     * One error, for reading: {@code missed} (a gold direct quote no prediction matched), {@code false} (a predicted
     * direct quote matching nothing), {@code speaker} (a matched direct quote with the wrong speaker).
     */
    public record Finding(String document, String kind, Span span, String text, String expected, String got) {
    }

    /** The figures and the errors against each document's first annotator. */
    public record Report(Scores scores, int documents, int annotations, List<Finding> findings) {
    }

    /** One document's counts (averaged over its annotators) and its errors against the first annotator. */
    public record DocumentResult(Scores scores, int annotations, List<Finding> findings) {
    }

    private final Function<Article, AnalyzedArticle> analyzer;

    /** @param analyzer the analysis to score (thread-safe: documents are analysed in parallel) */
    public QuoteEvaluator(Function<Article, AnalyzedArticle> analyzer) {
        this.analyzer = analyzer;
    }

    /** A split's documents by name (sorted), each with its annotation files. */
    public static Map<String, List<Path>> documents(Path dir) throws IOException {
        Path annDir = dir.resolve("attributions");
        Map<String, List<Path>> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList()) {
                String name = p.getFileName().toString();
                String doc = name.substring(0, name.lastIndexOf('_'));
                annotations.computeIfAbsent(doc, k -> new ArrayList<>()).add(p);
            }
        }
        return annotations;
    }

    /** The article a document's text file becomes: the file as read, its first line the title. */
    public static Article article(String name, Path textFile, String text) {
        int firstLine = text.indexOf('\n');
        String title = (firstLine < 0 ? text : text.substring(0, firstLine)).strip();
        return new Article(name, textFile.toString(), null, null, title.isEmpty() ? null : title,
                null, "en", null, text, List.of(), "text");
    }

    /** The annotators' {@code .ann} files of a document, as read. */
    public static List<String> readAll(List<Path> annFiles) throws IOException {
        List<String> anns = new ArrayList<>();
        for (Path p : annFiles) {
            anns.add(Files.readString(p, StandardCharsets.UTF_8));
        }
        return anns;
    }

    /** The totals over documents' results. */
    public static Report total(List<DocumentResult> results) {
        Scores total = Scores.ZERO;
        int anns = 0;
        List<Finding> findings = new ArrayList<>();
        for (DocumentResult r : results) {
            total = total.plus(r.scores);
            anns += r.annotations;
            findings.addAll(r.findings);
        }
        return new Report(total, results.size(), anns, findings);
    }

    public Report evaluate(Path dir) throws IOException {
        Path textDir = dir.resolve("text");
        Map<String, List<Path>> annotations = documents(dir);
        List<DocumentResult> results = new ArrayList<>();
        try (OrderedParallelMapper<Map.Entry<String, List<Path>>, DocumentResult> mapper = new OrderedParallelMapper<>(
                OrderedParallelMapper.defaultThreads(), e -> scoreDocument(e.getKey(),
                textDir.resolve(e.getKey() + ".txt"), e.getValue()), results::add)) {
            for (Map.Entry<String, List<Path>> e : annotations.entrySet()) {
                mapper.accept(e);
            }
            mapper.finish();
        }
        return total(results);
    }

    private DocumentResult scoreDocument(String name, Path textFile, List<Path> annFiles) {
        try {
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            AnalyzedArticle analysed = analyzer.apply(article(name, textFile, text));
            return score(name, analysed, readAll(annFiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    /** Scores one analysed document against its annotators' {@code .ann} files (as read). */
    public static DocumentResult score(String name, AnalyzedArticle analysed, List<String> annotations) {
        String text = analysed.text();
        NonBlank nonBlank = new NonBlank(text);
        Scores sum = Scores.ZERO;
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < annotations.size(); i++) {
            BratAttributions gold = BratAttributions.parse(annotations.get(i), text);
            sum = sum.plus(score(name, text, analysed, gold, nonBlank, i == 0 ? findings : null));
        }
        return new DocumentResult(sum.times(1.0 / annotations.size()), annotations.size(), findings);
    }

    /**
     * For each annotator, the sources a direct quote at {@code quote} is judged against (those of the innermost gold
     * relation it matches), or null when it is not judged there (no match, or a relation without a source).
     */
    public static List<List<Span>> judgedSources(String text, Span quote, List<String> annotations) {
        NonBlank nb = new NonBlank(text);
        List<List<Span>> out = new ArrayList<>();
        for (String ann : annotations) {
            List<BratAttributions.Relation> relations = BratAttributions.parse(ann, text).relations();
            int g = innermost(nb, quote, relations);
            out.add(g < 0 || relations.get(g).sources().isEmpty() ? null : relations.get(g).sources());
        }
        return out;
    }

    /** Whether a quote matches a gold relation's content: they share at least half of the shorter's characters. */
    private static boolean matches(NonBlank nb, Span quote, List<Span> content) {
        int o = nb.overlap(quote, content);
        return o > 0 && 2 * o >= Math.min(nb.count(quote), nb.count(content));
    }

    /** The gold relation a quote is judged against: the innermost (shortest) one it matches, or -1. */
    private static int innermost(NonBlank nb, Span quote, List<BratAttributions.Relation> relations) {
        int innermost = -1;
        for (int g = 0; g < relations.size(); g++) {
            if (matches(nb, quote, relations.get(g).content()) && (innermost < 0
                    || nb.count(relations.get(g).content()) < nb.count(relations.get(innermost).content()))) {
                innermost = g;
            }
        }
        return innermost;
    }

    private static Scores score(String name, String text, AnalyzedArticle a, BratAttributions gold, NonBlank nb,
                                List<Finding> findings) {
        List<Quote> quotes = a.quotes();
        int nq = quotes.size();
        int ng = gold.relations().size();
        boolean[][] match = new boolean[nq][ng];
        for (int q = 0; q < nq; q++) {
            for (int g = 0; g < ng; g++) {
                match[q][g] = matches(nb, quotes.get(q).span(), gold.relations().get(g).content());
            }
        }
        double goldDirect = 0, foundDirect = 0, predDirect = 0, correctDirect = 0, judged = 0, right = 0;
        double goldAll = ng, foundAll = 0, predAll = 0, correctAll = 0;
        for (int g = 0; g < ng; g++) {
            BratAttributions.Relation r = gold.relations().get(g);
            boolean anyAll = false;
            boolean anyDirect = false;
            for (int q = 0; q < nq; q++) {
                if (match[q][g]) {
                    anyAll = true;
                    anyDirect |= quotes.get(q).direct();
                }
            }
            foundAll += anyAll ? 1 : 0;
            if (r.direct()) {
                goldDirect++;
                foundDirect += anyDirect ? 1 : 0;
                if (!anyDirect && findings != null) {
                    findings.add(new Finding(name, "missed", r.content().get(0), fragments(text, r.content()),
                            fragments(text, r.sources()), null));
                }
            }
        }
        for (int q = 0; q < nq; q++) {
            Quote quote = quotes.get(q);
            int innermost = innermost(nb, quote.span(), gold.relations());
            if (innermost < 0 && neutral(quote.span(), gold.neutral(), nb)) {
                continue;
            }
            predAll++;
            correctAll += innermost >= 0 ? 1 : 0;
            if (!quote.direct()) {
                continue;
            }
            predDirect++;
            if (innermost < 0) {
                if (findings != null) {
                    findings.add(new Finding(name, "false", quote.span(), quote.text(), null, speakerOf(quote)));
                }
                continue;
            }
            correctDirect++;
            BratAttributions.Relation r = gold.relations().get(innermost);
            if (r.sources().isEmpty()) {
                continue;
            }
            judged++;
            if (speakerRight(quote, r.sources(), a)) {
                right++;
            } else if (findings != null) {
                findings.add(new Finding(name, "speaker", quote.span(), quote.text(), fragments(text, r.sources()),
                        speakerOf(quote)));
            }
        }
        return new Scores(goldDirect, foundDirect, predDirect, correctDirect, judged, right, goldAll, foundAll,
                predAll, correctAll);
    }

    private static String speakerOf(Quote q) {
        return q.speaker() == null ? "(none)" : q.speaker() + (q.verb() == null ? "" : " [" + q.verb() + "]")
                + (q.reportedBy() == null ? "" : " according to " + q.reportedBy());
    }

    /** PolNeAR's source is the outer one when the article has the quote from someone ("…, according to CNN"). */
    private static boolean speakerRight(Quote q, List<Span> sources, AnalyzedArticle a) {
        boolean outer = q.reportedBySpan() != null;
        Span speakerSpan = outer ? q.reportedBySpan() : q.speakerSpan();
        String entityId = outer ? q.reportedByEntityId() : q.entityId();
        return speakerRight(speakerSpan, entityId, sources, a);
    }

    /** Whether a speaker's words, or a mention of its entity, overlap a gold source. */
    public static boolean speakerRight(Span speakerSpan, String entityId, List<Span> sources, AnalyzedArticle a) {
        for (Span s : sources) {
            if (speakerSpan != null && speakerSpan.overlaps(s)) {
                return true;
            }
        }
        Entity e = entityId == null ? null : a.entity(entityId);
        if (e != null) {
            for (Mention m : e.mentions()) {
                for (Span s : sources) {
                    if (m.span().overlaps(s)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean neutral(Span s, List<Span> neutral, NonBlank nb) {
        for (Span x : neutral) {
            if (matches(nb, s, List.of(x))) {
                return true;
            }
        }
        return false;
    }

    private static String fragments(String text, List<Span> spans) {
        if (spans.isEmpty()) {
            return "(no source)";
        }
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (!sb.isEmpty()) {
                sb.append(" … ");
            }
            sb.append(s.of(text));
        }
        return sb.toString();
    }

    /** Counts non-blank characters in ranges of one text in constant time. */
    private static final class NonBlank {
        private final int[] prefix;

        NonBlank(String text) {
            prefix = new int[text.length() + 1];
            for (int i = 0; i < text.length(); i++) {
                prefix[i + 1] = prefix[i] + (Character.isWhitespace(text.charAt(i)) ? 0 : 1);
            }
        }

        int count(int start, int end) {
            int s = Math.max(0, Math.min(start, prefix.length - 1));
            int e = Math.max(s, Math.min(end, prefix.length - 1));
            return prefix[e] - prefix[s];
        }

        int count(Span s) {
            return count(s.start(), s.end());
        }

        int count(List<Span> spans) {
            int n = 0;
            for (Span s : spans) {
                n += count(s);
            }
            return n;
        }

        int overlap(Span s, List<Span> spans) {
            int n = 0;
            for (Span x : spans) {
                n += count(Math.max(s.start(), x.start()), Math.min(s.end(), x.end()));
            }
            return n;
        }
    }
}
