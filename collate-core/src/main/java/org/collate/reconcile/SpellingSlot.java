package org.collate.reconcile;

import org.collate.model.Mention;

import java.util.List;

import static org.collate.reconcile.SlotContext.value;

/**
 * A name's spelling: two mentions of one roster entity with a word close to but not the same as the other's. A variant,
 * never a disagreement: a transliteration or a misspelling names the same person.
 */
final class SpellingSlot implements SlotCheck {

    private final SlotContext context;

    SpellingSlot(SlotContext context) {
        this.context = context;
    }

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Mention x : a.mentions()) {
            String ex = context.entities().of(a.articleId(), x.entityId());
            for (Mention y : b.mentions()) {
                if (ex == null || !ex.equals(context.entities().of(b.articleId(), y.entityId()))) {
                    continue;
                }
                String differing = differingWord(x.text(), y.text());
                if (differing != null) {
                    out.add(Conflict.variant("spelling", "spelling of " + context.name(ex), value(a, x.span(), x.text()),
                            value(b, y.span(), y.text())));
                    return;
                }
            }
        }
    }

    /** A word of one name that is a close misspelling of a word of the other ("Anthony"/"Antony"), or null. */
    static String differingWord(String x, String y) {
        for (String wx : x.split("\\s+")) {
            for (String wy : y.split("\\s+")) {
                if (!NameSimilarity.fold(wx).equals(NameSimilarity.fold(wy)) && NameSimilarity.sameWord(wx, wy)
                        && !NameSimilarity.derivedForm(wx, wy)) {
                    return wx;
                }
            }
        }
        return null;
    }
}
