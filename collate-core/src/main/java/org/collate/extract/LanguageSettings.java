package org.collate.extract;

/**
 * The language identifier's thresholds ({@link LanguageIdentifier}), a record of their own because the identifier
 * is a thing of its own (shared, its model loaded once, used by the evaluation too) and takes only these. Chosen
 * for news text: the English fast path's counts from the share of English function words in news in English (0.23
 * in the median, 0.15 at the 5th percentile) against the Czech, German, French and Spanish pages of the
 * readability set (0.0); the model's sample for its speed (0.68 ms at 2,000 characters, about 0.5 ms at 500).
 *
 * @param minConfidence           the model's confidence below which the answer is "und" (undetermined)
 * @param maxChars                characters of the text the model reads: enough for its character n-grams to settle
 *                                on news text
 * @param fastPathWords           words the English fast path reads from the start of the text
 * @param fastPathMinWords        fewer words than this are too few for the fast path to tell; the model decides
 * @param fastPathWordsPerEnglish the fast path calls a text English when at least one in this many of its words is
 *                                an English function word
 */
public record LanguageSettings(double minConfidence, int maxChars, int fastPathWords, int fastPathMinWords,
                               int fastPathWordsPerEnglish) {

    public static final LanguageSettings DEFAULT = new LanguageSettings(0.2, 500, 60, 20, 6);
}
