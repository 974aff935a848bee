package org.collate.eval.reconcile;

import org.collate.reconcile.StoryReconciler;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.Reading;
import org.collate.model.Span;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.collate.eval.reconcile.MutationGenerator.Edit;
import org.collate.eval.reconcile.MutationGenerator.Finding;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.eval.reconcile.MutationGenerator.Pair;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Scores the reconcile stage on {@link MutationGenerator}'s pairs. Each pair (an article and its edited copy) is
 * reconciled as one story with {@code collapseCopies} off, so the copy counts as a second, independent source; the
 * report's facts are then matched to the known edits.
 *
 * <h2>Matching</h2>
 * A fact <em>touches</em> an edit when one of its evidence items lies in the original and overlaps one of the
 * edit's spans there, or lies in the copy and overlaps one of its spans there (empty spans, the place of a deleted
 * or inserted sentence in the other text, touch nothing). Evidence is whole sentences and the slot's own words, so a
 * fact about the edited sentence touches its edit.
 *
 * <h2>Recall</h2>
 * An edit is <em>found</em> when the report has a fact of the right kind touching it:
 * <ul>
 *   <li>number, title, name, weekday and quote-word edits: a {@code CONFLICTING} fact whose slot is the edit's
 *   ({@code number}, {@code role}, {@code spelling}, {@code weekday}, {@code quote});</li>
 *   <li>a dropped sentence: a {@code SINGLE_SOURCE} fact given by the original alone, with evidence on the dropped
 *   sentence;</li>
 *   <li>an inserted sentence: a {@code SINGLE_SOURCE} fact given by the copy alone, with evidence on it.</li>
 * </ul>
 * Recall is found edits over these edits, per kind and overall. Meaning-preserving rewordings are not in recall:
 * nothing is to be found there, and what is raised there counts against precision.
 *
 * <h2>Precision</h2>
 * The report's <em>flags</em> are its {@code CONFLICTING} facts and its {@code SINGLE_SOURCE} facts ({@code AGREED}
 * facts are not flags). A conflict is a correct flag when it touches a conflict edit of any slot (a real difference
 * the report raised, even if it names another slot: recall is where the slot is held to account); otherwise it is a
 * <em>false conflict</em>: in unedited text, on a rewording, or on a dropped or inserted sentence (a missing
 * statement is not a contradiction). A single-source fact is a correct flag when it finds a dropped or inserted
 * sentence as defined for recall; any other single-source fact is a false flag, since both texts of a pair report
 * everything outside the dropped and inserted sentences. Precision is correct flags over all flags. False conflicts
 * are also counted apart, and among them those touching a rewording.
 */
public final class ReconcileEvaluator {

    /** How one edit fared: found or not, and what the report said where it is. */
    public record EditResult(Edit edit, boolean found, String got) {
    }

    /** Whether a flag is right. */
    public enum Verdict { CORRECT, FALSE_CONFLICT, FALSE_SINGLE_SOURCE }

    /**
     * One flag of the report and its verdict.
     *
     * @param matched     the edit that makes it right, or null
     * @param onRewording whether a false flag touches a meaning-preserving rewording
     */
    public record FlagResult(Fact fact, Verdict verdict, Edit matched, boolean onRewording) {
    }

    public record PairResult(Pair pair, StoryReport report, List<EditResult> edits, List<FlagResult> flags) {
    }

    /** Counts of one kind of edit. */
    public record KindScore(int edits, int found) {
        public double recall() {
            return edits == 0 ? 0 : found / (double) edits;
        }
    }

    /** The scores over all pairs. */
    public record Report(List<PairResult> pairs) {

        public Map<Kind, KindScore> byKind() {
            Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
            for (PairResult p : pairs) {
                for (EditResult e : p.edits()) {
                    int[] c = counts.computeIfAbsent(e.edit().kind(), k -> new int[2]);
                    c[0]++;
                    if (e.found()) {
                        c[1]++;
                    }
                }
            }
            Map<Kind, KindScore> out = new EnumMap<>(Kind.class);
            counts.forEach((k, c) -> out.put(k, new KindScore(c[0], c[1])));
            return out;
        }

        /** Edits that must be found (all but rewordings). */
        public int edits() {
            return (int) results().filter(e -> e.edit().kind().finding() != Finding.NONE).count();
        }

        public int found() {
            return (int) results().filter(e -> e.edit().kind().finding() != Finding.NONE && e.found()).count();
        }

        public int rewordings() {
            return (int) results().filter(e -> e.edit().kind().finding() == Finding.NONE).count();
        }

        /** Rewordings that some flag touches. */
        public int rewordingsFlagged() {
            return (int) results().filter(e -> e.edit().kind().finding() == Finding.NONE && !e.found()).count();
        }

        public double recall() {
            int n = edits();
            return n == 0 ? 0 : found() / (double) n;
        }

        public int flags() {
            return (int) flagResults().count();
        }

        public int correctFlags() {
            return (int) flagResults().filter(f -> f.verdict() == Verdict.CORRECT).count();
        }

        public double precision() {
            int n = flags();
            return n == 0 ? 1 : correctFlags() / (double) n;
        }

        public int falseConflicts() {
            return (int) flagResults().filter(f -> f.verdict() == Verdict.FALSE_CONFLICT).count();
        }

        public int falseConflictsOnRewordings() {
            return (int) flagResults().filter(f -> f.verdict() == Verdict.FALSE_CONFLICT && f.onRewording()).count();
        }

        public int falseSingleSource() {
            return (int) flagResults().filter(f -> f.verdict() == Verdict.FALSE_SINGLE_SOURCE).count();
        }

        private java.util.stream.Stream<EditResult> results() {
            return pairs.stream().flatMap(p -> p.edits().stream());
        }

