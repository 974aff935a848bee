package org.collate.analyze.quote;

import org.collate.analyze.AnalyzeSettings;
import org.collate.analyze.entity.Gazetteer;
import org.collate.limit.Deadline;
import org.collate.model.Entity;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Finds what an article quotes and who said it.
 *
 * <p>Direct quotes are the passages between quotation marks ({@link QuoteScanner}: every quote style, quotes of
 * several paragraphs, partial quotes inside sentences); reported speech is found by {@link ReportedSpeech}. Each
 * quote gets its speaker the way newspapers write them:
 * <ol>
 * <li>the nearest explicit attribution around it ({@link DirectQuotes}: "“…,” Putin said", "Putin said: “…”"), or
 *     the subject of its sentence when that is a person;</li>
 * <li>for a quote with neither, the speaker of the quote before it in the same or the previous sentence of its
 *     paragraph ("“A,” he said. “B.”"), or of the explicitly attributed quote right after it ("“A.” “B,” he said."),
 *     or a reporting clause ending the previous paragraph with a colon, or the person the previous sentence of the
 *     paragraph is about;</li>
 * <li>then, for a quote that opens its sentence, the previous speaker within the last two paragraphs (a paragraph
 *     that only quotes continues the speaker before it).</li>
 * </ol>
 * Names are resolved to entities by {@link SpeakerResolver} (pronouns, descriptions matched to roles). Linear in the
 * article's length: mentions are looked up by offset, never scanned per token. Thread-safe.
 */
public final class QuoteExtractor {

    private final Function<String, Character> givenNameGender;
    /**
     * A quote with no attribution of its own goes to the previous speaker within this many paragraphs
     * ({@link AnalyzeSettings#previousSpeakerParagraphs()}).
     */
    private final int previousSpeakerParagraphs;
    /** The most words searched for a reporting clause ({@link AnalyzeSettings#maxReportingClause()}). */
    private final int maxReportingClause;
    /** Chooses each direct quote's speaker among the candidates, the rules' choice one of them; null: the rules. */
    private final SpeakerRanker ranker;

    /**
     * @param givenNameGender 'm' or 'f' for a given name, null when unknown
     * @param settings        the analysis stage's tuned values
     * @param ranker          the speaker model; null to keep the rules' choice
     */
    public QuoteExtractor(Function<String, Character> givenNameGender, AnalyzeSettings settings,
                          SpeakerRanker ranker) {
        this.givenNameGender = givenNameGender;
        this.previousSpeakerParagraphs = settings.previousSpeakerParagraphs();
        this.maxReportingClause = settings.maxReportingClause();
        this.ranker = ranker;
    }

    /**
     * With the shipped speaker model.
     *
     * @param givenNameGender 'm' or 'f' for a given name, null when unknown
     * @param settings        the analysis stage's tuned values
     */
    public QuoteExtractor(Function<String, Character> givenNameGender, AnalyzeSettings settings) {
        this(givenNameGender, settings, SpeakerRanker.shipped());
    }

    /** With the gazetteer's given-name genders, the default settings and the given speaker model (null: rules). */
    public QuoteExtractor(SpeakerRanker ranker) {
        this(Gazetteer.shared()::givenNameGender, AnalyzeSettings.DEFAULT, ranker);
    }

    /** @param givenNameGender 'm' or 'f' for a given name, null when unknown */
    public QuoteExtractor(Function<String, Character> givenNameGender) {
        this(givenNameGender, AnalyzeSettings.DEFAULT);
    }

    /** With the gazetteer's given-name genders. */
    public QuoteExtractor(AnalyzeSettings settings) {
        this(Gazetteer.shared()::givenNameGender, settings);
    }

    /** With the gazetteer's given-name genders and the default settings. */
    public QuoteExtractor() {
        this(AnalyzeSettings.DEFAULT);
    }

    public List<Quote> extract(String text, List<Sentence> sentences, List<Entity> entities) {
        return run(text, sentences, entities, null);
    }

    /**
     * Each direct quote's speaker candidates, with the one chosen: what the speaker model is trained on (the
     * candidates do not depend on the model, which only chooses among them).
     */
    public List<SpeakerChoice> speakerChoices(String text, List<Sentence> sentences, List<Entity> entities) {
        List<SpeakerChoice> choices = new ArrayList<>();
        run(text, sentences, entities, choices);
        return choices;
    }

