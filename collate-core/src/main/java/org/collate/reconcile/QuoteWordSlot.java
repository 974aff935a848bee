package org.collate.reconcile;

import org.collate.model.Quote;

import java.util.List;

import static org.collate.reconcile.SlotContext.value;

/**
 * Words changed in a direct quote. A changed number, an added or dropped negation, or another name in the speaker's
 * mouth is a conflict; any other changed word is the quote rendered otherwise (a translation, a transcription, a
 * paraphrase): a variant. Reported speech is the reporter's wording, not the speaker's: its facts are compared by the
 * other slots ("said dozens were injured" / "said 53 were injured" agree).
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
                    // Words in square brackets are the outlet's insertion, not the speaker's (the convention of
                    // quoting: "[the Academy]" for "Naras"); a change there is no change of what was said.
                    boolean editorial = bracketed(change.from(), x.text()) || bracketed(change.to(), y.text());
                    boolean fact = !editorial && (change.factual() || nameChanged(change, x.text(), y.text()));
                    out.add(new Conflict("quote", about, value(a, x.span(), x.text()), value(b, y.span(), y.text()),
                            !fact));
                    return;
                }
            }
        }
    }

    /**
     * Whether a changed word is a name (capitalised inside the quote, not at its start) that the other rendering does
     * not spell another way: "Kyiv" for "Kiev" is a spelling, "Moscow" for "Kyiv" is another place.
     */
    static boolean nameChanged(QuoteWordJudge.Change change, String x, String y) {
        if (titleCase(x) || titleCase(y)) {
            return false; // a title quoted ("The Current State of …"): its capitals are not names
        }
        List<String> from = names(change.from(), x);
        List<String> to = names(change.to(), y);
        if (from.isEmpty() && to.isEmpty()) {
            return false;
        }
        if (from.isEmpty() || to.isEmpty()) {
            return false; // a name added or dropped: one rendering says more, not otherwise
        }
        for (String f : from) {
            if (to.stream().noneMatch(t -> NameSimilarity.sameWord(f, t))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(String changed, String quote) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : changed.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<=[\\p{L}\\p{N},;:] )("
                    + java.util.regex.Pattern.quote(Character.toUpperCase(w.charAt(0)) + w.substring(1)) + ")\\b")
                    .matcher(quote);
            if (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\[([^\\]]*)\\]");

    /** Whether every word of a change lies within one square-bracketed insertion of the quote. */
    static boolean bracketed(String changed, String quote) {
        List<String> words = java.util.Arrays.stream(changed.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\[\\]]", " ").split("\\s+")).filter(w -> !w.isBlank()).toList();
        if (words.isEmpty()) {
            return false;
        }
        java.util.regex.Matcher m = BRACKETS.matcher(quote);
        while (m.find()) {
            List<String> inside = List.of(m.group(1).toLowerCase(java.util.Locale.ROOT).split("\\s+"));
            if (inside.containsAll(words)) {
                return true;
            }
        }
        return false;
    }

    /** Most words capitalised: a title or a heading, not a sentence. */
    private static boolean titleCase(String quote) {
        String[] words = quote.split("\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count();
        return words.length >= 3 && capitalised * 2 > words.length;
    }
}