        private java.util.stream.Stream<FlagResult> flagResults() {
            return pairs.stream().flatMap(p -> p.flags().stream());
        }
    }

    private final StoryReconciler reconciler;
    private final Function<Article, AnalyzedArticle> analyzer;

    /**
     * @param reconciler a reconciler built with {@code collapseCopies} off
     * @param analyzer   analyses the edited copies (as the originals were analysed)
     */
    public ReconcileEvaluator(StoryReconciler reconciler, Function<Article, AnalyzedArticle> analyzer) {
        this.reconciler = reconciler;
        this.analyzer = analyzer;
    }

    public Report evaluate(List<Pair> pairs) {
        List<PairResult> out = new ArrayList<>();
        for (Pair p : pairs) {
            out.add(evaluate(p));
        }
        return new Report(out);
    }

    public PairResult evaluate(Pair p) {
        AnalyzedArticle original = p.original();
        AnalyzedArticle mutated = analyzer.apply(p.mutated());
        Story story = new Story("pair-" + p.key(), List.of(original.id(), mutated.id()), null, null, null);
        StoryReport report = reconciler.reconcile(story, List.of(original, mutated));
        return judge(p, report);
    }

    /** Matches a report's facts to the pair's edits. */
    public static PairResult judge(Pair p, StoryReport report) {
        String o = p.original().id();
        String m = p.mutated().id();
        List<EditResult> edits = new ArrayList<>();
        for (Edit e : p.edits()) {
            boolean found;
            if (e.kind().finding() == Finding.NONE) {
                // A rewording is "found" (passed) when no flag touches it.
                // A variant is no flag: a rewording may rightly show as the same fact worded otherwise.
                found = report.facts().stream().noneMatch(f -> f.status() != FactStatus.AGREED
                        && f.status() != FactStatus.VARIANT && touches(f, e, o, m));
            } else {
                found = report.facts().stream().anyMatch(f -> finds(f, e, o, m));
            }
            edits.add(new EditResult(e, found, describe(report.facts(), e, o, m)));
        }
        List<FlagResult> flags = new ArrayList<>();
        for (Fact f : report.facts()) {
            if (f.status() == FactStatus.AGREED) {
                continue;
            }
            Edit matched = null;
            for (Edit e : p.edits()) {
                boolean right = f.status() == FactStatus.CONFLICTING
                        ? (e.kind().finding() == Finding.CONFLICT || e.kind().finding() == Finding.DIFFERENCE)
                        && touches(f, e, o, m)
                        : finds(f, e, o, m);
                if (right) {
                    matched = e;
                    break;
                }
            }
            if (matched == null && f.status() == FactStatus.VARIANT) {
                continue; // a variant is never counted as a disagreement, right or wrong
            }
            boolean onRewording = p.edits().stream().anyMatch(e -> e.kind() == Kind.REWORDED && touches(f, e, o, m));
            Verdict v = matched != null ? Verdict.CORRECT
                    : f.status() == FactStatus.CONFLICTING ? Verdict.FALSE_CONFLICT : Verdict.FALSE_SINGLE_SOURCE;
            flags.add(new FlagResult(f, v, matched, matched == null && onRewording));
        }
        return new PairResult(p, report, edits, flags);
    }

    /** Whether the fact is the finding the edit calls for. */
    static boolean finds(Fact f, Edit e, String originalId, String mutatedId) {
        return switch (e.kind().finding()) {
            case CONFLICT -> f.status() == FactStatus.CONFLICTING && e.kind().slot().equals(f.slot())
                    && touches(f, e, originalId, mutatedId);
            case VARIANT -> f.status() == FactStatus.VARIANT && e.kind().slot().equals(f.slot())
                    && touches(f, e, originalId, mutatedId);
            case DIFFERENCE -> (f.status() == FactStatus.CONFLICTING || f.status() == FactStatus.VARIANT)
                    && e.kind().slot().equals(f.slot()) && touches(f, e, originalId, mutatedId);
            case SINGLE_SOURCE_ORIGINAL -> f.status() == FactStatus.SINGLE_SOURCE
                    && f.articleIds().equals(List.of(originalId)) && touches(f, e, originalId, null);
            case SINGLE_SOURCE_MUTATED -> f.status() == FactStatus.SINGLE_SOURCE
                    && f.articleIds().equals(List.of(mutatedId)) && touches(f, e, null, mutatedId);
            case NONE -> false;
        };
    }

    /** Whether some evidence of the fact overlaps the edit's characters in the original or in the copy. */
    static boolean touches(Fact f, Edit e, String originalId, String mutatedId) {
        for (Reading r : f.readings()) {
            for (Evidence ev : r.evidence()) {
                if (ev.articleId().equals(originalId) && overlapsAny(ev.span(), e.original())
                        || ev.articleId().equals(mutatedId) && overlapsAny(ev.span(), e.mutated())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean overlapsAny(Span s, List<Span> spans) {
        for (Span x : spans) {
            if (x.length() > 0 && s.length() > 0 && x.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** What the report says at the edit: the status (and slot) of each fact touching it, or "nothing". */
    private static String describe(List<Fact> facts, Edit e, String o, String m) {
        List<String> out = new ArrayList<>();
        for (Fact f : facts) {
            if (touches(f, e, o, m)) {
                String d = switch (f.status()) {
                    case CONFLICTING -> "conflict[" + f.slot() + "]";
                    case VARIANT -> "variant[" + f.slot() + "]";
                    case AGREED -> "agreed";
                    case SINGLE_SOURCE -> "single-source(" + (f.articleIds().contains(o) ? "original" : "copy") + ")";
                };
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
        }
        return out.isEmpty() ? "nothing" : String.join(", ", out);
    }
}
