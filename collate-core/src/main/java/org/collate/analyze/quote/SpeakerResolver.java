package org.collate.analyze.quote;

import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the words that name a speaker into a {@link Speaker}: a name joins its entity; "he" or "she" joins the
 * person the article is talking about (the latest speaker of that gender, else the latest person named before it,
 * subjects first); a description ("the Russian president") joins the entity that carries that role; anything else
 * ("a campaign spokesman", "sources") stands as written. One per article: it remembers the speakers so far.
 */
final class SpeakerResolver {

    private static final Set<String> OBJECT_PRONOUNS = words("him", "her", "them", "me", "us");
    private static final Set<String> MALE = words("he", "him", "his");
    private static final Set<String> FEMALE = words("she", "her", "hers");
    private static final Set<String> MALE_HONORIFICS = words("Mr", "Mr.", "Sir", "Lord", "M.", "Herr", "Sr.", "Sr");
    private static final Set<String> FEMALE_HONORIFICS = words("Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dame", "Lady",
            "Mme", "Mme.", "Mlle", "Frau", "Sra.", "Sra");
    /** Role words that can stand for one another in a description ("the Chinese leader" for its president). */
    private static final Set<String> LEADER_WORDS = words("leader", "president", "premier", "chancellor",
            "prime", "minister", "king", "queen", "head");


    private final QuoteContext ctx;
    private final NounPhrases phrases;
    private final Function<String, Character> givenNameGender;
    private final Map<String, Character> genders = new HashMap<>();
    /** Entities whose gender above is only the guess of their given name ("Lindsey" is mostly a woman's name). */
    private final Set<String> guessedByName = new HashSet<>();
    /** Speakers attributed so far, in text order of their attributions. */
    private final List<Said> said = new ArrayList<>();

    /** An attribution already made: who, and where (the quote's start and paragraph). */
    record Said(Speaker speaker, int offset, int paragraph) {
    }

    SpeakerResolver(QuoteContext ctx, Function<String, Character> givenNameGender) {
        this.ctx = ctx;
        this.phrases = new NounPhrases(ctx.mentions);
        this.givenNameGender = givenNameGender;
    }

    void remember(Speaker s, int offset) {
        int i = said.size();
        while (i > 0 && said.get(i - 1).offset > offset) {
            i--; // kept in text order: fallbacks are decided after the explicit attributions that follow them
        }
        said.add(i, new Said(s, offset, ctx.paragraphAt(offset)));
    }

    /** The latest speaker remembered before {@code offset} within {@code paragraphs} paragraphs, or null. */
    Speaker previous(int offset, int paragraphs) {
        int p = ctx.paragraphAt(offset);
        for (int i = said.size() - 1; i >= 0; i--) {
            Said s = said.get(i);
            if (s.offset >= offset) {
                continue;
            }
            return p - s.paragraph <= paragraphs ? s.speaker : null;
        }
        return null;
    }

