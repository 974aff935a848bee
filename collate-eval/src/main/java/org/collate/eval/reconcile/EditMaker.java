package org.collate.eval.reconcile;

import java.util.List;
import java.util.Random;

/**
 * One kind of edit of the mutation benchmark: where in an analysed article an edit of this kind can go, as
 * candidates; {@link MutationGenerator} picks one among those whose sentences no earlier edit touches. An empty list
 * means the text offers no place for this kind.
 */
interface EditMaker {

    /**
     * The possible edits of this kind in the article.
     *
     * @param article the analysed article with the places edits must avoid
     * @param random  the article's own random source; a maker that draws from it changes every later draw, so only
     *                makers that need chance (the inserted sentence) use it
     */
    List<Candidate> candidates(ArticleContext article, Random random);
}
