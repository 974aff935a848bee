package org.collate.analyze.quote;

import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.Span;

import java.util.Locale;
import java.util.Set;

/**
 * Noun-phrase chunks from universal part-of-speech tags, enough to find who speaks: the subject left of a
 * reporting verb (skipping adverbs, auxiliaries, an appositive or a relative clause between commas: "Antony
 * Blinken, the US secretary of state, said"), the subject right of an inverted verb ("said Putin"), and a
 * sentence's subject.
 */
final class NounPhrases {

    /** A chunk: tokens {@code [from, to)} of a unit. */
    record Phrase(int from, int to) {
    }

    private static final Set<String> PEOPLE_DETERMINERS = words("another", "others", "some", "many", "both",
            "several", "few", "most", "all", "each", "one");
    static final Set<String> RELATIVE = words("who", "which", "that", "whom");
    private static final Set<String> EXPLETIVE = words("there", "it", "this", "that", "what");
    static final Set<String> SUBJECT_PRONOUNS = words("he", "she", "they", "i", "we", "it", "you");
    private static final Set<String> NP_ADPOSITIONS = words("of", "for", "at", "from", "with", "to", "in", "on");
    private static final Set<String> SKIPPED_ADVERBS = words("also", "later", "then", "previously", "recently",
            "once", "again", "reportedly", "further", "simply", "repeatedly", "publicly", "privately", "quickly",
            "flatly", "bluntly", "famously", "memorably", "earlier", "still", "even", "only", "had", "has", "have",
            "would", "will", "was", "is", "were", "are", "did", "does", "do", "not", "n't", "never", "always",
            "just", "already", "finally", "often", "frequently", "once", "first", "since", "has", "could",
            "may", "might", "should", "can");

    /** Prepositions that open a phrase of time or occasion ("in the past", "during a rally", "on Friday"). */
    private static final Set<String> CIRCUMSTANCE = words("in", "on", "at", "during", "over", "through",
            "throughout");

    /** What follows a name to tell a son from his father ("Vann R. Newkirk II"), tagged as a number or so. */
    private static final Set<String> GENERATION = words("II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.");

    private final MentionIndex mentions;

    NounPhrases(MentionIndex mentions) {
        this.mentions = mentions;
    }

    private static boolean nominal(String pos) {
        return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("NUM") || pos.equals("ADJ")
                || pos.equals("DET") || pos.equals("PRON") || pos.equals("X");
    }

    private static boolean headLike(String pos) {
        return pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("PRON") || pos.equals("X");
    }

    /** A head word, or a determiner standing for people on its own ("Another tweeted", "Many said"). */
    private static boolean headLike(Unit u, int i) {
        return headLike(u.pos(i)) || u.pos(i).equals("DET") && PEOPLE_DETERMINERS.contains(bare(u.word(i)))
                && (i + 1 >= u.size() || !headLike(u.pos(i + 1)));
    }

    static boolean subjectPronoun(Unit u, int i) {
        return SUBJECT_PRONOUNS.contains(bare(u.word(i)));
    }

