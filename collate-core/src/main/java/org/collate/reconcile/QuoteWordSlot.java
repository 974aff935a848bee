package org.collate.reconcile;

import org.collate.model.Quote;

import java.util.List;

import static org.collate.reconcile.SlotContext.value;

/**
 * Words changed in a direct quote. Reported speech is the reporter's wording, not the speaker's: its facts are
 * compared by the other slots ("said dozens were injured" / "said 53 were injured" agree).
 */
final class QuoteWordSlot implements SlotCheck {

    private final QuoteWordJudge quoteWords;

    QuoteWordSlot(QuoteWordJudge quoteWords) {
        this.quoteWords = quoteWords;
    }

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Quote x : a.quotes()) {
            if (!x.direct()) {
                continue;
            }
            for (Quote y : b.quotes()) {
                if (!y.direct()) {
                    continue;
                }
                QuoteWordJudge.Change change = quoteWords.meaningChange(x.text(), y.text());
                if (change != null) {
                    String about = "the words of a quote" + (x.speaker() != null ? " by " + x.speaker() : "");
                    out.add(new Conflict("quote", about, value(a, x.span(), x.text()), value(b, y.span(), y.text())));
                    return;
                }
            }
        }
    }
}
