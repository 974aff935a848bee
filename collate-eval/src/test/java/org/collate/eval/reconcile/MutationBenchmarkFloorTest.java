package org.collate.eval.reconcile;

import org.collate.reconcile.ReconcileSettings;
import org.collate.reconcile.StoryReconciler;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconcile stage on the mutation benchmark (the articles of the extraction ground truth, the default seed),
 * without sentence embeddings so that it runs in seconds: recall and precision must not fall back. {@code collate
 * eval reconcile} gives the figures with embeddings (BENCHMARKS.md).
 */
class MutationBenchmarkFloorTest {

    @Test
    void recallAndPrecisionStayAboveTheFloor() throws Exception {
        Path truth = TestData.shared("eval/extraction/ground-truth.json");
        ArticleAnalyzer analyzer = new ArticleAnalyzer(false);
        List<MutationGenerator.Pair> pairs = new MutationGenerator(analyzer, MutationGenerator.DEFAULT_SEED)
                .generate(MutationGenerator.readTruth(truth), 0);
        StoryReconciler reconciler = new StoryReconciler(
                ReconcileSettings.DEFAULT.withCollapseCopies(false).withEmbeddings(false), null);
        ReconcileEvaluator.Report report = new ReconcileEvaluator(reconciler, analyzer::analyze).evaluate(pairs);

        assertThat(report.pairs()).hasSizeGreaterThan(60);
        assertThat(report.edits()).isGreaterThan(300);
        assertThat(report.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.falseConflictsOnRewordings()).isZero();
    }
}
