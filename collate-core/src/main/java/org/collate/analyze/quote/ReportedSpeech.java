package org.collate.analyze.quote;

import org.collate.lexicon.ReportingVerbs;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reported speech and thought without quotation marks, in one unit:
 * <ul>
 * <li>"Putin said (that) cooperation … is based on …" — a clause after a reporting verb (past an object for
 *     "told reporters" and a short phrase before "that": "said in a statement that");</li>
 * <li>"Cooperation is based on …, Putin said." / "…, said a spokesman." — a reporting clause closing the unit;</li>
 * <li>"According to X, …" and "…, according to X."</li>
 * </ul>
 * The reported content runs to the end of the unit (or from its start), without the final punctuation; content that
 * is mostly inside quotation marks is left to the direct quotes.
 */
final class ReportedSpeech {

    /** One piece of reported speech. */
    record Reported(Span content, Attribution attribution) {
    }

    private static final Set<String> BE = words("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
    private static final Set<String> NOT_A_CLAUSE = words("to", "for", "about", "of", "goodbye", "so", "yes",
            "no", "nothing", "something", "anything", "hello", "thanks", "thank", "in", "on", "at", "by", "with",
            "from", "into", "up", "out", "off", "over", "what", "how", "why", "when", "where", "whether", "if");

    private final QuoteContext ctx;
    private final SpeakerResolver speakers;
    private final NounPhrases phrases;

    ReportedSpeech(QuoteContext ctx, SpeakerResolver speakers) {
        this.ctx = ctx;
        this.speakers = speakers;
        this.phrases = new NounPhrases(ctx.mentions);
    }

    List<Reported> find(Unit u) {
        List<Reported> out = new ArrayList<>(1);
        int n = u.size();
        int last = n;
        while (last > 0 && isFinalPunct(u.word(last - 1)) && !u.quoted()[last - 1]) {
            last--;
        }
        if (last < 3) {
            return out;
        }
        // "According to X, …"
        int a = 0;
        while (a < last && u.pos(a).equals("CCONJ")) {
            a++;
        }
        if (a + 2 < last && u.word(a).equalsIgnoreCase("according") && u.word(a + 1).equalsIgnoreCase("to")) {
            NounPhrases.Phrase np = phrases.startingAt(u, a + 2, last);
            if (np != null && np.to() < last && u.word(np.to()).equals(",")) {
                add(out, u, np.to() + 1, last, np, a, a + 2);
                return out;
            }
        }
        for (int v = 1; v < last; v++) {
            if (u.quoted()[v]) {
                continue;
            }
            String w = u.word(v);
            // "…, according to X."
            if (w.equalsIgnoreCase("according") && v + 1 < last && u.word(v + 1).equalsIgnoreCase("to")
                    && u.word(v - 1).equals(",")) {
                NounPhrases.Phrase np = phrases.startingAt(u, v + 2, last);
                if (np != null && np.to() >= last - 1) {
                    add(out, u, a, v - 1, np, v, v + 2);
                    return out;
                }
                continue;
            }
            if (!CueWords.isClausal(w, u.pos(v))) {
                continue;
            }
            // "…, Putin said." / "…, said a spokesman."
            NounPhrases.Phrase np = phrases.subjectOf(u, v, 0);
            if (np != null && np.from() > 0 && u.word(np.from() - 1).equals(",") && tail(u, v + 1, last)) {
                add(out, u, a, np.from() - 1, np, v, v + 1);
                return out;
            }
            if (u.word(v - 1).equals(",") && v + 1 < last) {
                NounPhrases.Phrase inv = phrases.startingAt(u, v + 1, last);
                if (inv != null && tail(u, inv.to(), last)) {
                    add(out, u, a, v - 1, inv, v, v + 1);
                    return out;
                }
            }
            if (np == null || passive(u, v)) {
                continue;
            }
            int c = complementStart(u, v, last);
            if (c > 0 && last - c >= 3) {
                add(out, u, c, last, np, v, v + 1);
                return out;
            }
        }
        return out;
    }

    /** "The ceasefire was announced after …": a passive verb reports nothing. */
    private static boolean passive(Unit u, int v) {
        int k = v - 1;
        while (k >= 0 && u.pos(k).equals("ADV")) {
            k--;
        }
        return k >= 0 && BE.contains(u.word(k).toLowerCase(Locale.ROOT));
    }

    /** Where the reported clause after the verb at {@code v} starts, or -1. */
    private int complementStart(Unit u, int v, int last) {
        int c = v + 1;
        String verb = u.word(v).toLowerCase(Locale.ROOT);
        if (c < last && ReportingVerbs.takesListener(verb)) {
            NounPhrases.Phrase obj = phrases.startingAt(u, c, last);
            if (obj != null) {
                c = obj.to();
            }
        }
        // "said in a statement that", "said Monday that"
        for (int k = c; k < last && k <= c + 7; k++) {
            if (u.word(k).equalsIgnoreCase("that") && !u.quoted()[k]) {
                boolean plain = true;
                for (int j = c; j < k; j++) {
                    plain &= !u.quoted()[j] && !u.pos(j).equals("VERB") && !u.word(j).equals(",");
                }
                if (plain) {
                    return k + 1;
                }
                break;
            }
        }
        if (c >= last || u.quoted()[c] || !ReportingVerbs.takesClauseWithoutThat(verb)) {
            return -1; // "explains the importance of …": other verbs report only with "that"
        }
        String first = u.word(c).toLowerCase(Locale.ROOT);
        if (NOT_A_CLAUSE.contains(first) || u.pos(c).equals("PUNCT") || u.pos(c).equals("ADP")) {
            return -1;
        }
        // A clause has a verb of its own.
        for (int k = c + 1; k < last; k++) {
            if (u.pos(k).equals("VERB") || u.pos(k).equals("AUX")) {
                return c;
            }
        }
        return -1;
    }

    /** Whether only adverbs, prepositional phrases or a time stand between {@code from} and the unit's end. */
    private static boolean tail(Unit u, int from, int last) {
        for (int k = from; k < last; k++) {
            String pos = u.pos(k);
            if (pos.equals("VERB") || u.quoted()[k] || u.word(k).equals("that")) {
                return false;
            }
        }
        return last - from <= 10;
    }

    private void add(List<Reported> out, Unit u, int from, int to, NounPhrases.Phrase np, int verbFrom, int verbTo) {
        while (from < to && (u.pos(from).equals("PUNCT") && !u.quoted()[from] || u.pos(from).equals("CCONJ"))) {
            from++;
        }
        while (to > from && u.pos(to - 1).equals("PUNCT") && !u.quoted()[to - 1]) {
            to--;
        }
        if (to - from < 3) {
            return;
        }
        int quoted = 0;
        for (int k = from; k < to; k++) {
            quoted += u.quoted()[k] ? 1 : 0;
        }
        if (2 * quoted > to - from) {
            return;
        }
        Span content = u.span(from, to);
        Span verb = u.span(verbFrom, verbTo);
        out.add(new Reported(content, new Attribution(speakers.resolve(u, np), verb.of(ctx.text), verb,
                Attribution.How.EXPLICIT)));
    }

    private static boolean isFinalPunct(String w) {
        return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(";") || w.equals(":");
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
