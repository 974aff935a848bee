package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * {@link Kind#DROPPED}: a sentence of {@value MutationGenerator#MIN_CLAIM_WORDS} words or more (not the first, and
 * not one a quote crosses) deleted from the copy, with the space or paragraph break that separated it.
 */
final class DroppedSentenceEdits implements EditMaker {

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        String text = c.text;
        for (Sentence s : c.a.sentences()) {
            int words = ArticleContext.words(s);
            if (s.index() == 0 || words < MutationGenerator.MIN_CLAIM_WORDS || c.crossedByQuote(s)) {
                continue;
            }
            int start = s.span().start();
            int end = s.span().end();
            int after = end;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            int before = start;
            while (before > 0 && text.charAt(before - 1) == ' ') {
                before--;
            }
            Change ch;
            if (after < text.length() && text.charAt(after) != '\n') {
                ch = new Change(start, after, ""); // another sentence follows in the paragraph
            } else if (before > 0 && text.charAt(before - 1) != '\n') {
                ch = new Change(before, end, ""); // another sentence precedes it in the paragraph
            } else {
                int p = before;
                while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
                    p--;
                }
                ch = p > 0 ? new Change(p, end, "") : new Change(start, after, ""); // a paragraph of its own
            }
            out.add(new Candidate(Kind.DROPPED, "sentence of " + words + " words", List.of(ch), Set.of(s.index())));
        }
        return out;
    }
}
