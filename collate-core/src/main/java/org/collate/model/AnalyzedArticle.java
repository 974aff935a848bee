package org.collate.model;

import java.util.List;

/**
 * An article with the language facts the later stages stand on. Every span points into
 * {@code article().text()}.
 *
 * @param article   the clean article
 * @param sentences its sentences and tokens
 * @param entities  people, organisations and places, each with its name variants, roles and mentions
 * @param quotes    direct and reported speech, with speakers
 * @param numbers   quantities and what they count
 * @param dates     date expressions, resolved against the publication date where possible
 * @param minHash   a MinHash signature of the text's word shingles
 * @param embedding a sentence embedding of title and lead (L2-normalised), or null when embeddings are off
 * @param notes     what the analysis could not do fully, in words ("no English models for language 'fr': …")
 */
public record AnalyzedArticle(Article article, List<Sentence> sentences, List<Entity> entities, List<Quote> quotes,
                              List<NumberMention> numbers, List<DateMention> dates, MinHashSignature minHash,
                              float[] embedding, List<String> notes) {
    public AnalyzedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        numbers = List.copyOf(numbers);
        dates = List.copyOf(dates);
        notes = List.copyOf(notes);
    }

    public String id() {
        return article.id();
    }

    public String text() {
        return article.text();
    }

    /** The entity with this article-local id, or null. */
    public Entity entity(String entityId) {
        for (Entity e : entities) {
            if (e.id().equals(entityId)) {
                return e;
            }
        }
        return null;
    }
}
