package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Token;
import org.collate.reconcile.FactBuilder;
import org.collate.reconcile.QuoteWordJudge;
import org.collate.reconcile.Synonyms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

final class QuoteWordEdits implements EditMaker {
    private final Synonyms synonyms = Synonyms.shared();
    private static final Map<String, List<String>> PLAIN_WORDS = Map.of(
            "NOUN", List.of("plan", "market", "family", "city", "road", "budget", "team", "school", "house", "water",
                    "court", "company", "season", "garden", "machine", "river", "letter", "kitchen", "weather",
                    "music"),
            "ADJ", List.of("cheap", "green", "quiet", "narrow", "wooden", "frozen", "hungry", "brief", "loud",
                    "purple", "ancient", "tiny", "distant", "wet", "square"),
            "VERB", List.of("sell", "paint", "borrow", "ignore", "cancel", "repeat", "forget", "hide", "delay",
                    "punish", "swallow", "sink", "burn", "freeze", "whisper"));

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        return quoteWords(c);
    }

    private List<Candidate> quoteWords(ArticleContext c) {
        List<Candidate> out = new ArrayList<>();
        for (Quote q : c.a.quotes()) {
            if (!q.direct() || q.text().split("\\s+").length < 5) {
                continue;
            }
            Set<Integer> quoteSentences = new HashSet<>();
            for (Sentence s : c.a.sentences()) {
                if (s.span().overlaps(q.span())) {
                    quoteSentences.add(s.index());
                }
            }
            for (Sentence s : c.a.sentences()) {
                if (!s.span().overlaps(q.span())) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (!q.span().contains(t.span())) {
                        continue;
                    }
                    String w = t.text();
                    String pos = t.pos();
                    if (!PLAIN_WORDS.containsKey(pos) || !w.matches("\\p{Ll}{3,}") || QuoteWordJudge.FUNCTION.contains(w)
                            || QuoteWordJudge.NEGATIONS.contains(w)) {
                        continue;
                    }
                    String replacement = ArticleContext.words(s) >= FactBuilder.MIN_CLAIM_WORDS ? quoteReplacement(w, pos) : null;
                    if (replacement != null) {
                        // The whole quote is the edit's: a quote over several sentences differs in all of them.
                        out.add(new Candidate(Kind.QUOTE_WORD, w + " → " + replacement,
                                List.of(new Change(t.span().start(), t.span().end(), replacement)), quoteSentences));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A word that is no synonym or inflection of {@code w}: its WordNet antonym, else a plain word of the same part of
     * speech (plural nouns keep their "s"); null where neither is safe.
     */
    private String quoteReplacement(String w, String pos) {
        for (String ant : synonyms.antonyms(w)) {
            if (ant.matches("\\p{Ll}+") && !synonyms.similar(w, ant)) {
                return ant;
            }
        }
        boolean plural = pos.equals("NOUN") && w.endsWith("s") && !w.endsWith("ss");
        if (pos.equals("VERB") && (w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing"))) {
            return null; // an inflected verb: a plain replacement would not fit the grammar
        }
        if (pos.equals("ADJ") && (w.endsWith("er") || w.endsWith("est"))) {
            return null;
        }
        List<String> plain = PLAIN_WORDS.get(pos);
        int start = Math.floorMod(w.hashCode(), plain.size());
        for (int k = 0; k < plain.size(); k++) {
            String p = plain.get((start + k) % plain.size());
            String r = !plural ? p : p.endsWith("y") ? p.substring(0, p.length() - 1) + "ies" : p + "s";
            if (!r.equals(w) && !synonyms.similar(w, r)) {
                return r;
            }
        }
        return null;
    }

}
