package org.collate.reconcile;

import org.collate.model.AnalyzedArticle;
import org.collate.model.DateMention;
import org.collate.model.Mention;
import org.collate.model.NumberMention;
import org.collate.model.Quote;
import org.collate.model.Sentence;

import java.util.List;
import java.util.Map;

/**
 * One sentence of a story's article, with what reconciliation compares: its stemmed content words, the roster
 * entities it names, and the numbers, dates, quotes and entity mentions inside it.
 *
 * @param index    its position among all the story's sentences
 * @param article  the article (index into the story's article list)
 * @param sentence the sentence
 * @param terms    stemmed content words with counts
 * @param entities roster entity ids named in it
 */
record StorySentence(int index, int article, AnalyzedArticle source, Sentence sentence, Map<String, Integer> terms,
                     List<String> entities, List<Mention> mentions, List<NumberMention> numbers,
                     List<DateMention> dates, List<Quote> quotes) {

    String articleId() {
        return source.id();
    }

    String text() {
        return sentence.text();
    }

    int words() {
        return sentence.tokens().size();
    }
}
