package org.collate.analyze.quote;

import java.util.Locale;
import java.util.Set;

/**
 * The source that reports a reporting clause: "“…,” Sanders said, according to CNN", "According to Yahoo News,
 * the spokesman said that “…”", "…, the prince said, the Post reported." The speaker stays the one who said it; the
 * outer source is kept beside it, as what the article can vouch for (attribution corpora such as PolNeAR credit the
 * quote to it, and {@code QuoteEvaluator} (collate-eval) scores it so).
 */
final class OuterSource {

    private static final Set<String> REPORTED = Set.of("reported", "reports", "reporting");

    private final QuoteContext ctx;
    private final SpeakerResolver speakers;
    private final NounPhrases phrases;

    OuterSource(QuoteContext ctx, SpeakerResolver speakers, NounPhrases phrases) {
        this.ctx = ctx;
        this.speakers = speakers;
        this.phrases = phrases;
    }

    /** {@code inner} with the outer source of its unit, or {@code inner} itself when there is none. */
    Attribution over(Unit u, Attribution inner) {
        if (inner == null || inner.verb() == null || inner.verb().equalsIgnoreCase("according to")) {
            return inner;
        }
        for (int k = 0; k < u.size(); k++) {
            if (u.quoted()[k]) {
                continue;
            }
            NounPhrases.Phrase np = null;
            if (u.word(k).equalsIgnoreCase("according") && k + 1 < u.size() && u.word(k + 1).equalsIgnoreCase("to")) {
                np = phrases.startingAt(u, k + 2, u.size());
            } else if (REPORTED.contains(u.word(k).toLowerCase(Locale.ROOT)) && closesUnit(u, k + 1)) {
                // ", the Post reported." or ", reports USA Today."
                NounPhrases.Phrase subject = phrases.subjectOf(u, k, 0);
                if (subject != null && subject.from() > 0 && u.word(subject.from() - 1).equals(",")) {
                    np = subject;
                } else if (k > 0 && u.word(k - 1).equals(",")) {
                    np = phrases.startingAt(u, k + 1, u.size());
                }
            }
            // "…, which, according to him, “…”": a pronoun stands for the speaker already found.
            boolean pronoun = np != null && np.to() - np.from() == 1 && u.pos(np.from()).equals("PRON");
            if (np != null && !pronoun && !u.span(np.from(), np.to()).overlaps(inner.speaker().span())) {
                return inner.reportedBy(speakers.resolve(u, np));
            }
        }
        return inner;
    }

    /** Whether only a phrase without a verb, then punctuation, follows {@code from} to the end of the unit. */
    private static boolean closesUnit(Unit u, int from) {
        for (int k = from; k < u.size(); k++) {
            if (u.quoted()[k] || u.pos(k).equals("VERB") || u.word(k).equalsIgnoreCase("that")) {
                return false;
            }
        }
        return true;
    }
}
