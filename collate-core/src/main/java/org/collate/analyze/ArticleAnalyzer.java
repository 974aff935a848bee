package org.collate.analyze;

import org.collate.analyze.entity.EntityRecognizer;
import org.collate.analyze.entity.Gazetteer;
import org.collate.analyze.quantity.NumberExtractor;
import org.collate.analyze.quote.QuoteExtractor;
import org.collate.analyze.quote.SpeakerRanker;
import org.collate.analyze.segment.EnglishModels;
import org.collate.analyze.segment.TextSegmenter;
import org.collate.analyze.signature.MinHasher;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.analyze.signature.TextEmbedder;
import org.collate.analyze.temporal.TemporalExtractor;
import org.collate.limit.Deadline;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.DateMention;
import org.collate.model.Entity;
import org.collate.model.NumberMention;
import org.collate.model.Quote;
import org.collate.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The analysis stage: sentences and tokens, entities, quotes, numbers, dates and signatures for one article, in
 * that order (each step reads what the ones before produced). Thread-safe; heavy resources (models, gazetteer)
 * are shared across instances.
 */
public final class ArticleAnalyzer {

    private final TextSegmenter segmenter;
    private final EntityRecognizer entities;
    private final QuoteExtractor quotes;
    private final NumberExtractor numbers = new NumberExtractor();
    private final TemporalExtractor dates = new TemporalExtractor();
    private final MinHasher minHasher = new MinHasher();
    private final TextEmbedder embedder;
    private final AnalysisLimits limits;
    /**
     * How much of the article the lead embedding reads: the title and this many characters of body (about 80 word
     * pieces with the title, of which the embedder keeps {@link SentenceEmbedder#LEAD_TOKENS}); see
     * {@link AnalyzeSettings#leadChars()}.
     */
    private final int leadChars;

    /** @param embeddings whether to compute the title-and-lead embedding (loads the ONNX model once) */
    public ArticleAnalyzer(boolean embeddings) {
        this(embeddings ? SentenceEmbedder.shared() : null);
    }

    /** @param embedder computes the title-and-lead embedding; null for none */
    public ArticleAnalyzer(TextEmbedder embedder) {
        this(embedder, AnalysisLimits.DEFAULT);
    }

    /**
     * @param embedder computes the title-and-lead embedding; null for none
     * @param limits   bounds on sentences, quotes and numbers
     */
    public ArticleAnalyzer(TextEmbedder embedder, AnalysisLimits limits) {
        this(embedder, limits, AnalyzeSettings.DEFAULT);
    }

    /**
     * @param embedder computes the title-and-lead embedding; null for none
     * @param limits   bounds on sentences, quotes and numbers
     * @param settings the stage's tuned values
     */
    public ArticleAnalyzer(TextEmbedder embedder, AnalysisLimits limits, AnalyzeSettings settings) {
        this(embedder, limits, settings, SpeakerRanker.shipped());
    }

    /**
     * @param embedder computes the title-and-lead embedding; null for none
     * @param limits   bounds on sentences, quotes and numbers
     * @param settings the stage's tuned values
     * @param speakers the model that chooses each quote's speaker; null for the speaker rules alone
     */
    public ArticleAnalyzer(TextEmbedder embedder, AnalysisLimits limits, AnalyzeSettings settings,
                           SpeakerRanker speakers) {
        this.quotes = new QuoteExtractor(Gazetteer.shared()::givenNameGender, settings, speakers);
        this.leadChars = settings.leadChars();
        this.segmenter = new TextSegmenter(EnglishModels.shared(), limits);
        this.entities = new EntityRecognizer(Gazetteer.shared());
        this.embedder = embedder;
        this.limits = limits;
    }

    public AnalyzedArticle analyze(Article article) {
        return analyze(article, warning -> {
        });
    }

    /**
     * Analyses one article; {@code warnings} hears, one line each, which limits the article reached. Inside a
     * {@link org.collate.limit.Deadline} the work stops with {@link org.collate.limit.Deadline.Exceeded} once the
     * budget is spent.
     */
    public AnalyzedArticle analyze(Article article, Consumer<String> warnings) {
        List<String> notes = new ArrayList<>();
        String text = article.text();
        String language = article.language();
        if (!TextSegmenter.hasModels(language)) {
            notes.add("no models for language '" + language + "': sentences and tokens from language-neutral rules, "
                    + "no parts of speech; entities from capitalisation and the gazetteer only; quotes, numbers and "
                    + "dates read with English cues");
        }
        List<Sentence> sentences = segmenter.segment(text, language, warnings);
        Deadline.check();
        List<Entity> found = entities.recognise(sentences, text);
        Deadline.check();
        List<Quote> said = atMost(quotes.extract(text, sentences, found), limits.maxQuotesPerArticle(),
                "quotes", "maxQuotesPerArticle", warnings);
        Deadline.check();
        List<NumberMention> quantities = atMost(numbers.extract(text, sentences), limits.maxNumbersPerArticle(),
                "numbers", "maxNumbersPerArticle", warnings);
        Deadline.check();
        List<DateMention> when = dates.extract(text, sentences,
                article.published() == null ? null : article.published().day());
        Deadline.check();
        float[] embedding = embedder == null ? null : embedder.embed(lead(article, leadChars));
        return new AnalyzedArticle(article, sentences, found, said, quantities, when, minHasher.signature(text),
                embedding, notes);
    }

    /** The first {@code max} items (in text order), with a warning when there were more. */
    private static <T> List<T> atMost(List<T> items, int max, String what, String setting, Consumer<String> warnings) {
        if (items.size() <= max) {
            return items;
        }
        warnings.accept(items.size() + " " + what + " found, the first " + max + " kept (limit " + setting + ")");
        return List.copyOf(items.subList(0, max));
    }

    /** Title and the start of the body: what a reader sees first, and what best says what the story is. */
    static String lead(Article article, int leadChars) {
        String body = article.text();
        String start = body.length() <= leadChars ? body : body.substring(0, leadChars);
        return article.title() == null ? start : article.title() + ". " + start;
    }
}
