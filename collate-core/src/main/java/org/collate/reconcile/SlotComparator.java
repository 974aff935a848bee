package org.collate.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two aligned sentences slot by slot and reports where they differ in a way a fact-checker can check: a
 * quantity of the same thing ({@link NumberSlot}: "dozens injured" / "53 injured"; a vague amount agrees with
 * numbers in its range; values both give are no conflict, whatever they count), casualties ({@link CasualtySlot}:
 * injured only / deaths), weekdays or dates ({@link DaySlot}), a person's title ({@link RoleSlot}), a name's spelling
 * ({@link SpellingSlot}), and a direct quote's words when two renderings are nearly the same but a word changes
 * ({@link QuoteWordSlot}). Where the analysis read two nearly identical sentences differently, the words that
 * replace one another are compared too ({@link ReplacedWordsSlot}). Differences of form are not conflicts: "five"
 * and "5", "40%" and "40 percent", "Prime Minister" and "prime minister", "couldn't" and "could not", the same
 * sentence twice.
 */
final class SlotComparator {

    private final List<SlotCheck> aligned;
    private final List<SlotCheck> related;
    private final IndependentReports independent;
    private final TokenDiff diff;

    SlotComparator(EntityRoster roster, EntityRoster.Result entities, QuoteWordJudge quoteWords, TokenDiff diff) {
        SlotContext context = new SlotContext(roster, entities, quoteWords, diff, new TitleJudge(roster));
        CasualtySlot casualties = new CasualtySlot();
        // The replaced-words check runs last: it adds only the slots the others left unreported.
        this.aligned = List.of(new NumberSlot(true), casualties, new DaySlot(), new RoleSlot(context),
                new SpellingSlot(context), new QuoteWordSlot(quoteWords), new ReplacedWordsSlot(context));
        // Sentences related only by their entities compare casualties alone: two numbers of one noun in unaligned
        // sentences are most often two things (two boxers' records, two seasons), read by hand on the dev stories.
        this.related = List.of(casualties);
        this.independent = new IndependentReports(context.titles());
        this.diff = diff;
    }

    /**
     * The differences between two aligned sentences. Between nearly identical sentences of renderings of one source
     * (a copy, a rewrite, a translation: {@code renderings}) every difference is shown; otherwise a disagreement
     * needs the two sentences to make the same statement ({@link StatementMatch#sameStatement}) about the same
     * thing at the same time ({@link IndependentReports}).
     */
    List<Conflict> compare(StorySentence a, StorySentence b, boolean renderings) {
        if (a.text().equals(b.text())) {
            return List.of(); // the same words say the same thing, however the analysis read them
        }
        List<Conflict> found = run(aligned, a, b);
        if (renderings && diff.nearlyIdentical(a.sentence().tokens(), b.sentence().tokens())) {
            return found; // a copy's sentence with a few words changed: each change is the copy's
        }
        // Otherwise, as between independent reports (a rewrite is often a wire's later version, with its own
        // moment and wording): aligned but not one statement, a differing value is most often another thing, and
        // only variants show; one statement, a difference is a disagreement only about the same thing at the same
        // time. Renderings say one statement in other words more freely than two outlets do (a translation).
        // Renderings that make one statement in the strict sense share their text's moment: its period, its bounds
        // and its days are the same ones, and only what they measure and whose titles they give are checked.
        boolean strict = StatementMatch.sameStatement(a, b);
        boolean oneStatement = strict || renderings && StatementMatch.sameRenderedStatement(a, b);
        boolean sameMoment = renderings && strict;
        return found.stream().filter(c -> c.variant() || oneStatement && independent.oneThing(c, a, b, sameMoment))
                .toList();
    }

    /** Only the quantity slots (numbers, casualties): for sentences related by their entities, not aligned. */
    List<Conflict> compareQuantities(StorySentence a, StorySentence b) {
        return run(related, a, b);
    }

    private static List<Conflict> run(List<SlotCheck> checks, StorySentence a, StorySentence b) {
        List<Conflict> out = new ArrayList<>();
        for (SlotCheck check : checks) {
            check.compare(a, b, out);
        }
        return out;
    }
}
