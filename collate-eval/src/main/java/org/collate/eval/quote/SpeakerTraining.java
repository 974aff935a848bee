package org.collate.eval.quote;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.quote.QuoteExtractor;
import org.collate.analyze.quote.SpeakerCandidate;
import org.collate.analyze.quote.SpeakerChoice;
import org.collate.analyze.quote.SpeakerRanker;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Quote;
import org.collate.model.Span;
import org.collate.pipeline.OrderedParallelMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the speaker model on PolNeAR documents and cross-validates it. Each document is analysed once (sentences,
 * entities); the candidates of each direct quote do not depend on the model, so one analysis serves every fold.
 * A quote's candidate is right when the evaluator would judge it so ({@link QuoteEvaluator#speakerRight}); quotes
 * that match no gold relation with a source, or whose candidates hold no right one, teach nothing and are left out.
 */
public final class SpeakerTraining {

    /** One analysed document with its annotators' {@code .ann} files as read. */
    public record Document(String name, AnalyzedArticle analysed, List<String> annotations) {
    }

    /** Per fold and pooled figures, for the model and for the rules alone on the same documents. */
    public record CrossValidation(List<QuoteEvaluator.Report> folds, QuoteEvaluator.Report pooled,
                                  QuoteEvaluator.Report rules) {
    }

    private SpeakerTraining() {
    }

    /** Reads and analyses every document of the splits, in name order within each split. */
    public static List<Document> load(List<Path> splits) throws IOException {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        List<Document> out = new ArrayList<>();
        for (Path split : splits) {
            Map<String, List<Path>> docs = QuoteEvaluator.documents(split);
            try (OrderedParallelMapper<Map.Entry<String, List<Path>>, Document> mapper = new OrderedParallelMapper<>(
                    OrderedParallelMapper.defaultThreads(), e -> read(analyzer, split, e.getKey(), e.getValue()),
                    out::add)) {
                for (Map.Entry<String, List<Path>> e : docs.entrySet()) {
                    mapper.accept(e);
                }
                mapper.finish();
            }
        }
        return out;
    }

    private static Document read(ArticleAnalyzer analyzer, Path split, String name, List<Path> annFiles) {
        try {
            Path textFile = split.resolve("text").resolve(name + ".txt");
            String text = Files.readString(textFile, StandardCharsets.UTF_8);
            List<String> anns = new ArrayList<>();
            for (Path p : annFiles) {
                anns.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return new Document(name, analyzer.analyze(QuoteEvaluator.article(name, textFile, text)), anns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The training examples of one document: one per direct quote and annotator that judges it. */
    public static List<SpeakerRanker.Example> examples(Document d) {
        AnalyzedArticle a = d.analysed();
        List<SpeakerRanker.Example> out = new ArrayList<>();
        List<SpeakerChoice> choices = new QuoteExtractor((SpeakerRanker) null)
                .speakerChoices(a.text(), a.sentences(), a.entities());
        for (SpeakerChoice choice : choices) {
            if (choice.candidates().size() < 2) {
                continue;
            }
            for (List<Span> sources : QuoteEvaluator.judgedSources(a.text(), choice.quote(), d.annotations())) {
                if (sources == null) {
                    continue;
                }
                boolean[] right = new boolean[choice.candidates().size()];
                boolean any = false;
                List<List<String>> features = new ArrayList<>(right.length);
                for (int c = 0; c < right.length; c++) {
                    SpeakerCandidate cand = choice.candidates().get(c);
                    right[c] = cand.outerSpan() != null
                            ? QuoteEvaluator.speakerRight(cand.outerSpan(), cand.outerEntityId(), sources, a)
                            : QuoteEvaluator.speakerRight(cand.span(), cand.entityId(), sources, a);
                    any |= right[c];
                    features.add(cand.features());
                }
                if (any) {
                    out.add(new SpeakerRanker.Example(features, right));
                }
            }
        }
        return out;
    }

    /** A model trained on the documents, in their order. */
    public static SpeakerRanker train(List<Document> docs) {
        List<SpeakerRanker.Example> examples = new ArrayList<>();
        for (Document d : docs) {
            examples.addAll(examples(d));
        }
        return SpeakerRanker.train(examples, SpeakerRanker.Settings.DEFAULT);
    }

    /** Scores a document with its quotes extracted again with {@code ranker} (null: the rules alone). */
    public static QuoteEvaluator.DocumentResult score(Document d, SpeakerRanker ranker) {
        AnalyzedArticle a = d.analysed();
        List<Quote> quotes = new QuoteExtractor(ranker).extract(a.text(), a.sentences(), a.entities());
        AnalyzedArticle again = new AnalyzedArticle(a.article(), a.sentences(), a.entities(), quotes, a.numbers(),
                a.dates(), a.minHash(), a.embedding(), a.notes());
        return QuoteEvaluator.score(d.name(), again, d.annotations());
    }

    /**
     * {@code k}-fold cross-validation: documents shuffled with {@code seed} and dealt into folds; each fold scored by
     * a model trained on the other folds only.
     */
    public static CrossValidation crossValidate(List<Document> docs, int k, long seed) {
        List<Document> shuffled = new ArrayList<>(docs);
        shuffled.sort(java.util.Comparator.comparing(Document::name));
        Collections.shuffle(shuffled, new Random(seed));
        List<QuoteEvaluator.Report> folds = new ArrayList<>();
        List<QuoteEvaluator.DocumentResult> all = new ArrayList<>();
        List<QuoteEvaluator.DocumentResult> rules = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Document> trainOn = new ArrayList<>();
            List<Document> held = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % k == f ? held : trainOn).add(shuffled.get(i));
            }
            trainOn.sort(java.util.Comparator.comparing(Document::name));
            SpeakerRanker model = train(trainOn);
            List<QuoteEvaluator.DocumentResult> results = new ArrayList<>();
            for (Document d : held) {
                results.add(score(d, model));
                rules.add(score(d, null));
            }
            all.addAll(results);
            folds.add(QuoteEvaluator.total(results));
        }
        return new CrossValidation(folds, QuoteEvaluator.total(all), QuoteEvaluator.total(rules));
    }
}
