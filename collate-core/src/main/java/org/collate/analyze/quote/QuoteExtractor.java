package org.collate.analyze.quote;

import org.collate.analyze.entity.SpeechVerbs;
import org.collate.model.Entity;
import org.collate.model.Mention;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations and attributes them. A first version: text between matching quotation marks is a direct quote;
 * its speaker is the entity mentioned next to a reporting verb in the same sentence.
 */
public final class QuoteExtractor {

    private static final String OPENING = "“\"«‘„";

    public List<Quote> extract(String text, List<Sentence> sentences, List<Entity> entities) {
        List<Quote> quotes = new ArrayList<>();
        for (Sentence sentence : sentences) {
            String s = sentence.text();
            int base = sentence.span().start();
            for (int i = 0; i < s.length(); i++) {
                char open = s.charAt(i);
                if (OPENING.indexOf(open) < 0) {
                    continue;
                }
                char close = closing(open);
                int end = s.indexOf(close, i + 1);
                if (end < 0 || end - i < 3) {
                    continue;
                }
                Span span = new Span(base + i + 1, base + end);
                Attribution a = attribute(sentence, entities);
                quotes.add(new Quote(span, span.of(text), true, a == null ? null : a.entity.name(),
                        a == null ? null : a.entity.id(), a == null ? null : a.mention.span(),
                        a == null ? null : a.verb.text(), a == null ? null : a.verb.span()));
                i = end;
            }
        }
        return quotes;
    }

    private record Attribution(Entity entity, Mention mention, Token verb) {
    }

    private static Attribution attribute(Sentence sentence, List<Entity> entities) {
        for (Token t : sentence.tokens()) {
            if (!SpeechVerbs.contains(t.text())) {
                continue;
            }
            Attribution best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Entity e : entities) {
                for (Mention m : e.mentions()) {
                    if (!sentence.span().contains(m.span())) {
                        continue;
                    }
                    int d = Math.min(Math.abs(m.span().end() - t.span().start()), Math.abs(t.span().end() - m.span().start()));
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new Attribution(e, m, t);
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return null;
    }

    private static char closing(char open) {
        return switch (open) {
            case '“', '„' -> '”';
            case '«' -> '»';
            case '‘' -> '’';
            default -> '"';
        };
    }
}
