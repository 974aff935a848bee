package org.collate.analyze.quote;

import org.collate.lexicon.WordNet;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mentions that may have said a direct quote, with the features {@link SpeakerRanker} weighs: the rules' own
 * choice (and how they made it), the persons, organisations and pronouns named outside quotes in the quote's
 * sentence, the two before it and the one after it, the subjects and inverted subjects of reporting verbs there, and
 * the latest speakers. Mentions of one entity are one candidate. Features say where a mention stands (side, sentences
 * and words away, how many other candidates stand nearer the quote), what it is (name kind, pronoun, description),
 * its syntax (subject of a reporting verb, first in its sentence, after a preposition, parts of speech around it) and
 * its history (the previous speaker, the speaker of the neighbouring quotes); never its words, so the model learns
 * no article's content. Phrases that name a thing or an event ("the summit", "the report") are no candidates: a
 * speaker is a person or an organisation.
 */
final class SpeakerCandidates {

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we");
    /** Features also conjoined with the quote's shape (opening its sentence or inside one; its last mark). */
    private static final Set<String> SHAPED = Set.of("rule", "prev1", "prevQ", "nextQ", "cs.A", "cs.B", "ci.A",
            "ci.B", "sentSubj", "nearSubj", "side=B", "side=A", "side=U-1", "side=U+1", "cs.U-1", "cs.U+1", "ci.U-1",
            "ci.U+1", "near=1");

    private final QuoteContext ctx;
    private final SpeakerResolver speakers;
    private final NounPhrases phrases;
    private final int previousSpeakerParagraphs;

    /** A candidate being gathered. */
    static final class Candidate {
        final String key;
        Speaker speaker;
        Attribution rule;
        String verb;
        Span verbSpan;
        int distance = Integer.MAX_VALUE;
        final Set<String> features = new TreeSet<>();

        Candidate(String key, Speaker speaker) {
            this.key = key;
            this.speaker = speaker;
        }

        /** The attribution this candidate makes when chosen. */
        Attribution attribution() {
            if (rule != null) {
                return rule;
            }
            return verb != null ? new Attribution(speaker, verb, verbSpan, Attribution.How.EXPLICIT)
                    : new Attribution(speaker, null, null, Attribution.How.SUBJECT);
        }
    }

    /** A phrase a reporting verb governs: its subject, or the one after it ("said the spokesman"). */
    private record CueArg(int from, int to, int verb, boolean inverted) {
    }

    SpeakerCandidates(QuoteContext ctx, SpeakerResolver speakers, int previousSpeakerParagraphs) {
        this.ctx = ctx;
        this.speakers = speakers;
        this.phrases = new NounPhrases(ctx.mentions);
        this.previousSpeakerParagraphs = previousSpeakerParagraphs;
    }

