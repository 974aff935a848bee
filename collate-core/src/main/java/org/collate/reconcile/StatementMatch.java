package org.collate.reconcile;

import org.collate.lexicon.ReportingVerbs;
import org.collate.model.DateMention;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.NumberMention;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two aligned sentences state the same fact, rather than merely speak of the same topic. Alignment pairs
 * sentences that are alike; agreement and disagreement need more: the same participants, the same quantities, the
 * same event. Two sentences state one fact when most of the shorter one's content words are in the other and a good
 * part of the longer one's (neither a question), they
 * share a named participant where both name any, and no number of the shorter is missing from the longer. A day or
 * a quantity belongs to one event when a verb next to it is the same in both ("escaped on Monday" / "commented on
 * Thursday" are two events, not a disagreement about one).
 */
final class StatementMatch {

    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

    /** The years a sentence names (the number extractor leaves them to the dates). */
    private static Set<String> years(String text) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = YEAR.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Share of the shorter sentence's content terms that the other must hold to speak of the same thing. */
    static final double SAME_FACT_OVERLAP = 0.5;
    /**
     * To state the same fact, more: three content terms shared at least, 60% of the shorter sentence's and 35% of the
     * longer's (a short sentence shares half its words with many; read on the dev stories' agreed facts).
     */
    static final int MIN_SHARED_TERMS = 3;
    static final double SAME_FACT_SHORTER = 0.6;
    static final double SAME_FACT_LONGER = 0.35;
    /** For a disagreement, the longer sentence's share is higher: the two must be one statement, not one topic. */
    static final double SAME_STATEMENT_LONGER = 0.4;

    /**
     * A page's own stamp ("Posted: 05/02/07 10:12", "Last updated 22:07 GMT"): furniture, not a statement of the
     * story.
     */
    private static final Pattern STAMP = Pattern.compile("(?i)^\\W*(posted|updated|last updated|published|"
            + "first published|modified|last modified)\\b[^.!?]{0,60}\\d");

    /** Words of opinion and advice: a sentence built on them is one outlet's view, not a fact to agree with. */
    private static final Pattern OPINION = Pattern.compile("(?i)\\b(should|must|ought to|i think|we think|"
            + "i believe|we believe|in my view|in our view|in my opinion|it is time|let us|let's)\\b");

    private StatementMatch() {
    }

    /** Whether the sentence is a page's publication or update stamp. */
    static boolean isStamp(StorySentence s) {
        return STAMP.matcher(s.text()).find();
    }

    /** Whether the sentence asks rather than states (its last character before closing quotes is "?"). */
    static boolean isQuestion(StorySentence s) {
        return s.text().strip().replaceAll("[”\"’'»)\\]]+$", "").endsWith("?");
    }

    /** Whether the sentence gives a view or advice with no participant or number to check. */
    static boolean isOpinion(StorySentence s) {
        return s.entities().isEmpty() && s.numbers().isEmpty() && OPINION.matcher(s.text()).find();
    }

    /** Whether two sentences state the same fact (see the class comment). */
    static boolean sameFact(StorySentence a, StorySentence b) {
        if (a.text().equals(b.text())) {
            return true;
        }
        if (isQuestion(a) || isQuestion(b)) {
            return false; // a question states nothing
        }
        Set<String> ta = a.terms().keySet();
        Set<String> tb = b.terms().keySet();
        long shared = ta.stream().filter(tb::contains).count();
        if (shared < MIN_SHARED_TERMS || shared < SAME_FACT_SHORTER * Math.min(ta.size(), tb.size())
                || shared < SAME_FACT_LONGER * Math.max(ta.size(), tb.size())) {
            return false;
        }
        if (!a.entities().isEmpty() && !b.entities().isEmpty()
                && a.entities().stream().noneMatch(b.entities()::contains)) {
            return false;
        }
        Set<String> ya = years(a.text());
        Set<String> yb = years(b.text());
        if (!ya.isEmpty() && !yb.isEmpty() && !ya.containsAll(yb) && !yb.containsAll(ya)) {
            return false; // "In 1970, he was indicted" / "In 1969, he was indicted": a conflict, not an agreement
        }
        StorySentence fewer = a.numbers().size() <= b.numbers().size() ? a : b;
        StorySentence more = fewer == a ? b : a;
        for (NumberMention n : fewer.numbers()) {
            if (more.numbers().stream().noneMatch(m -> NumberSlot.compatible(n, m))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two sentences make the same statement, so that a value in which they differ is a disagreement: three
     * content terms shared at least, 60% of the shorter's and 40% of the longer's. Independent outlets' sentences
     * that only share a topic pair two things far more often than they disagree (read on the dev stories: of the
     * conflicts between such sentences, one in ten was real).
     */
    static boolean sameStatement(StorySentence a, StorySentence b) {
        Set<String> ta = words(a);
        Set<String> tb = words(b);
        long shared = ta.stream().filter(tb::contains).count();
        return shared >= MIN_SHARED_TERMS && shared >= SAME_FACT_SHORTER * Math.min(ta.size(), tb.size())
                && shared >= SAME_STATEMENT_LONGER * Math.max(ta.size(), tb.size());
    }

    /**
     * Whether two sentences of renderings of one text render one statement: three content terms shared at least, and
     * 30% of the longer's. Looser than {@link #sameStatement}: a translation changes the verbs and the word order of
     * a sentence it renders ("the output … amounted to 115 thousand vehicles" / "15,000 vehicles were released"),
     * while two different sentences of a rewrite share a topic's few words ("had five points during a run" / "Those
     * 10 points tied him with …").
     */
    static boolean sameRenderedStatement(StorySentence a, StorySentence b) {
        Set<String> ta = words(a);
        Set<String> tb = words(b);
        long shared = ta.stream().filter(tb::contains).count();
        return shared >= MIN_SHARED_TERMS && shared >= SAME_RENDERING_LONGER * Math.max(ta.size(), tb.size());
    }

    /** {@link #sameRenderedStatement}: the longer rendering's share of shared terms. */
    static final double SAME_RENDERING_LONGER = 0.3;

    /** A sentence's content terms without its numbers: the values compared are no evidence of one statement. */
    private static Set<String> words(StorySentence s) {
        Set<String> out = new HashSet<>();
        for (String t : s.terms().keySet()) {
            if (t.chars().noneMatch(Character::isDigit)) {
                out.add(t);
            }
        }
        return out;
    }

    /** Share of the shorter sentence's content terms that the other holds (0 when it has none). */
    static double overlap(StorySentence a, StorySentence b) {
        Set<String> ta = a.terms().keySet();
        Set<String> tb = b.terms().keySet();
        Set<String> shorter = ta.size() <= tb.size() ? ta : tb;
        Set<String> longer = shorter == ta ? tb : ta;
        if (shorter.isEmpty()) {
            return 0;
        }
        return shorter.stream().filter(longer::contains).count() / (double) shorter.size();
    }

    /**
     * Whether two numbers belong to the same participant: the nearest person, organisation or other name (not a place) before each in its
     * sentence is the same name ("Klitschko … (51 KO)" / "Thompson (… 24 KO)" are two boxers' records). Numbers with
     * no participant before them, on either side, may belong to the same.
     */
    static boolean sameOwner(StorySentence a, NumberMention x, StorySentence b, NumberMention y) {
        String ox = owner(a, x);
        String oy = owner(b, y);
        return ox == null || oy == null || NameSimilarity.fold(ox).equals(NameSimilarity.fold(oy))
                || NameSimilarity.sameWord(ox, oy);
    }

    /** The last word of the nearest person or organisation named before the number in its sentence, or null. */
    private static String owner(StorySentence s, NumberMention n) {
        Mention best = null;
        for (Mention m : s.mentions()) {
            if (m.kind() != EntityKind.PLACE && m.span().end() <= n.span().start() && (best == null || m.span().end() > best.span().end())) {
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String[] words = best.text().replaceAll("['’]s$", "").split("\\s+");
        return words[words.length - 1];
    }

    /**
     * Whether a day in each sentence belongs to the same event: the two sentences say the same things otherwise, and
     * a verb next to each day is one verb (or the tagger read no verb in either).
     */
    static boolean sameEvent(StorySentence a, DateMention da, StorySentence b, DateMention db) {
        Set<String> va = verbsAround(a, da.span());
        Set<String> vb = verbsAround(b, db.span());
        if (overlap(a, b) < SAME_FACT_OVERLAP) {
            return false; // two sentences that say different things speak of two events, whatever their days
        }
        return va.isEmpty() && vb.isEmpty() || va.stream().anyMatch(vb::contains);
    }

    /**
     * Whether two quantities are told of the same action: a verb next to each is one verb, or either has none
     * ("needed nine points" / "scored 20 points" are two things; "killed 53" / "killed 35" one).
     */
    static boolean sameAction(StorySentence a, NumberMention x, StorySentence b, NumberMention y) {
        Set<String> va = verbsAround(a, x.span());
        Set<String> vb = verbsAround(b, y.span());
        // One statement worded otherwise (a translation, a rewrite) may use other verbs for the same action.
        return va.isEmpty() || vb.isEmpty() || va.stream().anyMatch(vb::contains) || sameStatement(a, b);
    }

    /**
     * The stems of the nearest verb before and the nearest after a span, reporting verbs aside ("said" follows
     * statements of every event). Two, not one: a tagger may read "left" or "injured" as the verb of "left dozens
     * injured".
     */
    private static Set<String> verbsAround(StorySentence s, Span d) {
        Token before = null;
        Token after = null;
        for (Token t : s.sentence().tokens()) {
            if (!t.pos().equals("VERB") || ReportingVerbs.isSpeechVerb(t.text())) {
                continue;
            }
            if (t.span().end() <= d.start()) {
                before = t;
            } else if (t.span().start() >= d.end() && after == null) {
                after = t;
            }
        }
        Set<String> out = new HashSet<>();
        if (before != null) {
            out.add(stem(before.text()));
        }
        if (after != null) {
            out.add(stem(after.text()));
        }
        return out;
    }

    /** A crude stem, enough to tell "met"/"meet" apart from "said": the first four letters, lower case. */
    private static String stem(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        return v.length() <= 4 ? v : v.substring(0, 4);
    }
}
