package org.collate.analyze.quote;

import org.collate.model.Mention;
import org.collate.model.Span;

import java.util.Locale;

/**
 * Attributes one quoted passage from the words around it, nearest evidence first, as newspapers write:
 * <ol>
 * <li>after the quote, a reporting clause: "“…,” Putin said", "“…,” said a spokesman", "“…,” Blinken, the US
 *     secretary of state, told reporters", "“…,” according to officials", "“…” — Sonya Herridge";</li>
 * <li>before it, the nearest reporting verb with its subject: "Xi told the gathered leaders it was time to … and
 *     “abandon zero-sum games”", "Putin said: “…”", "according to X, “…”", "Trump: “…”";</li>
 * <li>the sentence's subject when it is a person: "Trump doubled down on Monday: “…”".</li>
 * </ol>
 * What none of these settles is left to {@link QuoteExtractor}'s neighbour and previous-speaker rules.
 */
final class DirectQuotes {

    private final QuoteContext ctx;
    private final SpeakerResolver speakers;
    private final NounPhrases phrases;
    private final OuterSource outer;
    /** The most words after a quote searched for its reporting clause ({@code AnalyzeSettings.maxReportingClause}). */
    private final int maxReportingClause;

    DirectQuotes(QuoteContext ctx, SpeakerResolver speakers, int maxReportingClause) {
        this.maxReportingClause = maxReportingClause;
        this.ctx = ctx;
        this.speakers = speakers;
        this.phrases = new NounPhrases(ctx.mentions);
        this.outer = new OuterSource(ctx, speakers, phrases);
    }

    /** The attribution written next to the passage, or null. */
    Attribution attribute(QuotedPassage q) {
        int closeAt = q.close() >= 0 ? q.close() : q.end() - 1;
        int uc = ctx.unitAt(closeAt);
        int uo = ctx.unitAt(q.open());
        Attribution a = null;
        if (uc >= 0) {
            a = outer.over(ctx.units.get(uc), after(ctx.units.get(uc), q));
        }
        if (a == null && uo >= 0) {
            a = outer.over(ctx.units.get(uo), before(ctx.units.get(uo), q));
        }
        if (a == null && uc >= 0) {
            Unit u = ctx.units.get(uc);
            a = closingClause(u, u.firstAtOrAfter(q.end()));
        }
        if (a == null && uo >= 0) {
            a = subject(ctx.units.get(uo), q);
        }
        return a;
    }

    /**
     * A reporting clause that closes the unit after the quote, further off than "“…,” X said": "“…” than that of
     * the CIA chief, Zuckoff said."
     */
    Attribution closingClause(Unit u, int from) {
        int last = u.size();
        while (last > from && u.pos(last - 1).equals("PUNCT") && !u.quoted()[last - 1]) {
            last--;
        }
        for (int v = last - 1; v >= from; v--) {
            if (u.quoted()[v]) {
                break;
            }
            if (!isCueAt(u, v)) {
                continue;
            }
            NounPhrases.Phrase np = phrases.subjectOf(u, v, from);
            if (np != null && np.from() > from && boundary(u, np.from() - 1) && quiet(u, v + 1, last)) {
                return explicit(u, np, v, v + 1);
            }
            if (v > from && boundary(u, v - 1)) {
                // "“We’re extremely happy” about the decision, said RoseAnn DeMoro, executive director of …"
                NounPhrases.Phrase inv = phrases.startingAt(u, v + 1, last);
                if (inv != null) {
                    return explicit(u, inv, v, v + 1);
                }
            }
        }
        return null;
    }

    private static boolean boundary(Unit u, int k) {
        String w = u.word(k);
        return w.equals(",") || w.equals("”") || w.equals("\"") || w.equals("—") || w.equals("–");
    }