    /** The word in lower case without a clitic the tokenizer left on it ("He’s" → "he", "We're" → "we"). */
    static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int apostrophe = Math.max(w.indexOf('\''), w.indexOf('’'));
        return apostrophe > 0 ? w.substring(0, apostrophe) : w;
    }

    /** A capitalised word inside a sentence that the tagger took for a verb or auxiliary ("“…,” Will wrote"). */
    static boolean nameLike(Unit u, int i) {
        String w = u.word(i);
        String pos = u.pos(i);
        return i > 0 && Character.isUpperCase(w.charAt(0)) && !w.equals("I")
                && (pos.equals("AUX") || pos.equals("VERB") || pos.equals("ADV") || pos.equals("ADP"))
                && !u.word(i - 1).equals(".") && !u.word(i - 1).equals(":");
    }

    /**
     * The subject of the nearest verb left of {@code end} that has one ("… even though he found “evidence”" → he;
     * "…, rallied supporters, saying: “…”" → the one who rallied), or null.
     */
    Phrase nearestSubject(Unit u, int from, int end) {
        for (int v = end - 1; v >= from; v--) {
            if (!u.quoted()[v] && (u.pos(v).equals("VERB") || u.pos(v).equals("AUX")) && !nameLike(u, v)) {
                Phrase p = subjectOf(u, v, from);
                // "… said Trump is responsible … and accused him": not the subject of a reported clause.
                boolean subordinate = p != null && p.from() > 0 && (u.pos(p.from() - 1).equals("SCONJ")
                        || u.word(p.from() - 1).equalsIgnoreCase("that")
                        || CueWords.isClausal(u.word(p.from() - 1), u.pos(p.from() - 1)));
                if (p != null && !subordinate
                        && !(p.to() - p.from() == 1 && EXPLETIVE.contains(bare(u.word(p.from()))))) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean possessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’");
    }

    /** The phrase ending at token {@code k} (inclusive), extended left no further than {@code limit}, or null. */
    Phrase endingAt(Unit u, int k, int limit) {
        if (k < limit || u.quoted()[k]) {
            return null;
        }
        if (u.word(k).equals(")")) {
            // "Sen. Ted Cruz (R-Texas)": the bracket belongs to the name before it.
            int open = k - 1;
            while (open >= limit && !u.word(open).equals("(") && k - open < 8) {
                open--;
            }
            if (open < limit || !u.word(open).equals("(") || open == limit) {
                return null;
            }
            Phrase inner = endingAt(u, open - 1, limit);
            return inner == null ? null : new Phrase(inner.from, k + 1);
        }
        if (!headLike(u, k) && !nameLike(u, k) && !GENERATION.contains(u.word(k))
                && mentions.within(u.token(k).span()).isEmpty()
                && !(u.pos(k).equals("ADJ") && Character.isUpperCase(u.word(k).charAt(0)))) {
            return null;
        }
        if (subjectPronoun(u, k) || RELATIVE.contains(u.word(k).toLowerCase(Locale.ROOT))) {
            return new Phrase(k, k + 1);
        }
        int j = k;
        while (j - 1 >= limit && !u.quoted()[j - 1]) {
            String w = u.word(j - 1);
            String pos = u.pos(j - 1);
            if (u.pos(j).equals("DET")) {
                break;
            }
            if (possessive(w) || (nominal(pos) || nameLike(u, j - 1)) && !subjectPronoun(u, j - 1)
                    && !RELATIVE.contains(w.toLowerCase(Locale.ROOT))) {
                j--;
            } else if ((NP_ADPOSITIONS.contains(w) || w.equals("and") || w.equals("&")) && j - 2 >= limit
                    && !u.quoted()[j - 2] && headLike(u.pos(j - 2)) && !subjectPronoun(u, j - 2)) {
                j -= 2;
            } else if ((w.equals("-") || w.equals(".")) && j - 2 >= limit
                    && (headLike(u.pos(j - 2)) || u.pos(j - 2).equals("NUM") || u.pos(j - 2).equals("ADJ"))
                    && u.token(j - 2).span().end() == u.token(j - 1).span().start()) {
                j -= 2;
            } else {
                break;
            }
        }
        return withMentions(u, j, k + 1, limit);
    }

    /** Widens {@code [from, to)} leftwards to the start of a name (or its title) it cuts: "Public Advocate Trish James". */
    private Phrase withMentions(Unit u, int from, int to, int limit) {
        Span span = u.span(from, to);
        int start = span.start();
        for (Mention m : mentions.within(span)) {
            int ms = m.roleSpan() != null && m.roleSpan().end() <= m.span().start() + 1
                    ? Math.min(m.roleSpan().start(), m.span().start()) : m.span().start();
            start = Math.min(start, ms);
        }
        int j = from;
        while (j - 1 >= limit && !u.quoted()[j - 1] && u.token(j - 1).span().start() >= start) {
            j--;
        }
        return new Phrase(j, to);
    }

    /**
     * The subject of the verb at {@code v}: the phrase just left of it past adverbs and auxiliaries, or, past an
     * appositive or relative clause between commas, the phrase before that; null when there is none within
     * {@code limit}.
     */
    Phrase subjectOf(Unit u, int v, int limit) {
        int k = v - 1;
        while (k >= limit && !u.quoted()[k] && !nameLike(u, k)
                && (SKIPPED_ADVERBS.contains(u.word(k).toLowerCase(Locale.ROOT))
                || u.pos(k).equals("ADV") && !u.word(k).equalsIgnoreCase("when"))) {
            k--;
        }
        if (k < limit || u.quoted()[k]) {
            return null;
        }
        if (u.word(k).equals(",") || u.word(k).equals("—") || u.word(k).equals("–")) {
            // "Ramil Carr, 31, a Philadelphia freelance photographer, said": past each comma, the first phrase
            // that can be a subject.
            String closer = u.word(k);
            Phrase nearest = k - 1 >= limit ? endingAt(u, k - 1, limit) : null;
            Phrase first = null;
            for (int open = k - 1; open > limit && k - open <= 40 && !u.quoted()[open]; open--) {
                if (u.word(open).equals(closer) && !u.quoted()[open - 1]) {
                    Phrase clause = first == null ? clauseSubject(u, open + 1, k) : null;
                    if (clause != null) {
                        // "At the debate, Sanders compared himself to Clinton, saying …": the commas close a
                        // clause, not an appositive, and its subject speaks.
                        return clause;
                    }
                    Phrase before = endingAt(u, open - 1, limit);
                    if (first == null && before != null && !namesPerson(u, before) && nearest != null
                            && namesPerson(u, nearest)) {
                        // "On Tuesday in Berea, after the vote, Gov. Jane Doe (R-OH), said": a time or place
                        // before the comma, the person right before the verb.
                        return nearest;
                    }
                    if (before != null && namesPerson(u, before)) {
                        return before;
                    }
                    // "Cory James, 22, of Flint, Mich., said": a place between commas; a person may come earlier.
                    first = first == null ? before : first;
                }
            }
            return first;
        }
        Phrase p = endingAt(u, k, limit);
        if (p != null && p.from() > limit && timeOnly(u, p)) {
            // "A group of 67 artists this week published a letter and called …": a bare time phrase between the
            // subject and its verb is an adverbial, not the subject.
            Phrase before = subjectOf(u, p.from(), limit);
            if (before != null) {
                return before;
            }
        }
        if (p != null && p.from() - 1 > limit && !u.quoted()[p.from() - 1] && !namesPerson(u, p)
                && CIRCUMSTANCE.contains(u.word(p.from() - 1).toLowerCase(Locale.ROOT))
                && (!u.pos(p.from() - 2).equals("PUNCT") || u.word(p.from() - 2).equals(",")
                || u.word(p.from() - 2).equals(")"))) {
            // "Trump in his announcement speech called …", "Beck, who has in the past described …": a time or
            // occasion between the subject and its verb. Past a comma, only a person will do ("…, he has battled
            // with the mayor, at one point calling …" is no subject).
            Phrase before = subjectOf(u, p.from() - 1, limit);
            if (before != null && (!u.word(p.from() - 2).equals(",") || namesPerson(u, before))) {
                return before;
            }
        }
        return p;
    }

    /**
     * The subject of {@code [from, to)} when that is a clause of its own, a subject then its verb ("Sanders
     * compared himself to Clinton"), rather than an appositive ("a writer for the Atlantic", "wearing a hat",
     * "who writes fiction"); else null.
     */
    private Phrase clauseSubject(Unit u, int from, int to) {
        for (int v = from + 1; v < to; v++) {
            if (u.quoted()[v]) {
                return null;
            }
            if ((u.pos(v).equals("VERB") || u.pos(v).equals("AUX")) && !nameLike(u, v)) {
                Phrase p = endingAt(u, v - 1, from);
                return p != null && p.from() == from && namesPerson(u, p) ? p : null;
            }
        }
        return null;
    }

    /** Whether the phrase is "he" or "she" or holds the name of a person. */
    boolean namesPerson(Unit u, Phrase p) {
        if (p.to() - p.from() == 1) {
            String w = bare(u.word(p.from()));
            if (w.equals("he") || w.equals("she")) {
                return true;
            }
        }
        Span span = u.span(p.from(), p.to());
        for (Mention m : mentions.within(span)) {
            if (m.kind() == EntityKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** The phrase starting at token {@code s} (after an inverted verb: "said Putin"), or null. */
    Phrase startingAt(Unit u, int s, int limit) {
        if (s >= limit || u.quoted()[s]) {
            return null;
        }
        int j = s;
        while (j < limit && !u.quoted()[j]) {
            String w = u.word(j);
            String pos = u.pos(j);
            if (j > s && subjectPronoun(u, j)) {
                break;
            }
            if (nominal(pos) || possessive(w) && j > s) {
                j++;
                if (subjectPronoun(u, j - 1)) {
                    break;
                }
            } else if (w.equals("of") && j > s && j + 1 < limit && headLike(u.pos(j + 1))) {
                j++;
            } else {
                break;
            }
        }
        while (j > s && !headLike(u.pos(j - 1))) {
            j--;
        }
        return j > s ? new Phrase(s, j) : null;
    }

    /**
     * The unit's subject: the subject of its first verb outside quotes that has one within {@code [from, to)}
     * ("Speaking to MSNBC on Monday, Bush referred to Rubio as …" → Bush); or null.
     */
    Phrase sentenceSubject(Unit u, int from, int to) {
        for (int i = from; i < to; i++) {
            if (u.quoted()[i]) {
                continue;
            }
            String pos = u.pos(i);
            if (pos.equals("VERB") || pos.equals("AUX")) {
                Phrase p = subjectOf(u, i, from);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Words a bare time phrase is made of ("this week", "last Tuesday", "earlier this month", "yesterday"). */
    private static final Set<String> TIME_WORDS = words("this", "last", "next", "that", "earlier", "later", "week",
            "weekend", "month", "year", "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> TIME_HEADS = words("week", "weekend", "month", "year", "morning", "afternoon",
            "evening", "night", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday");

    /** Whether the phrase says only when ("this week", "Tuesday"), so cannot be who. */
    private static boolean timeOnly(Unit u, Phrase p) {
        for (int i = p.from(); i < p.to(); i++) {
            if (!TIME_WORDS.contains(u.word(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return TIME_HEADS.contains(u.word(p.to() - 1).toLowerCase(Locale.ROOT));
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
