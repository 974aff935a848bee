package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Sentence;
import org.collate.model.Token;
import org.collate.reconcile.QuoteWordJudge;
import org.collate.reconcile.Synonyms;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

final class SynonymRewording implements EditMaker {
    private final Synonyms synonyms = Synonyms.shared();

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : c.a.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!(t.pos().equals("NOUN") || t.pos().equals("ADJ")) || !w.matches("\\p{Ll}{4,}")
                        || c.inQuote(t.span()) || ArticleContext.any(c.mentions, t.span())
                        || ArticleContext.any(c.numbers, t.span())
                        || ArticleContext.any(c.dates, t.span()) || QuoteWordJudge.FUNCTION.contains(w)) {
                    continue;
                }
                for (String syn : synonyms.synonyms(w, 1, t.pos())) {
                    if (syn.matches("\\p{Ll}{3,}") && !synonyms.baseForms(syn).contains(w)
                            && !synonyms.baseForms(w).contains(syn)) {
                        ArticleContext.add(out, c.single(Kind.REWORDED, w + " → " + syn + " (synonym)",
                                t.span().start(), t.span().end(), syn));
                        break;
                    }
                }
            }
        }
        return out;
    }
}
