package org.collate.reconcile;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.collate.analyze.entity.Gazetteer;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.analyze.signature.TextEmbedder;
import org.collate.lexicon.NumberWords;
import org.collate.model.AnalyzedArticle;
import org.collate.model.ArticleFlag;
import org.collate.model.DateMention;
import org.collate.model.Entity;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.Mention;
import org.collate.model.NumberMention;
import org.collate.model.ProvenanceLink;
import org.collate.model.Quote;
import org.collate.model.QuoteGroup;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Story;
import org.collate.model.StoryReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The reconcile stage: for one story, the entity roster, aligned sentences and quotes, provenance and flags, and
 * the facts with their status, every one with its evidence. Thread-safe; each call works on its own story.
 */
public final class StoryReconciler {

    private final ReconcileSettings settings;
    private final TextEmbedder embedder;
    private final EntityRoster roster;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ProvenanceClassifier provenance;
    private final QuoteWordJudge quoteWords;
    private final TokenDiff diff;

    public StoryReconciler(ReconcileSettings settings) {
        this(settings, settings.embeddings() ? SentenceEmbedder.shared() : null);
    }

    public StoryReconciler(ReconcileSettings settings, TextEmbedder embedder) {
        this.settings = settings;
        this.embedder = embedder;
        this.provenance = new ProvenanceClassifier(settings);
        this.roster = new EntityRoster(Gazetteer.shared());
        this.quoteWords = new QuoteWordJudge(Synonyms.shared(), settings.quoteNearIdentical());
        this.diff = new TokenDiff(settings.diffNearIdentical(), settings.diffMaxWords());
    }

    public StoryReport reconcile(Story story, List<AnalyzedArticle> articles) {
        EntityRoster.Result found = roster.build(articles);
        List<StorySentence> sentences = sentences(articles, found);
        List<QuoteGroup> quotes = new QuoteGrouper(settings, embedder).group(articles, found);
        List<SentenceAligner.Alignment> alignments = new SentenceAligner(settings, embedder).align(sentences,
                quoteLinks(quotes, sentences));
        ProvenanceClassifier.Result origin = provenance.classify(articles, sentences, alignments);
        // Named again once it is known who copied whom; the ids stay, so the sentences' references hold.
        EntityRoster.Result entities = origin.links().stream().anyMatch(StoryReconciler::derived)
                ? roster.named(found, trust(origin.links())) : found;
        if (entities != found) {
            quotes = renamed(quotes, entities);
        }
        LocalDate firstPublished = origin.firstPublished();
        SlotComparator comparator = new SlotComparator(roster, entities, quoteWords, diff);
        List<Fact> facts = new FactBuilder(comparator, roster, settings).build(articles, sentences,
                SentenceAligner.units(sentences, alignments), origin, entities.entities(), settings.collapseCopies());
        Map<String, List<ArticleFlag>> flags = new LinkedHashMap<>();
        origin.flags().forEach((id, list) -> flags.put(id, new ArrayList<>(list)));
        entities.contradictions().forEach((id, list) -> flags.computeIfAbsent(id, k -> new ArrayList<>())
                .add(new ArticleFlag("internal-contradiction", "gives one person two titles: " + String.join("; ", list),
                        contradictionEvidence(articles, id, entities))));
        return new StoryReport(story, firstPublished, articles, flags, entities.entities(), quotes, facts, origin.links());
    }

    /** The quote groups with their speakers named as the roster now names them. */
    private static List<QuoteGroup> renamed(List<QuoteGroup> groups, EntityRoster.Result roster) {
        Map<String, String> names = new HashMap<>();
        roster.entities().forEach(e -> names.put(e.id(), e.name()));
        return groups.stream().map(g -> g.entityId() == null || !names.containsKey(g.entityId()) ? g
                : new QuoteGroup(names.get(g.entityId()), g.entityId(), g.renderings())).toList();
    }

    /** A copy or a rewrite of another article of the story: what it spells, it spells after its source. */
    private static boolean derived(ProvenanceLink link) {
        return link.relation() == ProvenanceLink.Relation.COPY || link.relation() == ProvenanceLink.Relation.REWRITE;
    }

