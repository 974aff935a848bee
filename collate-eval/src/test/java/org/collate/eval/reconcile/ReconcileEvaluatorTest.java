package org.collate.eval.reconcile;

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
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.eval.reconcile.MutationGenerator.Pair;
import org.collate.eval.reconcile.ReconcileEvaluator.PairResult;
import org.collate.eval.reconcile.ReconcileEvaluator.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How report facts are matched to edits, on hand-made pairs and reports. */
class ReconcileEvaluatorTest {

    // Sentences: [0, 24) [25, 52) [53, 80) [81, 110)
    private static final String ORIGINAL = "Police said 53 were hurt. The mayor spoke on Friday. "
            + "Officials said the road shut. Rain fell across the whole region.";
    // Weekday moved, "said" reworded in the third sentence, the last sentence dropped, one inserted.
    private static final String COPY = "Police said 53 were hurt. The mayor spoke on Thursday. "
            + "Officials stated the road shut. Markets rose for a third day in a row.";

    private static final Edit WEEKDAY = edit(Kind.WEEKDAY, span(ORIGINAL, "Friday"), span(COPY, "Thursday"));
    private static final Edit REWORDING = edit(Kind.REWORDED, word(ORIGINAL, "said the road"), span(COPY, "stated"));
    private static final Edit DROP = edit(Kind.DROPPED, span(ORIGINAL, "Rain fell across the whole region."),
            new Span(COPY.length(), COPY.length()));
    private static final Edit INSERT = edit(Kind.INSERTED, new Span(ORIGINAL.length(), ORIGINAL.length()),
            span(COPY, "Markets rose for a third day in a row."));

