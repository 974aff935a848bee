package org.collate.analyze.quote;

import org.collate.model.Entity;
import org.collate.model.Mention;
import org.collate.model.Span;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speaker turns of a transcript: a quote that opens with a label in capitals and a colon ("WALLACE: Let's start
 * …", "Q: …") is said by whoever the label names, whatever the sentence around it says. A stage direction in
 * brackets may come first ("(CROSSTALK.) WALLACE: …").
 */
final class SpeakerTurns {

    /** Capitalised words of two letters or more (or the interviewer's Q and A), then a colon and a blank. */
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:\\([^)]{1,40}\\)\\s*)?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}|Q|A):\\s");

    private final QuoteContext ctx;

    SpeakerTurns(QuoteContext ctx) {
        this.ctx = ctx;
    }

    /** The speaker the passage's opening label names, or null when it opens with none. */
    Attribution attribute(QuotedPassage q) {
        Span content = q.content();
        int limit = Math.min(content.end(), content.start() + 80);
        Matcher m = LABEL.matcher(ctx.text).region(content.start(), limit);
        if (!m.lookingAt()) {
            return null;
        }
        Span label = new Span(m.start(1), m.end(1));
        for (Mention mention : ctx.mentions.within(label)) {
            Entity e = ctx.mentions.entity(mention.entityId());
            if (e != null) {
                return new Attribution(new Speaker(e.name(), e.id(), label, '?'), null, null,
                        Attribution.How.EXPLICIT);
            }
        }
        return new Attribution(new Speaker(label.of(ctx.text), null, label, '?'), null, null,
                Attribution.How.EXPLICIT);
    }
}
