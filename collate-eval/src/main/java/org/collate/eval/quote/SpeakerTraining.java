package org.collate.eval.quote;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.eval.Folds;
import org.collate.eval.learn.ChoiceModelFitter;
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
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
            return new Document(name, analyzer.analyze(QuoteEvaluator.article(name, textFile, text)),
                    QuoteEvaluator.readAll(annFiles));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The training examples of one document: one per direct quote and annotator that judges it. */
    public static List<ChoiceModelFitter.Example> examples(Document d) {
        AnalyzedArticle a = d.analysed();
        List<ChoiceModelFitter.Example> out = new ArrayList<>();
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
                    out.add(new ChoiceModelFitter.Example(features, right));
                }
            }
        }
        return out;
    }

    /** A model trained on the documents, in their order. */
    public static SpeakerRanker train(List<Document> docs) {
        return train(docs, SpeakerTraining::examples);
    }

    private static SpeakerRanker train(List<Document> docs, Function<Document, List<ChoiceModelFitter.Example>> of) {
        List<ChoiceModelFitter.Example> examples = new ArrayList<>();
        for (Document d : docs) {
            examples.addAll(of.apply(d));
        }
        return SpeakerRanker.of(ChoiceModelFitter.fit(examples, ChoiceModelFitter.Settings.DEFAULT));
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
        List<Document> byName = new ArrayList<>(docs);
        byName.sort(Comparator.comparing(Document::name));
        int[] fold = Folds.deal(byName.size(), k, seed);
        // Each document's examples once: its candidates do not depend on the model, and every fold but its own
        // trains on them.
        Map<Document, List<ChoiceModelFitter.Example>> examples = new IdentityHashMap<>();
        for (Document d : byName) {
            examples.put(d, examples(d));
        }
        List<QuoteEvaluator.Report> folds = new ArrayList<>();
        List<QuoteEvaluator.DocumentResult> all = new ArrayList<>();
        List<QuoteEvaluator.DocumentResult> rules = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Document> trainOn = new ArrayList<>();
            List<Document> held = new ArrayList<>();
            for (int i = 0; i < byName.size(); i++) {
                (fold[i] == f ? held : trainOn).add(byName.get(i));
            }
            SpeakerRanker model = train(trainOn, examples::get);
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