    private List<Quote> run(String text, List<Sentence> sentences, List<Entity> entities,
                            List<SpeakerChoice> choices) {
        QuoteContext ctx = new QuoteContext(text, sentences, entities);
        SpeakerResolver speakers = new SpeakerResolver(ctx, givenNameGender);
        DirectQuotes direct = new DirectQuotes(ctx, speakers, maxReportingClause);
        ReportedSpeech reported = new ReportedSpeech(ctx, speakers);
        SpeakerTurns turns = new SpeakerTurns(ctx);
        SpeakerCandidates candidates = new SpeakerCandidates(ctx, speakers, previousSpeakerParagraphs);

        List<QuotedPassage> passages = ctx.passages;
        Attribution[] found = new Attribution[passages.size()];
        boolean[] turn = new boolean[passages.size()];
        List<Quote> out = new ArrayList<>();
        int unit = 0;
        int p = 0;
        // In text order, so that pronouns see the speakers before them.
        while (p < passages.size() || unit < ctx.units.size()) {
            Deadline.check();
            boolean passageFirst = unit >= ctx.units.size() || p < passages.size()
                    && passages.get(p).open() < ctx.units.get(unit).span().end();
            if (passageFirst) {
                found[p] = turns.attribute(passages.get(p));
                turn[p] = found[p] != null;
                if (found[p] == null) {
                    found[p] = direct.attribute(passages.get(p));
                }
                if (found[p] != null) {
                    speakers.remember(found[p].speaker(), passages.get(p).open());
                }
                p++;
            } else {
                for (ReportedSpeech.Reported r : reported.find(ctx.units.get(unit))) {
                    speakers.remember(r.attribution().speaker(), r.content().start());
                    out.add(quote(r.content(), r.content().of(text), false, r.attribution()));
                }
                unit++;
            }
        }
        for (int i = 0; i < passages.size(); i++) {
            Deadline.check();
            if (found[i] == null) {
                found[i] = fallback(ctx, passages, found, i, direct, speakers, previousSpeakerParagraphs);
                if (found[i] != null) {
                    speakers.remember(found[i].speaker(), passages.get(i).open());
                }
            }
        }
        // The model chooses among candidates built from the rules' choices for every quote, so that what it sees
        // does not depend on what it chose before: training and use see the same candidates.
        Attribution[] chosen = found.clone();
        for (int i = 0; i < passages.size(); i++) {
            Deadline.check();
            QuotedPassage q = passages.get(i);
            boolean title = isTitle(q.text(text));
            if (title && (found[i] == null || found[i].how() != Attribution.How.EXPLICIT)) {
                continue; // "Good Morning America", "Make America Great Again": a name in quotation marks
            }
            // A speaker turn and a reporting clause with its verb ("“…,” X said") are the rules' surest evidence:
            // they stand; the model decides the quotes the rules had to guess.
            boolean sure = turn[i] || found[i] != null && found[i].how() == Attribution.How.EXPLICIT
                    && found[i].verb() != null;
            if (!sure && (ranker != null || choices != null)) {
                List<SpeakerCandidates.Candidate> cands = candidates.of(passages, found, i);
                List<List<String>> features = new ArrayList<>(cands.size());
                for (SpeakerCandidates.Candidate c : cands) {
                    features.add(List.copyOf(c.features));
                }
                int best = ranker == null ? ruleIndex(cands) : ranker.best(features);
                // No candidate left: the rules named a thing or nothing; a quote keeps no speaker then.
                chosen[i] = best < 0 ? null : cands.get(best).attribution();
                if (choices != null) {
                    choices.add(new SpeakerChoice(q.content(), candidateList(cands, features), best));
                }
            }
            out.add(quote(q.content(), q.text(text), true, chosen[i]));
        }
        out.sort(Comparator.comparing(Quote::span));
        return out;
    }

