package org.collate.reconcile;

import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.model.AnalyzedArticle;
import org.collate.model.EntityKind;
import org.collate.model.FactStatus;
import org.collate.model.ProvenanceLink;
import org.collate.model.RosterEntity;
import org.collate.model.StoryReport;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two articles are, on the seven dimensions of SemEval-2022 Task 8 (multilingual news article
 * similarity), each on its 1–4 scale where 1 is "very similar" and 4 "very dissimilar". Computed from a report of
 * the two articles: geography from the places both name, entities from the people and organisations, time from
 * publication dates and conflicting dates, narrative from aligned sentences and the lead embeddings, style from
 * sentence length, quoting and text quality, tone from evaluative wording. Overall weighs narrative and entities
 * most, as the task's annotators did.
 */
public final class PairSimilarity {

    /** The seven scores, each from 1 (very similar) to 4 (very dissimilar). */
    public record Scores(double geography, double entities, double time, double narrative, double overall,
                         double style, double tone) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "geography %.1f  entities %.1f  time %.1f  narrative %.1f  overall %.1f"
                    + "  style %.1f  tone %.1f", geography, entities, time, narrative, overall, style, tone);
        }
    }

    private static final Pattern EVALUATIVE = Pattern.compile("(?i)\\b(slam\\w*|blast\\w*|disgrace\\w*|shock\\w*|"
            + "outrage\\w*|scandal\\w*|chaos|chaotic|disaster\\w*|brutal\\w*|furious|fury|horrif\\w*|stunning|"
            + "stunned|dramatic\\w*|historic|landmark|triumph\\w*|hail\\w*|praise\\w*|hero\\w*|slaughter\\w*|"
            + "massacre\\w*|alarming|devastat\\w*|crisis|extremist\\w*|radical\\w*|dishonest|lies|lying|"
            + "spectacular|bombshell|explosive|selfish\\w*|aggression|aggressive)\\b");

    private PairSimilarity() {
    }

    public static Scores of(StoryReport report) {
        if (report.articles().size() != 2) {
            throw new IllegalArgumentException("similarity compares exactly two articles");
        }
        AnalyzedArticle a = report.articles().get(0);
        AnalyzedArticle b = report.articles().get(1);
        double geography = overlap(report, a.id(), b.id(), Set.of(EntityKind.PLACE));
        double entities = overlap(report, a.id(), b.id(), Set.of(EntityKind.PERSON, EntityKind.ORGANIZATION));
        double time = timeSimilarity(report, a, b);
        double narrative = narrative(report, a, b);
        double style = style(a, b, report);
        double tone = tone(a, b);
        double overallSimilarity = 0.4 * narrative + 0.25 * entities + 0.2 * geography + 0.15 * time;
        return new Scores(scale(geography), scale(entities), scale(time), scale(narrative), scale(overallSimilarity),
                scale(style), scale(tone));
    }

    /** Similarity in [0, 1] to the task's scale: 1 very similar … 4 very dissimilar. */
    static double scale(double similarity) {
        double s = Math.max(0, Math.min(1, similarity));
        return Math.round((4 - 3 * s) * 10) / 10.0;
    }

    /** Dice overlap of the roster entities of these kinds that each article names. */
    private static double overlap(StoryReport r, String a, String b, Set<EntityKind> kinds) {
        Set<String> x = new HashSet<>();
        Set<String> y = new HashSet<>();
        for (RosterEntity e : r.entities()) {
            if (!kinds.contains(e.kind())) {
                continue;
            }
            boolean inA = e.mentions().stream().anyMatch(m -> m.articleId().equals(a));
            boolean inB = e.mentions().stream().anyMatch(m -> m.articleId().equals(b));
            if (inA) {
                x.add(e.id());
            }
            if (inB) {
                y.add(e.id());
            }
        }
        if (x.isEmpty() && y.isEmpty()) {
            return 0.5;
        }
        Set<String> shared = new HashSet<>(x);
        shared.retainAll(y);
        return 2.0 * shared.size() / (x.size() + y.size());
    }

    private static double timeSimilarity(StoryReport r, AnalyzedArticle a, AnalyzedArticle b) {
        double s;
        if (a.article().published() != null && b.article().published() != null) {
            long days = Math.abs(ChronoUnit.DAYS.between(a.article().published().day(), b.article().published().day()));
            s = days == 0 ? 1 : days <= 2 ? 0.85 : days <= 7 ? 0.6 : days <= 31 ? 0.35 : 0.1;
        } else {
            s = 0.6;
        }
        boolean dateConflict = r.facts(FactStatus.CONFLICTING).stream()
                .anyMatch(f -> "weekday".equals(f.slot()) || "date".equals(f.slot()));
        return dateConflict ? s * 0.6 : s;
    }

    private static double narrative(StoryReport r, AnalyzedArticle a, AnalyzedArticle b) {
        long shared = r.facts().stream().filter(f -> f.articleIds().size() == 2).count();
        long total = r.facts().size();
        double facts = total == 0 ? 0 : shared / (double) total;
        double lead = a.embedding() != null && b.embedding() != null
                ? Math.max(0, SentenceEmbedder.cosine(a.embedding(), b.embedding())) : facts;
        boolean derived = r.provenance().stream().anyMatch(p -> p.relation() == ProvenanceLink.Relation.COPY
                || p.relation() == ProvenanceLink.Relation.REWRITE);
        double s = 0.5 * facts + 0.5 * lead;
        return derived ? Math.max(s, 0.85) : s;
    }

    private static double style(AnalyzedArticle a, AnalyzedArticle b, StoryReport r) {
        double len = ratio(meanSentenceLength(a), meanSentenceLength(b));
        double quotes = 1 - Math.abs(quoteShare(a) - quoteShare(b));
        boolean flaggedA = !r.flags().getOrDefault(a.id(), List.of()).isEmpty();
        boolean flaggedB = !r.flags().getOrDefault(b.id(), List.of()).isEmpty();
        return (len + quotes) / 2 * (flaggedA == flaggedB ? 1 : 0.7);
    }

    private static double tone(AnalyzedArticle a, AnalyzedArticle b) {
        double x = evaluativeRate(a.text());
        double y = evaluativeRate(b.text());
        return 1 - Math.min(1, Math.abs(x - y) * 40);
    }

    private static double evaluativeRate(String text) {
        Matcher m = EVALUATIVE.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        int words = Math.max(1, text.split("\\s+").length);
        return n / (double) words;
    }

    private static double meanSentenceLength(AnalyzedArticle a) {
        return a.sentences().isEmpty() ? 0 : a.sentences().stream().mapToInt(s -> s.tokens().size()).average().orElse(0);
    }

    private static double quoteShare(AnalyzedArticle a) {
        int chars = a.quotes().stream().filter(q -> q.direct()).mapToInt(q -> q.span().length()).sum();
        return Math.min(1, chars / (double) Math.max(1, a.text().length()));
    }

    private static double ratio(double x, double y) {
        return x == 0 || y == 0 ? 0.5 : Math.min(x, y) / Math.max(x, y);
    }
}