    /** Whether the clause ends after {@code from} with no verb or question word: "Trump barked and a guard …". */
    private static boolean clauseEnds(Unit u, int from, int end) {
        for (int k = from; k < end; k++) {
            String w = u.word(k);
            if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("and") || w.equals("but")) {
                return true;
            }
            if (u.pos(k).equals("VERB") || u.pos(k).equals("AUX") || u.pos(k).equals("SCONJ")
                    || w.equalsIgnoreCase("what") || w.equalsIgnoreCase("how") || w.equalsIgnoreCase("why")) {
                return false;
            }
        }
        return true;
    }

    /** Only adverbs, prepositional phrases and times: "said in a statement on Monday". */
    private static boolean quiet(Unit u, int from, int last) {
        for (int k = from; k < last; k++) {
            if (u.pos(k).equals("VERB") || u.quoted()[k] || u.word(k).equalsIgnoreCase("that")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token at {@code v} is a reporting verb, phrasal ones included ("went on", "shot back"). */
    static boolean isCueAt(Unit u, int v) {
        if (CueWords.isCue(u.word(v), u.pos(v))) {
            return true;
        }
        return v + 1 < u.size() && CueWords.isPhrasal(u.word(v), u.word(v + 1));
    }

    /** "“…,” Putin said" and its kin, in the unit holding the closing mark (or the next one, in its paragraph). */
    private Attribution after(Unit u, QuotedPassage q) {
        int r0 = u.firstAtOrAfter(q.end());
        int end = r0;
        while (end < u.size() && !u.quoted()[end]) {
            end++;
        }
        // The quote's own last character: "…," "…?" "…!" announce a reporting clause, whatever its verb.
        char last = ctx.text.charAt(q.content().end() - 1);
        boolean announced = last == ',' || last == '?' || last == '!' || last == '-' || last == '—';
        int r = r0;
        while (r < end && u.word(r).equals(".")) {
            r++;
        }
        if (r >= end && end == u.size() && u.index() + 1 < ctx.units.size()) {
            // "“We're vetting candidates!” | Vargas said." — the sentence model ended the sentence at the quote.
            Unit next = ctx.units.get(u.index() + 1);
            if (next.paragraph() == u.paragraph()) {
                int nextEnd = 0;
                while (nextEnd < next.size() && !next.quoted()[nextEnd]) {
                    nextEnd++;
                }
                Attribution a = reportingClause(next, 0, nextEnd, announced);
                // "“Is it two? Three?” | Clinton asks as a guard walks in": after "…?" or "…," a name and its
                // reporting verb opening the next unit report the quote, whatever follows them.
                boolean opens = announced && a != null && a.verbSpan() != null
                        && a.speaker().span().start() == next.span().start()
                        && next.lastEndingBy(a.verbSpan().start()) == next.lastEndingBy(a.speaker().span().end()) + 1;
                return a != null && (shortClause(next, a) || opens) ? a : null;
            }
        }
        return reportingClause(u, r0, end, announced);
    }

    /** Whether a reporting clause found in the next unit is all of it ("Trump tweeted."), not a new statement. */
    private static boolean shortClause(Unit u, Attribution a) {
        int v = u.lastEndingBy(a.verbSpan() == null ? a.speaker().span().end() : a.verbSpan().end());
        return quiet(u, v + 1, u.size());
    }

    /** A reporting clause starting at {@code r0}: "Putin said", "said a spokesman", "according to officials". */
    private Attribution reportingClause(Unit u, int r0, int end, boolean announced) {
        int r = r0;
        boolean dash = false;
        while (r < end && isLeadingPunct(u.word(r))) {
            dash |= !u.word(r).equals(",");
            r++;
        }
        if (r + 1 < end && u.word(r).equalsIgnoreCase("as") && !u.pos(r + 1).equals("PUNCT")) {
            r++; // "“…,” as Cruz said on Monday": the clause reports all the same
        }
        if (r >= end) {
            return null;
        }
        // "… a defense of “New York values,” saying the city …": a participle after the quote opens a clause of
        // the sentence's subject; what follows it is no inverted speaker.
        boolean participle = u.word(r).toLowerCase(Locale.ROOT).endsWith("ing");
        if (!participle && (isCueAt(u, r) || u.pos(r).equals("AUX") && r + 1 < end && isCueAt(u, r + 1))) {
            int v = isCueAt(u, r) ? r : r + 1;
            NounPhrases.Phrase np = phrases.startingAt(u, v + 1, end);
            if (np != null) {
                return explicit(u, np, v, v + 1);
            }
        }
        if (u.word(r).equalsIgnoreCase("according") && r + 1 < end && u.word(r + 1).equalsIgnoreCase("to")) {
            NounPhrases.Phrase np = phrases.startingAt(u, r + 2, end);
            if (np != null) {
                return explicit(u, np, r, r + 2);
            }
        }
        if (announced && u.pos(r).equals("VERB") && u.word(r).toLowerCase(Locale.ROOT).endsWith("ed")) {
            // "“This is fantastic!” beamed Donald Hartley": after "…!" or "…," any past-tense verb followed by a
            // person's name is an inverted reporting clause.
            NounPhrases.Phrase np = phrases.startingAt(u, r + 1, end);
            if (np != null && phrases.namesPerson(u, np)) {
                return explicit(u, np, r, r + 1);
            }
        }
        boolean firstVerb = true;
        for (int v = r + 1; v < end && v <= r + maxReportingClause; v++) {
            String w = u.word(v);
            if (w.equals(".") && !abbreviationPoint(u, v) || w.equals("!") || w.equals("?") || w.equals(";")) {
                break;
            }
            boolean cue = isCueAt(u, v);
            // "“…,” Conway notes": a reporting word right after the name, however it was tagged.
            boolean loose = CueWords.isCue(w, "VERB");
            // "“Go back to Univision,” Trump barked": after "…," the first verb reports when nothing follows it.
            boolean verb = announced && firstVerb && u.pos(v).equals("VERB") && clauseEnds(u, v + 1, end);
            if (cue || loose || verb) {
                NounPhrases.Phrase np = phrases.subjectOf(u, v, r);
                if (np != null && modifiersOnly(u, r, np.from()) && (cue || np.to() == v)) {
                    return explicit(u, np, v, v + 1);
                }
                if (cue && v - 1 > r && u.word(v - 1).equals(",")) {
                    // "“…,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said": the name, then a long
                    // appositive between commas.
                    NounPhrases.Phrase first = phrases.startingAt(u, r, v);
                    if (first != null && first.to() < v && u.word(first.to()).equals(",")) {
                        return explicit(u, first, v, v + 1);
                    }
                }
            }
            if (u.pos(v).equals("VERB")) {
                firstVerb = false;
            }
        }
        if (dash) {
            // "“…” ― Sonya Herridge": a name after a dash signs the quote.
            NounPhrases.Phrase np = phrases.startingAt(u, r, end);
            if (np != null && !ctx.mentions.within(u.span(np.from(), np.to())).isEmpty()) {
                return new Attribution(speakers.resolve(u, np), null, null, Attribution.How.EXPLICIT);
            }
        }
        return null;
    }

    /** "Putin said: “…”", "Xi called on leaders to “…”" and their kin, in the unit holding the opening mark. */
    private Attribution before(Unit u, QuotedPassage q) {
        int end = u.lastEndingBy(q.open()) + 1;
        int start = end;
        while (start > 0 && !u.quoted()[start - 1]) {
            start--;
        }
        if (end <= start) {
            return null;
        }
        // The nearest reporting verb may stand before an earlier quote of the same sentence: "Axelrod said this
        // was a “fatal miscalculation” and that she has learned her lesson: “…”".
        return leftOf(u, 0, start, end);
    }

    /**
     * A unit that ends with a colon and introduces the next paragraph's quote: "The New York Times confirmed that
     * observation, reporting:".
     */
    Attribution introducing(Unit u) {
        int end = u.size();
        if (end < 2 || !u.word(end - 1).equals(":") || u.quoted()[end - 1]) {
            return null;
        }
        int start = end - 1;
        while (start > 0 && !u.quoted()[start - 1]) {
            start--;
        }
        Attribution a = leftOf(u, start, start, end - 1);
        return a != null ? a : personSubject(u, start, end - 1);
    }

    /** "super/ADV PAC spokeswoman Kellyanne Conway": at most a couple of words the chunker left off the phrase. */
    private static boolean modifiersOnly(Unit u, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int k = from; k < to; k++) {
            String pos = u.pos(k);
            if (pos.equals("VERB") || pos.equals("AUX") || pos.equals("PUNCT") && !u.word(k).equals("-")
                    || pos.equals("SCONJ") || pos.equals("ADP")
                    || pos.equals("CCONJ") || pos.equals("PRON")) {
                return false;
            }
        }
        return true;
    }

    private static boolean punctuationOnly(Unit u, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!u.pos(k).equals("PUNCT") && !u.quoted()[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject nearest before {@code end} in the unit {@code [start, end)}, when it names a person
     * ("Quintanilla seemed taken aback", "he infamously referred to Mexican immigrants as “criminals”").
     */
    Attribution personSubject(Unit u, int start, int end) {
        NounPhrases.Phrase subject = phrases.nearestSubject(u, start, end);
        if (subject != null && names(u, subject)) {
            Speaker s = speakers.resolve(u, subject);
            if (s.entityId() != null || s.gender() == 'm' || s.gender() == 'f') {
                return new Attribution(s, null, null, Attribution.How.SUBJECT);
            }
        }
        return null;
    }

    private Attribution leftOf(Unit u, int start, int frame, int end) {
        for (int v = end - 1; v >= start; v--) {
            if (u.quoted()[v]) {
                continue;
            }
            String w = u.word(v);
            if (w.equalsIgnoreCase("according") && v + 1 < end && u.word(v + 1).equalsIgnoreCase("to")) {
                NounPhrases.Phrase np = phrases.startingAt(u, v + 2, end);
                if (np != null) {
                    return explicit(u, np, v, v + 2);
                }
            }
            if (!isCueAt(u, v)) {
                continue;
            }
            NounPhrases.Phrase np = phrases.subjectOf(u, v, start);
            if (v + 2 < end && u.word(v + 1).equals("by") && v > start
                    && (u.pos(v - 1).equals("AUX") || u.word(v - 1).equals(","))) {
                // "Sanders was asked by host Bill Maher, …, “…”": the agent speaks.
                NounPhrases.Phrase agent = phrases.startingAt(u, v + 2, end);
                if (agent != null) {
                    np = agent;
                }
            }
            if (np != null) {
                np = outerSubject(u, np, start);
            }
            boolean participle = u.word(v).toLowerCase(Locale.ROOT).endsWith("ing");
            if (np != null && participle && v - 1 > start && u.word(v - 1).equals(",")) {
                // "Cooper, the governor's rival, called for releasing the videos, as well, saying …": a participle
                // after a comma shares the subject of the clause it closes.
                NounPhrases.Phrase main = phrases.nearestSubject(u, start, v - 1);
                if (main != null && personal(u, main)) {
                    np = main;
                }
            }
            if (np == null && joinsEarlierClause(u, v, start)) {
                np = phrases.nearestSubject(u, start, v);
            } else if (np != null && participle && np.to() == v
                    && (u.pos(v - 1).equals("NOUN") || u.pos(v - 1).equals("PROPN")) && v - 1 > start
                    && !phrases.namesPerson(u, np)) {
                // "His office put out a statement saying …": the statement's author speaks.
                NounPhrases.Phrase main = phrases.nearestSubject(u, start, np.from());
                if (main != null) {
                    np = main;
                }
            }
            if (np == null && v + 1 < end && punctuationOnly(u, frame, v)) {
                // "“A,” said the spokesman, “B”".
                np = phrases.startingAt(u, v + 1, end);
            }
            if (np != null) {
                return explicit(u, np, v, v + 1);
            }
        }
        // "Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump" (a headline's speaker, then a colon)
        for (int c = 1; c < Math.min(end, 8); c++) {
            if (u.word(c).equals(":") && !u.quoted()[c]) {
                NounPhrases.Phrase np = phrases.endingAt(u, c - 1, 0);
                if (np != null && np.from() == 0 && names(u, np)) {
                    return new Attribution(speakers.resolve(u, np), null, null, Attribution.How.EXPLICIT);
                }
                break;
            }
        }
        // "Trump: “…”"
        if (u.word(end - 1).equals(":") && end - 2 >= frame) {
            NounPhrases.Phrase np = phrases.endingAt(u, end - 2, frame);
            if (np != null && np.from() == frame && names(u, np)) {
                return new Attribution(speakers.resolve(u, np), null, null, Attribution.How.EXPLICIT);
            }
        }
        return null;
    }

    /**
     * The sentence's subject: "Trump doubled down on Monday: “…”", "The ad targets a “corrupt political system”".
     * A partial quote with no reporting verb is the words of whoever the sentence is about.
     */
    private Attribution subject(Unit u, QuotedPassage q) {
        int end = u.lastEndingBy(q.open()) + 1;
        if (end <= 0) {
            return null;
        }
        NounPhrases.Phrase subject = phrases.nearestSubject(u, 0, end);
        if (subject == null) {
            return null;
        }
        // "He talks about how his forces must be ready “…”": a thing as the nearest subject, a person further
        // left; the person is the one quoted.
        for (NounPhrases.Phrase p = subject; p != null && !personal(u, subject); ) {
            p = p.from() > 0 ? phrases.nearestSubject(u, 0, p.from()) : null;
            if (p != null && personal(u, p)) {
                subject = p;
            }
        }
        return new Attribution(speakers.resolve(u, subject), null, null, Attribution.How.SUBJECT);
    }

    /**
     * A last guess for a quote nothing else attributes: the subject of the sentence's first verb, else the first
     * person it names outside quotes. A partial quote is most often the words of whoever its sentence is about
     * ("Cruz, with unconcealed delight, chided Trump over the “natural born” standard").
     */
    Attribution mainPerson(QuotedPassage q) {
        int uo = ctx.unitAt(q.open());
        if (uo < 0) {
            return null;
        }
        Unit u = ctx.units.get(uo);
        NounPhrases.Phrase subject = phrases.sentenceSubject(u, 0, u.size());
        if (subject != null && phrases.namesPerson(u, subject)) {
            return new Attribution(speakers.resolve(u, subject), null, null, Attribution.How.SUBJECT);
        }
        for (Mention m : ctx.mentions.personsBefore(u.span().start(), u.span().end())) {
            // latest first: the one kept last is the first named
            if (!ctx.insideQuote(m.span().start())) {
                subject = phrases.endingAt(u, u.lastEndingBy(m.span().end()), 0);
            }
        }
        return subject == null || !phrases.namesPerson(u, subject) ? null
                : new Attribution(speakers.resolve(u, subject), null, null, Attribution.How.SUBJECT);
    }

    /**
     * "She said she recalls the colleague being “confused”": a pronoun subject of a clause reported by the same
     * person gives way to the subject of the reporting clause, which is where the attribution is written.
     */
    private NounPhrases.Phrase outerSubject(Unit u, NounPhrases.Phrase np, int start) {
        if (np.to() - np.from() != 1 || !NounPhrases.subjectPronoun(u, np.from())) {
            return np;
        }
        int k = np.from() - 1;
        if (k > start && u.word(k).equalsIgnoreCase("that")) {
            k--;
        }
        if (k <= start || u.quoted()[k] || !CueWords.isClausal(u.word(k), u.pos(k))) {
            return np;
        }
        NounPhrases.Phrase outer = phrases.subjectOf(u, k, start);
        if (outer == null) {
            return np;
        }
        String inner = NounPhrases.bare(u.word(np.from()));
        if (outer.to() - outer.from() == 1 && NounPhrases.bare(u.word(outer.from())).equals(inner)) {
            return outer;
        }
        String id = speakers.resolve(u, np).entityId();
        return id != null && id.equals(speakers.resolve(u, outer).entityId()) ? outer : np;
    }

    /** Whether the phrase names a person or is a personal pronoun ("he", "they", "we"). */
    private boolean personal(Unit u, NounPhrases.Phrase np) {
        if (np.to() - np.from() == 1) {
            String w = NounPhrases.bare(u.word(np.from()));
            if (w.equals("they") || w.equals("we") || w.equals("i")) {
                return true;
            }
        }
        return phrases.namesPerson(u, np);
    }

    /** "…, adding", "… and said": a verb whose subject is the clause's before it. */
    private static boolean joinsEarlierClause(Unit u, int v, int start) {
        String w = u.word(v).toLowerCase(Locale.ROOT);
        if (w.endsWith("ing")) {
            return true;
        }
        int k = v - 1;
        while (k >= start && u.pos(k).equals("ADV")) {
            k--;
        }
        // "… and said", "… but went on to say"
        return k >= start && (u.word(k).equalsIgnoreCase("and") || u.word(k).equalsIgnoreCase("but")
                || u.word(k).equalsIgnoreCase("to"));
    }

    /** Whether the phrase names someone: an entity mention or a personal pronoun. */
    private boolean names(Unit u, NounPhrases.Phrase np) {
        if (np.to() - np.from() == 1 && NounPhrases.subjectPronoun(u, np.from())) {
            String w = u.word(np.from()).toLowerCase(Locale.ROOT);
            return w.equals("he") || w.equals("she");
        }
        return !ctx.mentions.within(u.span(np.from(), np.to())).isEmpty();
    }

    private Attribution explicit(Unit u, NounPhrases.Phrase np, int verbFrom, int verbTo) {
        if (verbTo == verbFrom + 1 && verbTo < u.size() && CueWords.isPhrasal(u.word(verbFrom), u.word(verbTo))) {
            verbTo++;
        }
        Span verb = u.span(verbFrom, verbTo);
        return new Attribution(speakers.resolve(u, np), verb.of(ctx.text), verb, Attribution.How.EXPLICIT);
    }

    /**
     * Whether the full stop at {@code k} closes an abbreviation inside the clause rather than the sentence: "Sen.",
     * "Gov.", "(D-N.Y.)" — the tokenizer splits the point off a short capitalised word, and the clause goes on after
     * it ("“…,” Sen. Jane Doe (D-Mo.) said").
     */
    static boolean abbreviationPoint(Unit u, int k) {
        if (k == 0 || k + 1 >= u.size() || u.token(k - 1).span().end() != u.token(k).span().start()) {
            return false;
        }
        String before = u.word(k - 1);
        String next = u.word(k + 1);
        return before.length() <= 5 && Character.isUpperCase(before.charAt(0)) && !before.equals("I")
                && (next.equals(")") || Character.isUpperCase(next.charAt(0)));
    }

    private static boolean isLeadingPunct(String w) {
        return w.equals(",") || w.equals("—") || w.equals("–") || w.equals("-") || w.equals("―") || w.equals("--");
    }
}
