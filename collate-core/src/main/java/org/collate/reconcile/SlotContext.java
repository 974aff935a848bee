package org.collate.reconcile;

import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.RosterEntity;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.List;

/**
 * What every slot check needs beside the two sentences: the story's entity roster (to know two mentions name one
 * person and to read a title's head), the quote-word judge and the word-level diff. Also the small readings the
 * checks share.
 */
record SlotContext(EntityRoster roster, EntityRoster.Result entities, QuoteWordJudge quoteWords, TokenDiff diff,
                   TitleJudge titles) {

    /** The roster name of an entity, or its id when the roster does not list it. */
    String name(String rosterId) {
        for (RosterEntity e : entities.entities()) {
            if (e.id().equals(rosterId)) {
                return e.name();
            }
        }
        return rosterId;
    }

    static Conflict.Value value(StorySentence s, Span span, String text) {
        return new Conflict.Value(s.index(), text, span);
    }

    static Conflict.Value runValue(StorySentence s, List<Token> run) {
        Span span = new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end());
        return new Conflict.Value(s.index(), span.of(s.source().text()), span);
    }

    static Mention mentionAt(StorySentence s, Token t) {
        for (Mention m : s.mentions()) {
            if (m.span().contains(t.span())) {
                return m;
            }
        }
        return null;
    }

    static Mention personAt(StorySentence s, Token t) {
        if (t == null) {
            return null;
        }
        for (Mention m : s.mentions()) {
            if (m.kind() == EntityKind.PERSON && m.span().overlaps(t.span())) {
                return m;
            }
        }
        return null;
    }
}