    /**
     * The distinct speakers remembered before {@code offset} within {@code paragraphs} paragraphs, latest first, at
     * most {@code n}.
     */
    List<Speaker> recent(int offset, int paragraphs, int n) {
        int p = ctx.paragraphAt(offset);
        List<Speaker> out = new ArrayList<>(n);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = said.size() - 1; i >= 0 && out.size() < n; i--) {
            Said s = said.get(i);
            if (s.offset >= offset) {
                continue;
            }
            if (p - s.paragraph > paragraphs) {
                break;
            }
            String key = s.speaker.entityId() != null ? s.speaker.entityId() : s.speaker.span().toString();
            if (seen.add(key)) {
                out.add(s.speaker);
            }
        }
        return out;
    }

    /** The speaker named by the phrase {@code [from, to)} of unit {@code u}. */
    Speaker resolve(Unit u, NounPhrases.Phrase np) {
        Span span = u.span(np.from(), np.to());
        String words = span.of(ctx.text);
        if (np.to() - np.from() == 1 && (NounPhrases.subjectPronoun(u, np.from())
                || OBJECT_PRONOUNS.contains(NounPhrases.bare(words)))) {
            return pronoun(words, span);
        }
        if (np.to() - np.from() == 1 && NounPhrases.RELATIVE.contains(words.toLowerCase(Locale.ROOT))) {
            // "Donald Trump — who previously said …": the name before the relative pronoun speaks.
            int k = np.from() - 1;
            while (k >= 0 && (u.word(k).equals(",") || u.word(k).equals("-") || u.word(k).equals("—")
                    || u.word(k).equals("–"))) {
                k--;
            }
            NounPhrases.Phrase antecedent = k >= 0 ? phrases.endingAt(u, k, 0) : null;
            if (antecedent != null) {
                Speaker s = resolve(u, antecedent);
                if (SpeakerCandidates.thing(s)) {
                    // "Sanders released a statement that accused …", "an indictment that generated …": a thing
                    // speaks for whoever put it out, the subject of the clause that names it.
                    NounPhrases.Phrase author = phrases.nearestSubject(u, 0, antecedent.from());
                    if (author != null && author.to() <= antecedent.from()) {
                        Speaker a = resolve(u, author);
                        if (!SpeakerCandidates.thing(a)) {
                            return a;
                        }
                    }
                }
                return new Speaker(s.name(), s.entityId(), span, s.gender());
            }
            return new Speaker(words, null, span, '?');
        }
        int head = head(u, np);
        Span headSpan = u.token(head).span();
        Speaker group = group(u, np, head, span);
        if (group != null) {
            return group;
        }
        for (Mention m : ctx.mentions.within(span)) {
            if (m.span().overlaps(headSpan) || m.span().end() == span.end() && m.roleSpan() != null
                    && m.roleSpan().start() <= headSpan.start()) {
                Entity e = ctx.mentions.entity(m.entityId());
                if (e != null) {
                    return new Speaker(e.name(), e.id(), span, gender(e));
                }
            }
        }
        Entity byRole = byRole(u, np, head, span.start());
        if (byRole != null) {
            return new Speaker(byRole.name(), byRole.id(), span, gender(byRole));
        }
        return new Speaker(words, null, span, '?');
    }

    /**
     * "Russian President Vladimir Putin and Chinese leader Xi Jinping looked to rally leaders behind a new
     * “international order”": a subject that joins two speakers with "and" is both of them, not its first name. The
     * speaker is the pair, with no single entity: crediting one of them would put the words in one mouth.
     */
    private Speaker group(Unit u, NounPhrases.Phrase np, int head, Span span) {
        Speaker headline = headlinePair(u, np, span);
        if (headline != null) {
            return headline;
        }
        int and = head + 1;
        if (and >= np.to() - 1 || !(u.word(and).equals("and") || u.word(and).equals("&"))) {
            return null;
        }
        Span first = u.span(np.from(), and);
        Span second = u.span(and + 1, np.to());
        Entity a = speakingEntity(first);
        Entity b = speakingEntity(second);
        if (a == null || b == null || a.id().equals(b.id())) {
            return null;
        }
        return new Speaker(pair(a, b), null, span, '?');
    }

    /** Whether {@code s} is a pair this resolver named ({@link #group}): no entity, two speakers named in its words. */
    boolean isPair(Speaker s) {
        if (s == null || s.entityId() != null || s.span() == null || !s.name().contains(" and ")) {
            return false;
        }
        Set<String> ids = new HashSet<>();
        for (Mention m : ctx.mentions.within(s.span())) {
            Entity e = ctx.mentions.entity(m.entityId());
            if (speaks(e)) {
                ids.add(e.id());
            }
        }
        return ids.size() >= 2;
    }

    /** A pair's name, in one order whatever the order of the words, so that two renderings name one speaker. */
    private static String pair(Entity a, Entity b) {
        return a.name().compareTo(b.name()) <= 0 ? a.name() + " and " + b.name() : b.name() + " and " + a.name();
    }

    /**
     * "Xi, Putin look to challenge ‘international order’": a headline writes a pair as two names with a comma, at
     * the start of its sentence. Only a bare name before the comma counts, so that an appositive ("Trump's rival,
     * Ted Cruz") or a dateline place ("Kyiv, Zelensky") stays out.
     */
    private Speaker headlinePair(Unit u, NounPhrases.Phrase np, Span span) {
        int comma = np.from() - 1;
        if (comma < 1 || !u.word(comma).equals(",") || np.to() >= u.size()
                || !(u.pos(np.to()).equals("VERB") || u.pos(np.to()).equals("AUX"))) {
            return null;
        }
        NounPhrases.Phrase before = phrases.endingAt(u, comma - 1, 0);
        if (before == null || before.from() != 0) {
            return null;
        }
        Span first = u.span(0, comma);
        Entity a = speakingEntity(first);
        Entity b = speakingEntity(span);
        if (a == null || b == null || a.id().equals(b.id()) || !bareName(first)) {
            return null;
        }
        return new Speaker(pair(a, b), null, u.span(0, np.to()), '?');
    }

    /** Whether the words of {@code span} are one person or organisation mention and nothing else. */
    private boolean bareName(Span span) {
        List<Mention> within = ctx.mentions.within(span);
        return within.size() == 1 && within.get(0).span().start() == span.start()
                && within.get(0).span().end() == span.end();
    }

    /** The person or organisation a mention within {@code span} names, the last one when several do. */
    private Entity speakingEntity(Span span) {
        Entity out = null;
        for (Mention m : ctx.mentions.within(span)) {
            Entity e = ctx.mentions.entity(m.entityId());
            if (speaks(e)) {
                out = e;
            }
        }
        return out;
    }

    /** A person or an organisation: who can be a speaker of a pair. */
    private static boolean speaks(Entity e) {
        return e != null && (e.kind() == EntityKind.PERSON || e.kind() == EntityKind.ORGANIZATION);
    }

    /**
     * The phrase's head: the last word before a preposition that starts a complement ("a spokesman for …") or
     * before a bracket that follows a name ("Sen. Jane Doe (D-Mo.)").
     */
    private static int head(Unit u, NounPhrases.Phrase np) {
        for (int i = np.from() + 1; i < np.to() - 1; i++) {
            String pos = u.pos(i);
            if (pos.equals("ADP") || u.word(i).equals("and") || u.word(i).equals("(")) {
                return i - 1;
            }
        }
        return np.to() - 1;
    }

    private Speaker pronoun(String word, Span span) {
        String w = NounPhrases.bare(word);
        char g = MALE.contains(w) ? 'm' : FEMALE.contains(w) ? 'f' : '?';
        if (g == '?') {
            return new Speaker(word, null, span, '?');
        }
        Entity e = antecedent(span.start(), g);
        if (e == null) {
            return new Speaker(word, null, span, g);
        }
        genders.putIfAbsent(e.id(), g);
        return new Speaker(e.name(), e.id(), span, g);
    }

    /**
     * The person a "he" or "she" at {@code offset} stands for: the latest speaker of that gender within the last
     * two paragraphs, else the first compatible person named (outside quotes) in the nearest sentence before it.
     */
    private Entity antecedent(int offset, char g) {
        int paragraph = ctx.paragraphAt(offset);
        int unit = ctx.unitAt(offset);
        // The subject of the pronoun's own sentence first: "Trump has hailed …, telling reporters that he …".
        Entity own = unit < 0 ? null : firstPerson(ctx.units.get(unit), offset, g);
        if (own != null) {
            return own;
        }
        for (int i = said.size() - 1; i >= 0; i--) {
            Said s = said.get(i);
            if (s.offset >= offset) {
                continue;
            }
            if (paragraph - s.paragraph > 2) {
                break;
            }
            Entity e = ctx.mentions.entity(s.speaker.entityId());
            if (e != null && e.kind() == EntityKind.PERSON && compatible(gender(e), g)) {
                return e;
            }
        }
        for (int k = unit - 1; k >= 0 && k > unit - 6; k--) {
            Unit u = ctx.units.get(k);
            if (paragraph - u.paragraph() > 2) {
                break;
            }
            Entity e = firstPerson(u, offset, g);
            if (e != null) {
                return e;
            }
        }
        // "Sen. Lindsey Graham … Graham assures his audience he will …": a gender guessed from a given name alone
        // is a guess; when nothing else fits, the person named before the pronoun in its own sentence is taken.
        return unit < 0 ? null : firstPerson(ctx.units.get(unit), offset, g, true);
    }

    /** The first person of a compatible gender named outside quotes in the unit, before {@code offset}. */
    private Entity firstPerson(Unit u, int offset, char g) {
        return firstPerson(u, offset, g, false);
    }

    /** @param overruleNames whether a gender guessed from the given name alone may be overruled */
    private Entity firstPerson(Unit u, int offset, char g, boolean overruleNames) {
        List<Mention> persons = ctx.mentions.personsBefore(u.span().start(), Math.min(offset, u.span().end()),
                u.span().contains(new Span(offset, offset)));
        Entity best = null;
        Entity bestFree = null;
        for (Mention m : persons) { // latest first: the last one kept is the earliest, the subject
            if (ctx.insideQuote(m.span().start())) {
                continue;
            }
            Entity e = ctx.mentions.entity(m.entityId());
            if (e != null && e.kind() != EntityKind.PLACE && e.kind() != EntityKind.ORGANIZATION
                    && (compatible(gender(e), g) || overruleNames && guessedByName.contains(e.id()))) {
                best = e;
                if (!afterPreposition(u, m)) {
                    bestFree = e;
                }
            }
        }
        // "With a vote for Trump ruled out, Cross said he …": a name inside a prepositional phrase is seldom
        // what the pronoun stands for when another is named outside one.
        return bestFree != null ? bestFree : best;
    }

    /** Whether the word before the mention is a preposition ("for Trump", "with Clinton"). */
    private static boolean afterPreposition(Unit u, Mention m) {
        int k = u.lastEndingBy(m.span().start());
        return k >= 0 && u.pos(k).equals("ADP") && !u.word(k).equalsIgnoreCase("by");
    }

    private static boolean compatible(char known, char wanted) {
        return known == '?' || known == wanted;
    }

    char gender(Entity e) {
        Character known = genders.get(e.id());
        if (known != null) {
            return known;
        }
        char g = '?';
        for (String v : e.variants()) {
            String first = v.split(" ", 2)[0];
            if (MALE_HONORIFICS.contains(first)) {
                g = 'm';
                break;
            }
            if (FEMALE_HONORIFICS.contains(first)) {
                g = 'f';
                break;
            }
        }
        if (g == '?' && e.kind() == EntityKind.PERSON) {
            String[] words = e.name().split(" ");
            if (words.length >= 2) {
                Character byName = givenNameGender.apply(words[0]);
                g = byName == null ? '?' : byName;
                if (byName != null) {
                    guessedByName.add(e.id());
                }
            }
        }
        if (e.kind() != EntityKind.PERSON && e.kind() != EntityKind.OTHER) {
            g = 'n';
        }
        genders.put(e.id(), g);
        return g;
    }

    /**
     * The entity a description stands for: the latest entity named before {@code offset} whose roles hold the
     * description's head word ("president") and its capitalised modifiers ("Russian").
     */
    private Entity byRole(Unit u, NounPhrases.Phrase np, int head, int offset) {
        String h = u.word(head).toLowerCase(Locale.ROOT);
        if (!u.pos(head).equals("NOUN")) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (int i = np.from(); i < head; i++) {
            String w = u.word(i);
            if (Character.isUpperCase(w.charAt(0)) && !u.pos(i).equals("DET")) {
                modifiers.add(w.toLowerCase(Locale.ROOT));
            }
        }
        Entity best = null;
        int bestAt = -1;
        for (Mention m : ctx.mentions.personsBefore(0, offset)) {
            if (m.span().start() <= bestAt) {
                break;
            }
            Entity e = ctx.mentions.entity(m.entityId());
            if (e == null) {
                continue;
            }
            for (String role : e.roles()) {
                String r = role.toLowerCase(Locale.ROOT);
                boolean headOk = r.contains(h) || (h.equals("leader") || h.equals("head"))
                        && LEADER_WORDS.stream().anyMatch(r::contains);
                if (headOk && modifiers.stream().allMatch(r::contains)) {
                    best = e;
                    bestAt = m.span().start();
                    break;
                }
            }
            if (best != null) {
                break;
            }
        }
        return best;
    }

    private static Set<String> words(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }
}
