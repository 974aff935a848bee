package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Sentence;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** {@link Kind#REWORDED}: "said" → "stated", "says" → "states", outside quotes. */
final class SaidRewording implements EditMaker {

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : c.a.sentences()) {
            for (Token t : s.tokens()) {
                String replacement = switch (t.text()) {
                    case "said" -> "stated";
                    case "says" -> "states";
                    default -> null;
                };
                if (replacement != null && !c.inQuote(t.span())) {
                    ArticleContext.add(out, c.single(Kind.REWORDED, t.text() + " → " + replacement, t.span().start(),
                            t.span().end(), replacement));
                }
            }
        }
        return out;
    }
}