    /** The candidates for passage {@code i}, given every passage's attribution by the rules. */
    List<Candidate> of(List<QuotedPassage> passages, Attribution[] found, int i) {
        QuotedPassage q = passages.get(i);
        Map<String, Candidate> cands = new LinkedHashMap<>();
        int pq = ctx.paragraphAt(q.open());
        int uo = ctx.unitAt(q.open());
        int uc = ctx.unitAt(q.close() >= 0 ? q.close() : q.end() - 1);
        Attribution a = found[i];
        if (a != null) {
            Speaker s = a.speaker();
            String key = a.reportedBy() != null ? "outer" : key(s);
            Candidate c = new Candidate(key, s);
            c.rule = a;
            c.features.add("rule");
            c.features.add("rule.how=" + a.how());
            c.features.add(a.verb() == null ? "rule.noverb" : "rule.verb");
            if (a.reportedBy() != null) {
                c.features.add("rule.outer");
            }
            c.features.add("rule." + kind(s));
            cands.put(key, c);
            if (a.reportedBy() == null) {
                locate(cands, c, s, q, uo, uc, pq);
            }
        }
        if (uo >= 0 && uc >= uo) {
            int lastParagraph = ctx.units.get(uc).paragraph();
            for (int k = Math.max(0, uo - 2); k <= Math.min(ctx.units.size() - 1, uc + 1); k++) {
                Unit u = ctx.units.get(k);
                if (u.paragraph() < pq - 1 || k > uc && u.paragraph() != lastParagraph) {
                    continue;
                }
                gather(cands, u, q, uo, uc, pq);
            }
        }
        List<Speaker> recent = speakers.recent(q.open(), previousSpeakerParagraphs, 2);
        for (int r = 0; r < recent.size(); r++) {
            history(cands, recent.get(r)).features.add("prev" + (r + 1));
        }
        if (i > 0 && found[i - 1] != null && pq - ctx.paragraphAt(passages.get(i - 1).open()) <= 1) {
            Candidate c = history(cands, found[i - 1].speaker());
            c.features.add("prevQ");
            c.features.add("prevQ.dp=" + (pq - ctx.paragraphAt(passages.get(i - 1).open())));
        }
        if (i + 1 < passages.size() && found[i + 1] != null
                && ctx.paragraphAt(passages.get(i + 1).open()) == pq) {
            Candidate c = history(cands, found[i + 1].speaker());
            c.features.add("nextQ");
            c.features.add("nextQ." + found[i + 1].how());
        }
        String shape = shape(q, uo);
        List<Candidate> out = new ArrayList<>(cands.size());
        Span group = a != null && a.reportedBy() == null && speakers.isPair(a.speaker()) ? a.speaker().span()
                : null;
        List<Candidate> kept = new ArrayList<>(cands.size());
        for (Candidate c : cands.values()) {
            if (thing(c.speaker) && (c.rule == null || c.rule.reportedBy() == null)) {
                continue;
            }
            if (c.rule != null && c.rule.reportedBy() == null && inDateline(c.speaker.span())) {
                continue; // "PHILADELPHIA — The DNC issued a “deep and sincere apology”": the rules took the place
            }
            if (group != null && c.rule == null && c.speaker.span() != null
                    && group.start() <= c.speaker.span().start() && c.speaker.span().end() <= group.end()) {
                // "Putin and Xi looked to rally leaders behind a new “order”": one of a pair is not the speaker.
                continue;
            }
            if (c.speaker.entityId() != null) {
                Entity e = ctx.mentions.entity(c.speaker.entityId());
                int n = e == null ? 0 : e.mentions().size();
                c.features.add("freq=" + (n <= 1 ? "1" : n <= 3 ? "2-3" : n <= 9 ? "4-9" : "10+"));
            }
            c.features.add("kind=" + kind(c.speaker));
            List<String> shaped = new ArrayList<>();
            for (String f : c.features) {
                if (SHAPED.contains(f)) {
                    shaped.add(shape + "&" + f);
                }
                if (f.startsWith("rule.how=")) {
                    shaped.add(f + "&kind=" + kind(c.speaker));
                }
            }
            c.features.addAll(shaped);
            kept.add(c);
        }
        rankByDistance(kept, q);
        out.addAll(kept);
        return out;
    }

    /**
     * Ranks the candidates by how near the words naming them stand to the quote, in characters to its nearer end:
     * "near=1" for the nearest. What lies between them is for the other features to say; how many others stand closer
     * is what no single mention's features can.
     */
    private static void rankByDistance(List<Candidate> cands, QuotedPassage q) {
        long[] d = new long[cands.size()];
        for (int i = 0; i < d.length; i++) {
            Span s = cands.get(i).speaker.span();
            d[i] = s == null ? Long.MAX_VALUE
                    : s.end() <= q.open() ? q.open() - s.end() : s.start() >= q.end() ? s.start() - q.end() : 0;
        }
        for (int i = 0; i < d.length; i++) {
            int closer = 0;
            for (int j = 0; j < d.length; j++) {
                if (d[j] < d[i]) {
                    closer++;
                }
            }
            cands.get(i).features.add("near=" + (closer >= 2 ? "3+" : Integer.toString(closer + 1)));
        }
    }

    /** "q.open" (the quote starts its sentence) or "q.in", with the quote's last mark: ",", ".", "?", "!" or "w". */
    private String shape(QuotedPassage q, int uo) {
        String start = QuoteExtractor.opensSentence(ctx, q) ? "q.open" : "q.in";
        char last = ctx.text.charAt(q.content().end() - 1);
        String mark = ",.?!".indexOf(last) >= 0 ? String.valueOf(last) : "w";
        return start + mark;
    }

    private Candidate candidate(Map<String, Candidate> cands, Speaker s) {
        return cands.computeIfAbsent(key(s), k -> new Candidate(k, s));
    }

    /**
     * A speaker of another quote: the entity it was resolved to, whatever words named it there (a pronoun far from
     * this quote is no evidence of its own).
     */
    private Candidate history(Map<String, Candidate> cands, Speaker s) {
        String key = s.entityId() != null ? "e:" + s.entityId() : key(s);
        return cands.computeIfAbsent(key, k -> new Candidate(k, s));
    }

    /**
     * Mentions of one entity are one candidate, but a pronoun stays one of its own: what it stands for is a guess,
     * and its own words are what a reader (and the gold) points at.
     */
    private String key(Speaker s) {
        boolean pronoun = s.span() != null && s.span().length() <= 4
                && PRONOUNS.contains(NounPhrases.bare(s.span().of(ctx.text).strip()));
        return s.entityId() != null && !pronoun ? "e:" + s.entityId()
                : "s:" + s.span().start() + "-" + s.span().end();
    }