    private static Attribution fallback(QuoteContext ctx, List<QuotedPassage> passages, Attribution[] found, int i,
                                        DirectQuotes direct, SpeakerResolver speakers,
                                        int previousSpeakerParagraphs) {
        QuotedPassage q = passages.get(i);
        int paragraph = ctx.paragraphAt(q.open());
        // The quote before, in the same sentence or the next one of its paragraph: "“A,” he said. “B.”"
        if (i > 0 && found[i - 1] != null && ctx.paragraphAt(passages.get(i - 1).open()) == paragraph) {
            int closing = ctx.unitAt(Math.max(passages.get(i - 1).close(), passages.get(i - 1).open()));
            int here = ctx.unitAt(q.open());
            if (here - closing <= 1) {
                return found[i - 1].inherited(Attribution.How.NEIGHBOUR);
            }
        }
        // The quote right after, with nothing but blanks between: "“A.” “B,” he said."
        if (i + 1 < passages.size() && found[i + 1] != null && passages.get(i + 1).open() >= q.end() && found[i + 1].how() == Attribution.How.EXPLICIT
                && ctx.text.substring(q.end(), passages.get(i + 1).open()).isBlank()) {
            return found[i + 1].inherited(Attribution.How.NEIGHBOUR);
        }
        if (!opensSentence(ctx, q)) {
            return direct.mainPerson(q);
        }
        int u = ctx.unitAt(q.open());
        if (u > 0) {
            Unit before = ctx.units.get(u - 1);
            // A reporting clause with a colon ending the paragraph before: "The Times reported:".
            if (before.paragraph() == paragraph - 1 || before.paragraph() == paragraph) {
                Attribution a = direct.introducing(before);
                if (a != null) {
                    return a;
                }
            }
            // The person the sentence before, in the same paragraph, is about: "Quintanilla seemed taken aback. “…”"
            if (before.paragraph() == paragraph) {
                Attribution a = direct.personSubject(before, 0, before.size());
                if (a != null) {
                    return a;
                }
            }
        }
        Speaker previous = speakers.previous(q.open(), previousSpeakerParagraphs);
        return previous == null ? direct.mainPerson(q) : new Attribution(previous, null, null, Attribution.How.PREVIOUS);
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "the", "a", "an", "and", "for",
            "in", "on", "to", "at", "with", "by", "or", "from", "is", "vs");

    /**
     * Whether quoted words are a title or a name rather than something said: at most six words, every one but the
     * small ones capitalised.
     */
    static boolean isTitle(String quoted) {
        String[] words = quoted.strip().split("\\s+");
        if (words.length > 6) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.isEmpty() || SMALL_WORDS.contains(letters)) {
                continue;
            }
            if (!Character.isUpperCase(letters.charAt(0))) {
                return false;
            }
            capitalised++;
        }
        return capitalised > 0 && !(words.length == 1 && quoted.strip().equals(quoted.strip().toUpperCase()));
    }

    private static int ruleIndex(List<SpeakerCandidates.Candidate> cands) {
        for (int i = 0; i < cands.size(); i++) {
            if (cands.get(i).rule != null) {
                return i;
            }
        }
        return -1;
    }

    private static List<SpeakerCandidate> candidateList(List<SpeakerCandidates.Candidate> cands,
                                                        List<List<String>> features) {
        List<SpeakerCandidate> out = new ArrayList<>(cands.size());
        for (int i = 0; i < cands.size(); i++) {
            SpeakerCandidates.Candidate c = cands.get(i);
            Speaker outer = c.rule == null ? null : c.rule.reportedBy();
            out.add(new SpeakerCandidate(c.speaker.span(), c.speaker.entityId(), outer == null ? null : outer.span(),
                    outer == null ? null : outer.entityId(), features.get(i)));
        }
        return out;
    }

    /** Whether the quote starts its unit (only punctuation before it). */
    static boolean opensSentence(QuoteContext ctx, QuotedPassage q) {
        int u = ctx.unitAt(q.open());
        if (u < 0) {
            return true;
        }
        Unit unit = ctx.units.get(u);
        int before = unit.lastEndingBy(q.open());
        for (int k = 0; k <= before; k++) {
            if (!unit.pos(k).equals("PUNCT")) {
                return false;
            }
        }
        return true;
    }

    private static Quote quote(Span span, String content, boolean direct, Attribution a) {
        if (a == null) {
            return new Quote(span, content, direct, null, null, null, null, null, null, null, null);
        }
        Speaker s = a.speaker();
        Speaker via = a.reportedBy();
        return new Quote(span, content, direct, SpeakerNames.named(s), s.entityId(), s.span(), a.verb(), a.verbSpan(),
                via == null ? null : SpeakerNames.named(via), via == null ? null : via.entityId(),
                via == null ? null : via.span());
    }
}
