package org.collate.reconcile;

/**
 * The reconcile stage's knobs: its thresholds and weights, chosen on the mutation benchmark and the seed stories,
 * and two switches.
 *
 * @param staleDays                 an article published this many days or more after the story's event is a stale
 *                                  re-publication
 * @param lexicalMatch              lexical similarity at which two sentences match without asking the embedding model
 * @param combinedMatch             combined similarity (meaning, words, entities) at which two sentences match
 * @param meaningWeight             weight of the embedding cosine in the combined similarity
 * @param wordsWeight               weight of the word cosine in the combined similarity
 * @param entitiesWeight            weight of the entity overlap in the combined similarity
 * @param sameQuoteBonus            extra similarity for sentences that carry renderings of one quote
 * @param sameFigureBonus           extra similarity for sentences that state one calendar date, year or figure of 100
 *                                  or more (what a translation or a spun copy keeps verbatim)
 * @param maxEmbeddedSentences      the most sentences embedded for one story: the time bound for large stories
 * @param quoteWordOverlap          share of content words in common that makes two quote renderings one utterance
 * @param quoteMeaning              embedding cosine that makes two lexically different renderings of one speaker one
 *                                  utterance
 * @param maxEmbeddedQuotes         the most quotes embedded for one story: the time bound for large stories
 * @param copyJaccard               shingle Jaccard similarity that makes a copy
 * @param copyContainment           share of one text's shingles in the other that makes a copy
 * @param rewriteCoverage           share of sentences aligned that makes a rewrite (with {@code rewriteOrder})
 * @param rewriteOrder              agreement of the aligned sentences' order that makes a rewrite
 * @param translatedRewriteCoverage the same for a text with machine-translation signs, a rewrite on weaker evidence
 *                                  (translation reorders and drops)
 * @param translatedRewriteOrder    the order agreement for a translated rewrite
 * @param sameSourceContainment     shingle containment that makes two reports of one source
 * @param sameSourceCoverage        sentence coverage that makes two reports of one source
 * @param minClaimWords             a lone sentence of fewer words, with no number, is a heading or a fragment rather
 *                                  than a claim (the mutation benchmark keeps its own copy, so that it does not
 *                                  depend on the detector's setting)
 * @param minNumberClaimWords       a lone sentence of fewer words is no claim even with a number ("7.", "Meal 2")
 * @param quoteNearIdentical        share of their words (in order) two renderings of a quote share to be compared
 *                                  word by word for a change of meaning
 * @param translationSigns          signs of machine translation or spinning that flag a text (one alone is a typo)
 * @param diffNearIdentical         share of their words (in order) two sentences share to be compared word by word
 * @param diffMaxWords              sentences longer than this are not compared word by word (the table costs the
 *                                  product of the lengths)
 * @param collapseCopies            count copies, rewrites and same-source reports of one original as one source when
 *                                  deciding whether a fact is agreed (true in use; the mutation benchmark compares an
 *                                  article with its own edited copy and turns it off); a switch, not in settings files
 * @param embeddings                whether sentence embeddings may be used for the pairs lexical evidence leaves open
 *                                  (a switch, {@code --no-embeddings}, not in settings files)
 */
public record ReconcileSettings(int staleDays, double lexicalMatch, double combinedMatch, double meaningWeight,
                                double wordsWeight, double entitiesWeight, double sameQuoteBonus,
                                double sameFigureBonus, int maxEmbeddedSentences, double quoteWordOverlap,
                                double quoteMeaning, int maxEmbeddedQuotes, double copyJaccard, double copyContainment,
                                double rewriteCoverage, double rewriteOrder, double translatedRewriteCoverage,
                                double translatedRewriteOrder, double sameSourceContainment,
                                double sameSourceCoverage, int minClaimWords, int minNumberClaimWords,
                                double quoteNearIdentical, int translationSigns, double diffNearIdentical,
                                int diffMaxWords, boolean collapseCopies, boolean embeddings) {

    public static final ReconcileSettings DEFAULT = new ReconcileSettings(30, 0.5, 0.42, 0.45, 0.35, 0.20, 0.2, 0.1,
            200, 0.34, 0.70, 100, 0.7, 0.85, 0.5, 0.8, 0.35, 0.5, 0.25, 0.35, 6, 3, 0.7, 2, 0.7, 150, true, true);

    public ReconcileSettings withCollapseCopies(boolean collapse) {
        return new ReconcileSettings(staleDays, lexicalMatch, combinedMatch, meaningWeight, wordsWeight,
                entitiesWeight, sameQuoteBonus, sameFigureBonus, maxEmbeddedSentences, quoteWordOverlap,
                quoteMeaning, maxEmbeddedQuotes, copyJaccard, copyContainment, rewriteCoverage, rewriteOrder,
                translatedRewriteCoverage, translatedRewriteOrder, sameSourceContainment, sameSourceCoverage,
                minClaimWords, minNumberClaimWords, quoteNearIdentical, translationSigns, diffNearIdentical,
                diffMaxWords, collapse, embeddings);
    }

    public ReconcileSettings withEmbeddings(boolean on) {
        return new ReconcileSettings(staleDays, lexicalMatch, combinedMatch, meaningWeight, wordsWeight,
                entitiesWeight, sameQuoteBonus, sameFigureBonus, maxEmbeddedSentences, quoteWordOverlap,
                quoteMeaning, maxEmbeddedQuotes, copyJaccard, copyContainment, rewriteCoverage, rewriteOrder,
                translatedRewriteCoverage, translatedRewriteOrder, sameSourceContainment, sameSourceCoverage,
                minClaimWords, minNumberClaimWords, quoteNearIdentical, translationSigns, diffNearIdentical,
                diffMaxWords, collapseCopies, on);
    }
}