    private static Span span(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.length());
    }

    /** The first word of the words. */
    private static Span word(String text, String words) {
        int at = text.indexOf(words);
        return new Span(at, at + words.indexOf(' '));
    }

    private static Edit edit(Kind kind, Span original, Span mutated) {
        return new Edit(kind, kind.label(), List.of(original), List.of(mutated), "", "");
    }

    private static AnalyzedArticle analyzed(String id, String text) {
        Article a = new Article(id, id, null, null, null, null, "en", null, text, List.of(), "text");
        return new AnalyzedArticle(a, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
    }

    private static Pair pair() {
        return new Pair("k", analyzed("o", ORIGINAL), analyzed("m", COPY).article(),
                List.of(WEEKDAY, REWORDING, DROP, INSERT));
    }

    private static Evidence in(String article, String text, String words) {
        int at = text.indexOf(words);
        return new Evidence(article, words, new Span(at, at + words.length()));
    }

    private static Fact conflict(String slot, Evidence first, Evidence second) {
        return new Fact(null, FactStatus.CONFLICTING, slot, slot,
                List.of(new Reading("a", List.of(first.articleId()), List.of(first)),
                        new Reading("b", List.of(second.articleId()), List.of(second))));
    }

    private static Fact statement(FactStatus status, Evidence... evidence) {
        List<String> ids = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!ids.contains(e.articleId())) {
                ids.add(e.articleId());
            }
        }
        return new Fact(null, status, "s", null, List.of(new Reading("s", ids, List.of(evidence))));
    }

    private static StoryReport report(Fact... facts) {
        return new StoryReport(new Story("s", List.of("o", "m"), null, null, null), null, List.of(), Map.of(),
                List.of(), List.of(), List.of(facts), List.of());
    }

    private static final Evidence FRIDAY = in("o", ORIGINAL, "The mayor spoke on Friday.");
    private static final Evidence THURSDAY = in("m", COPY, "The mayor spoke on Thursday.");
    private static final Evidence RAIN = in("o", ORIGINAL, "Rain fell across the whole region.");
    private static final Evidence MARKETS = in("m", COPY, "Markets rose for a third day in a row.");

    @Test
    void aConflictInTheEditsSlotFindsIt() {
        PairResult r = ReconcileEvaluator.judge(pair(), report(conflict("weekday", FRIDAY, THURSDAY),
                statement(FactStatus.SINGLE_SOURCE, RAIN), statement(FactStatus.SINGLE_SOURCE, MARKETS)));
        assertThat(r.edits()).allMatch(ReconcileEvaluator.EditResult::found);
        assertThat(r.flags()).extracting(ReconcileEvaluator.FlagResult::verdict).containsOnly(Verdict.CORRECT);
        ReconcileEvaluator.Report total = new ReconcileEvaluator.Report(List.of(r));
        assertThat(total.edits()).isEqualTo(3); // the rewording is not in recall
        assertThat(total.recall()).isEqualTo(1.0);
        assertThat(total.precision()).isEqualTo(1.0);
        assertThat(total.rewordings()).isEqualTo(1);
        assertThat(total.rewordingsFlagged()).isZero();
    }

    @Test
    void aConflictInAnotherSlotIsARightFlagButNoFind() {
        PairResult r = ReconcileEvaluator.judge(pair(), report(conflict("date", FRIDAY, THURSDAY)));
        assertThat(r.edits().get(0).found()).isFalse();
        assertThat(r.edits().get(0).got()).isEqualTo("conflict[date]");
        assertThat(r.flags().get(0).verdict()).isEqualTo(Verdict.CORRECT);
    }

    @Test
    void anAgreedStatementFindsNothingAndIsNoFlag() {
        PairResult r = ReconcileEvaluator.judge(pair(), report(statement(FactStatus.AGREED, FRIDAY, THURSDAY)));
        assertThat(r.edits().get(0).found()).isFalse();
        assertThat(r.edits().get(0).got()).isEqualTo("agreed");
        assertThat(r.flags()).isEmpty();
        assertThat(new ReconcileEvaluator.Report(List.of(r)).precision()).isEqualTo(1.0);
    }

    @Test
    void aConflictOnARewordingIsAFalseConflictThere() {
        Evidence said = in("o", ORIGINAL, "Officials said the road shut.");
        Evidence stated = in("m", COPY, "Officials stated the road shut.");
        PairResult r = ReconcileEvaluator.judge(pair(), report(conflict("quote", said, stated)));
        assertThat(r.flags().get(0).verdict()).isEqualTo(Verdict.FALSE_CONFLICT);
        assertThat(r.flags().get(0).onRewording()).isTrue();
        ReconcileEvaluator.Report total = new ReconcileEvaluator.Report(List.of(r));
        assertThat(total.falseConflicts()).isEqualTo(1);
        assertThat(total.falseConflictsOnRewordings()).isEqualTo(1);
        assertThat(total.rewordingsFlagged()).isEqualTo(1);
        assertThat(total.precision()).isZero();
    }

    @Test
    void aConflictInUneditedTextIsFalse() {
        Evidence o = in("o", ORIGINAL, "Police said 53 were hurt.");
        Evidence m = in("m", COPY, "Police said 53 were hurt.");
        PairResult r = ReconcileEvaluator.judge(pair(), report(conflict("number", o, m)));
        assertThat(r.flags().get(0).verdict()).isEqualTo(Verdict.FALSE_CONFLICT);
        assertThat(r.flags().get(0).onRewording()).isFalse();
    }

    @Test
    void aConflictOnADroppedSentenceIsFalse() {
        Evidence police = in("m", COPY, "Police said 53 were hurt.");
        PairResult r = ReconcileEvaluator.judge(pair(), report(conflict("number", RAIN, police)));
        assertThat(r.flags().get(0).verdict()).isEqualTo(Verdict.FALSE_CONFLICT);
    }

    @Test
    void singleSourceCountsOnlyInTheRightArticle() {
        Evidence police = in("o", ORIGINAL, "Police said 53 were hurt.");
        // The dropped sentence given by both texts, the inserted one reported as the original's: neither is found.
        Fact both = statement(FactStatus.SINGLE_SOURCE, RAIN, MARKETS);
        PairResult r = ReconcileEvaluator.judge(pair(), report(both, statement(FactStatus.SINGLE_SOURCE, police)));
        assertThat(r.edits().get(2).found()).isFalse();
        assertThat(r.edits().get(3).found()).isFalse();
        assertThat(r.flags()).extracting(ReconcileEvaluator.FlagResult::verdict)
                .containsExactly(Verdict.FALSE_SINGLE_SOURCE, Verdict.FALSE_SINGLE_SOURCE);
        ReconcileEvaluator.Report total = new ReconcileEvaluator.Report(List.of(r));
        assertThat(total.falseSingleSource()).isEqualTo(2);
        assertThat(total.recall()).isZero();
        assertThat(total.byKind().get(Kind.DROPPED).edits()).isEqualTo(1);
        assertThat(total.byKind().get(Kind.DROPPED).found()).isZero();
    }

    @Test
    void emptySpansTouchNothing() {
        // Evidence around the place where the dropped sentence stood in the copy does not find the drop.
        Evidence end = new Evidence("m", "…", new Span(COPY.length() - 5, COPY.length()));
        Fact f = statement(FactStatus.SINGLE_SOURCE, end);
        assertThat(ReconcileEvaluator.touches(f, DROP, "o", "m")).isFalse();
        assertThat(ReconcileEvaluator.touches(statement(FactStatus.SINGLE_SOURCE, RAIN), DROP, "o", "m")).isTrue();
    }
}