    /** Adds the features of the rules' speaker where it stands, when it stands in a unit. */
    private void locate(Map<String, Candidate> cands, Candidate c, Speaker s, QuotedPassage q, int uo, int uc,
                        int pq) {
        int k = ctx.unitAt(s.span().start());
        if (k < 0) {
            return;
        }
        Unit u = ctx.units.get(k);
        int from = u.firstAtOrAfter(s.span().start());
        int to = u.lastEndingBy(s.span().end()) + 1;
        if (from < to) {
            instance(c, s, u, from, to, q, uo, uc, pq, cueArgs(u));
        }
    }

    /** The names and pronouns of one unit, outside quotes. */
    private void gather(Map<String, Candidate> cands, Unit u, QuotedPassage q, int uo, int uc, int pq) {
        List<CueArg> args = cueArgs(u);
        int dateline = datelineEnd(u);
        for (Mention m : ctx.mentions.within(u.span())) {
            if (ctx.insideQuote(m.span().start())
                    || dateline > 0 && m.span().end() <= u.token(dateline).span().start()) {
                continue;
            }
            Entity e = ctx.mentions.entity(m.entityId());
            if (e == null) {
                continue;
            }
            int from = u.firstAtOrAfter(m.span().start());
            int to = u.lastEndingBy(m.span().end()) + 1;
            if (from >= to) {
                continue;
            }
            Speaker s = new Speaker(e.name(), e.id(), m.span(), speakers.gender(e));
            instance(candidate(cands, s), s, u, from, to, q, uo, uc, pq, args);
        }
        for (int t = 0; t < u.size(); t++) {
            if (!u.quoted()[t] && u.pos(t).equals("PRON") && PRONOUNS.contains(NounPhrases.bare(u.word(t)))) {
                Speaker s = speakers.resolve(u, new NounPhrases.Phrase(t, t + 1));
                instance(candidate(cands, s), s, u, t, t + 1, q, uo, uc, pq, args);
            }
        }
        // Descriptions a reporting verb governs: "said a spokesman", "officials said".
        for (CueArg arg : args) {
            if (ctx.mentions.within(u.span(arg.from, arg.to)).isEmpty()
                    && !(arg.to - arg.from == 1 && PRONOUNS.contains(NounPhrases.bare(u.word(arg.from))))) {
                Speaker s = speakers.resolve(u, new NounPhrases.Phrase(arg.from, arg.to));
                instance(candidate(cands, s), s, u, arg.from, arg.to, q, uo, uc, pq, args);
            }
        }
    }