    /**
     * How much an article's spelling of a name counts: half for a copy or rewrite, whose spellings are its source's
     * or its own slips (a spun or machine-translated copy's "Anthony" Blinken), one for every other article.
     */
    private static ToDoubleFunction<String> trust(List<ProvenanceLink> links) {
        Map<String, Double> weight = new HashMap<>();
        for (ProvenanceLink l : links) {
            if (derived(l)) {
                weight.put(l.articleId(), 0.5);
            }
        }
        return id -> weight.getOrDefault(id, 1.0);
    }

    /** Pairs of sentences (as {@code min << 32 | max}) that carry renderings of one quote. */
    private static java.util.Set<Long> quoteLinks(List<QuoteGroup> quotes, List<StorySentence> sentences) {
        Map<String, Integer> sentenceAt = new HashMap<>();
        for (StorySentence s : sentences) {
            for (Quote q : s.quotes()) {
                sentenceAt.putIfAbsent(s.articleId() + "\u0000" + q.span().start(), s.index());
            }
        }
        java.util.Set<Long> out = new java.util.HashSet<>();
        for (QuoteGroup g : quotes) {
            List<Integer> at = new ArrayList<>();
            for (QuoteGroup.Rendering r : g.renderings()) {
                Integer i = sentenceAt.get(r.articleId() + "\u0000" + r.span().start());
                if (i != null) {
                    at.add(i);
                }
            }
            for (int i = 0; i < at.size(); i++) {
                for (int j = i + 1; j < at.size(); j++) {
                    out.add((long) Math.min(at.get(i), at.get(j)) << 32 | Math.max(at.get(i), at.get(j)));
                }
            }
        }
        return out;
    }

    /** Every sentence of the story with what reconciliation compares (package-visible for the slot tests). */
    List<StorySentence> sentences(List<AnalyzedArticle> articles, EntityRoster.Result entities) {
        List<StorySentence> out = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle a = articles.get(i);
            Map<String, Entity> byId = new HashMap<>();
            a.entities().forEach(e -> byId.put(e.id(), e));
            for (Sentence s : a.sentences()) {
                Span span = s.span();
                List<Mention> mentions = new ArrayList<>();
                List<String> rosterIds = new ArrayList<>();
                for (Entity e : a.entities()) {
                    for (Mention m : e.mentions()) {
                        if (span.contains(m.span())) {
                            mentions.add(m);
                            String r = entities.of(a.id(), e.id());
                            if (r != null && !rosterIds.contains(r)) {
                                rosterIds.add(r);
                            }
                        }
                    }
                }
                List<NumberMention> numbers = a.numbers().stream().filter(n -> span.contains(n.span())).toList();
                List<DateMention> dates = a.dates().stream().filter(d -> span.contains(d.span())).toList();
                List<Quote> quotes = a.quotes().stream().filter(q -> span.overlaps(q.span())).toList();
                out.add(new StorySentence(out.size(), i, a, s, terms(s.text()), rosterIds, mentions, numbers, dates,
                        quotes));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("(?i)\\bper\\s?cent\\b");

    /**
     * The sentence's stemmed content words, with the forms of a number made one: number words as digits ("five" and
     * "5"), "percent" and "per cent" as the "%" the analyser drops.
     */
    private Map<String, Integer> terms(String raw) {
        String text = NumberWords.toDigits(raw);
        text = PERCENT.matcher(text).replaceAll(" ");
        Map<String, Integer> out = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) {
                    out.merge(term.toString(), 1, Integer::sum);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static List<Evidence> contradictionEvidence(List<AnalyzedArticle> articles, String articleId,
                                                        EntityRoster.Result entities) {
        List<Evidence> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            if (!a.id().equals(articleId)) {
                continue;
            }
            for (Entity e : a.entities()) {
                if (e.roles().size() < 2) {
                    continue;
                }
                for (Mention m : e.mentions()) {
                    if (m.roleSpan() != null) {
                        // The role may follow the name ("Joe Biden, the president"): the span covers both.
                        Span span = new Span(Math.min(m.roleSpan().start(), m.span().start()),
                                Math.max(m.roleSpan().end(), m.span().end()));
                        out.add(new Evidence(a.id(), span.of(a.text()), span));
                    }
                }
            }
        }
        return out;
    }
}
