package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link Kind#INSERTED}: a sentence from another benchmark article (one of the donors' plain statements), drawn at
 * random, inserted after a sentence of the copy that truly ends there (not at "Nov." or "U.S.").
 */
final class InsertedSentenceEdits implements EditMaker {

    private static final Pattern SENTENCE_END = Pattern.compile(".*[\\p{Ll}\\d)]{2}[.!?][”\"’)]?$");

    private final List<List<String>> donors;
    private final int self;

    /**
     * @param donors each eligible article's sentences that may be lent
     * @param self   the index of the article being edited, which lends nothing to itself
     */
    InsertedSentenceEdits(List<List<String>> donors, int self) {
        this.donors = donors;
        this.self = self;
    }

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < donors.size(); i++) {
            if (i != self && !donors.get(i).isEmpty()) {
                others.add(i);
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        List<String> from = donors.get(others.get(random.nextInt(others.size())));
        String sentence = from.get(random.nextInt(from.size()));
        if (c.text.contains(sentence)) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        List<Sentence> all = c.a.sentences();
        for (int i = 0; i + 1 < all.size(); i++) {
            Sentence s = all.get(i);
            if (c.crossedByQuote(s) || !trueSentenceEnd(c.text, s)) {
                continue;
            }
            int end = s.span().end();
            out.add(new Candidate(Kind.INSERTED, "from another article", List.of(new Change(end, end, " " + sentence)),
                    Set.of(i)));
        }
        return out;
    }

    /**
     * Whether the sentence really ends where the segmenter ended it: after a word of two lower-case letters or
     * digits and a full stop, question or exclamation mark (not "Nov." or "U.S."), and before a capital, a quotation
     * mark or a new paragraph.
     */
    private static boolean trueSentenceEnd(String text, Sentence s) {
        if (!SENTENCE_END.matcher(s.text()).matches()) {
            return false;
        }
        int k = s.span().end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n' || Character.isUpperCase(text.charAt(k))
                || "“\"‘'(".indexOf(text.charAt(k)) >= 0;
    }
}