    /**
     * The token that ends a dateline opening its paragraph ("SAMARKAND, Uzbekistan: …", "WASHINGTON (AP) — …"),
     * or -1: the place a story was filed from never speaks in it.
     */
    private int datelineEnd(Unit u) {
        if (u.index() > 0 && ctx.units.get(u.index() - 1).paragraph() == u.paragraph() || u.size() < 3) {
            return -1;
        }
        String first = u.word(0);
        if (first.length() < 3 || !first.chars().allMatch(Character::isLetter)
                || !first.equals(first.toUpperCase(Locale.ROOT))) {
            return -1;
        }
        for (int k = 1; k < Math.min(u.size() - 1, 8); k++) {
            String w = u.word(k);
            if (w.equals(":") || w.equals("—") || w.equals("–") || w.equals("-")) {
                return k;
            }
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code span} lies in the dateline of the unit it starts in ({@link #datelineEnd}). */
    private boolean inDateline(Span span) {
        int k = span == null ? -1 : ctx.unitAt(span.start());
        if (k < 0) {
            return false;
        }
        Unit u = ctx.units.get(k);
        int end = datelineEnd(u);
        return end > 0 && span.end() <= u.token(end).span().start();
    }

    private List<CueArg> cueArgs(Unit u) {
        List<CueArg> out = new ArrayList<>(2);
        for (int v = 0; v < u.size(); v++) {
            if (u.quoted()[v] || !DirectQuotes.isCueAt(u, v)) {
                continue;
            }
            NounPhrases.Phrase subject = phrases.subjectOf(u, v, 0);
            if (subject != null) {
                out.add(new CueArg(subject.from(), subject.to(), v, false));
            }
            NounPhrases.Phrase after = phrases.startingAt(u, v + 1, u.size());
            if (after != null) {
                out.add(new CueArg(after.from(), after.to(), v, true));
            }
        }
        return out;
    }

    /** The features of one mention of a candidate, at tokens {@code [from, to)} of unit {@code u}. */
    private void instance(Candidate c, Speaker s, Unit u, int from, int to, QuotedPassage q, int uo, int uc, int pq,
                          List<CueArg> args) {
        Set<String> f = c.features;
        String side;
        int gap = -1;
        int k = u.index();
        if (k < uo) {
            side = "U-" + Math.min(uo - k, 3);
        } else if (k > uc) {
            side = "U+" + Math.min(k - uc, 3);
        } else if (k == uo && to <= u.lastEndingBy(q.open()) + 1) {
            side = "B";
            gap = u.lastEndingBy(q.open()) + 1 - to;
        } else if (k == uc && from >= u.firstAtOrAfter(q.end())) {
            side = "A";
            gap = from - u.firstAtOrAfter(q.end());
        } else {
            side = "M";
        }
        f.add("side=" + side);
        String kind = kind(s);
        f.add(side + "&kind=" + kind);
        if (gap >= 0) {
            String g = gap <= 2 ? Integer.toString(gap) : gap <= 5 ? "3-5" : gap <= 10 ? "6-10" : "11+";
            f.add(side + ".gap=" + g);
        }
        f.add("dp=" + Math.min(3, Math.abs(pq - u.paragraph())));
        int distance = Math.abs(s.span().start() - q.open());
        for (CueArg arg : args) {
            if (arg.from < to && from < arg.to) {
                String role = arg.inverted ? "ci" : "cs";
                f.add(role + "." + side);
                f.add(role + "." + side + "&kind=" + kind);
                f.add("cue=" + u.word(arg.verb).toLowerCase(Locale.ROOT));
                f.add(role + "&cue=" + u.word(arg.verb).toLowerCase(Locale.ROOT));
                if (c.rule == null && distance < c.distance) {
                    c.verbSpan = u.span(arg.verb, arg.verb + 1);
                    c.verb = c.verbSpan.of(ctx.text);
                }
            }
        }
        NounPhrases.Phrase sentence = phrases.sentenceSubject(u, 0, u.size());
        if (sentence != null && sentence.from() < to && from < sentence.to()) {
            f.add("sentSubj");
            f.add("sentSubj." + side);
        }
        if (k == uo) {
            NounPhrases.Phrase near = phrases.nearestSubject(u, 0, u.lastEndingBy(q.open()) + 1);
            if (near != null && near.from() < to && from < near.to()) {
                f.add("nearSubj");
            }
        }
        f.add("pw=" + (from == 0 ? "^" : around(u, from - 1)));
        f.add("nw=" + (to >= u.size() ? "$" : around(u, to)));
        if (from > 0 && u.pos(from - 1).equals("ADP")) {
            f.add(u.word(from - 1).equalsIgnoreCase("by") ? "by" : "prep");
        }
        if (c.rule == null && distance < c.distance) {
            c.speaker = s;
            c.distance = distance;
        }
    }

    /** A neighbouring token as a feature: punctuation as itself, anything else by its part of speech. */
    private static final java.util.regex.Pattern PUNCTUATION = java.util.regex.Pattern.compile("[\\p{P}\\p{S}]{1,3}");

    private static String around(Unit u, int k) {
        if (u.quoted()[k]) {
            return "Q";
        }
        String w = u.word(k);
        // A punctuation mark stands for itself; a token the tagger calls punctuation but that holds letters or
        // digits ("-Hawkins", a name's second half) is a word of the article and must not become a feature.
        return u.pos(k).equals("PUNCT") && PUNCTUATION.matcher(w).matches() ? w : u.pos(k);
    }

    /** What names the speaker: an entity's kind, a pronoun, a pair of speakers, or a description. */
    private String kind(Speaker s) {
        if (speakers.isPair(s)) {
            return "group";
        }
        String words = s.span() == null ? "" : s.span().of(ctx.text);
        String bare = NounPhrases.bare(words.strip());
        if (PRONOUNS.contains(bare) || NounPhrases.RELATIVE.contains(bare)) {
            return "pron." + bare + (s.entityId() != null ? ".res" : "");
        }
        if (s.entityId() != null) {
            Entity e = ctx.mentions.entity(s.entityId());
            EntityKind k = e == null ? EntityKind.OTHER : e.kind();
            return k.name() + (e != null && !e.roles().isEmpty() ? ".role" : "");
        }
        return words.isEmpty() || Character.isUpperCase(words.charAt(0)) ? "desc.cap" : "desc";
    }

    /**
     * Whether the speaker is named by a phrase whose head is a thing or an event ("the summit", "a report", "this
     * situation"), never a pronoun: "it" may stand for a company.
     */
    static boolean thing(Speaker s) {
        if (s == null || s.entityId() != null || s.name() == null) {
            return false;
        }
        String[] words = s.name().strip().split("\\s+");
        String last = words[words.length - 1];
        String head = NounPhrases.bare(last).replaceAll("\\P{L}", "");
        if (words.length == 1 && (PRONOUNS.contains(head) || NounPhrases.RELATIVE.contains(head)
                || NounPhrases.SUBJECT_PRONOUNS.contains(head))) {
            return false;
        }
        return !head.isEmpty() && Character.isLowerCase(last.charAt(0)) && !WordNet.canSpeak(head);
    }
}
