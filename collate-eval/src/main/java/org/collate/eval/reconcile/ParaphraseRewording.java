package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Kind#REWORDED}: a word or phrase outside quotes, names, numbers and dates replaced by a paraphrase from a
 * fixed list written for this benchmark ("began" → "started", "more than" → "over", "large" → "big").
 *
 * <p>The list is hand-written rather than drawn from WordNet: a synonym from WordNet's first sense is exactly what the
 * reconcile stage's synonym test accepts, so such a rewording could never be flagged and tested nothing. These pairs
 * were chosen by what an editor rewrites, not by what the stage knows; single words carry the part of speech in which
 * the pair holds ("firm" the noun, not the adjective).
 */
final class ParaphraseRewording implements EditMaker {

    /** Word → paraphrase, with the part of speech it must have. */
    record Paraphrase(String word, String pos, String replacement) {
    }

    static final List<Paraphrase> WORDS = List.of(
            new Paraphrase("company", "NOUN", "firm"), new Paraphrase("companies", "NOUN", "firms"),
            new Paraphrase("employees", "NOUN", "workers"), new Paraphrase("employee", "NOUN", "worker"),
            new Paraphrase("residents", "NOUN", "inhabitants"), new Paraphrase("physicians", "NOUN", "doctors"),
            new Paraphrase("physician", "NOUN", "doctor"), new Paraphrase("assistance", "NOUN", "help"),
            new Paraphrase("children", "NOUN", "kids"), new Paraphrase("automobile", "NOUN", "car"),
            new Paraphrase("large", "ADJ", "big"), new Paraphrase("big", "ADJ", "large"),
            new Paraphrase("additional", "ADJ", "extra"), new Paraphrase("entire", "ADJ", "whole"),
            new Paraphrase("difficult", "ADJ", "hard"), new Paraphrase("enormous", "ADJ", "huge"),
            new Paraphrase("rapid", "ADJ", "quick"), new Paraphrase("initial", "ADJ", "first"),
            new Paraphrase("nearly", "ADV", "almost"), new Paraphrase("almost", "ADV", "nearly"),
            new Paraphrase("approximately", "ADV", "about"), new Paraphrase("roughly", "ADV", "about"),
            new Paraphrase("quickly", "ADV", "rapidly"), new Paraphrase("currently", "ADV", "now"),
            new Paraphrase("previously", "ADV", "earlier"), new Paraphrase("completely", "ADV", "entirely"),
            new Paraphrase("frequently", "ADV", "often"), new Paraphrase("often", "ADV", "frequently"),
            new Paraphrase("began", "VERB", "started"), new Paraphrase("begin", "VERB", "start"),
            new Paraphrase("begins", "VERB", "starts"), new Paraphrase("beginning", "VERB", "starting"),
            new Paraphrase("purchased", "VERB", "bought"), new Paraphrase("purchase", "VERB", "buy"),
            new Paraphrase("attempted", "VERB", "tried"), new Paraphrase("assisted", "VERB", "helped"),
            new Paraphrase("demonstrated", "VERB", "showed"));
    /** Phrases, whatever their parts of speech. */
    static final Map<String, String> PHRASES = Map.of("more than", "over", "prior to", "before",
            "in order to", "to", "a number of", "several", "due to", "because of");

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : c.a.sentences()) {
            for (Token t : s.tokens()) {
                String lower = t.text().toLowerCase(Locale.ROOT);
                for (Paraphrase p : WORDS) {
                    if (p.word().equals(lower) && p.pos().equals(t.pos()) && free(c, t.span())
                            && (t.text().equals(lower) || c.sentenceStart(t.span().start()))) {
                        ArticleContext.add(out, c.single(Kind.REWORDED, lower + " → " + p.replacement()
                                + " (paraphrase)", t.span().start(), t.span().end(), sameCase(t.text(),
                                p.replacement())));
                    }
                }
            }
        }
        // Phrases in a fixed order, so that the candidates do not depend on the map's iteration order.
        for (String phrase : PHRASES.keySet().stream().sorted().toList()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(phrase) + "\\b", Pattern.CASE_INSENSITIVE)
                    .matcher(c.text);
            while (m.find()) {
                Span span = new Span(m.start(), m.end());
                String found = m.group();
                if (!free(c, span) || c.sentenceAt(m.start()) != c.sentenceAt(m.end() - 1)
                        || !found.equals(phrase) && !c.sentenceStart(m.start())) {
                    continue;
                }
                ArticleContext.add(out, c.single(Kind.REWORDED, phrase + " → " + PHRASES.get(phrase)
                        + " (paraphrase)", m.start(), m.end(), sameCase(found, PHRASES.get(phrase))));
            }
        }
        return out;
    }

    /** Outside direct quotes, entity mentions (with their titles), numbers and dates. */
    private static boolean free(ArticleContext c, Span s) {
        return !c.inQuote(s) && !ArticleContext.any(c.mentions, s) && !ArticleContext.any(c.numbers, s)
                && !ArticleContext.any(c.dates, s);
    }

    private static String sameCase(String found, String replacement) {
        return Character.isUpperCase(found.charAt(0))
                ? Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1) : replacement;
    }
}
