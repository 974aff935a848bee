package org.collate.eval.link;

import org.collate.link.ClusterSettings;
import org.collate.link.StoryClustererTest;
import org.collate.link.StoryClusterer;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.extract.DocumentExtractor;
import org.collate.model.AnalyzedArticle;
import org.collate.model.StoryAssignment;
import org.collate.pipeline.OrderedParallelMapper;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streaming story clustering on the story evaluation set ({@code ../shared/eval/stories/dev.jsonl}, skipped when
 * absent), with lead embeddings, as {@code collate eval clusters} runs it: the overall B-cubed F1 must not fall back
 * (about 30 s, most of it the analysis).
 */
class StoryClusteringFloorTest {

    @Test
    void bcubedF1StaysAboveTheFloorAndMergesStayConsistent() throws Exception {
        Path file = TestData.shared("eval/stories/dev.jsonl");
        List<ClusterEvaluator.GoldArticle> gold = ClusterEvaluator.read(file);
        ClusterEvaluator evaluator = new ClusterEvaluator(new DocumentExtractor(), new ArticleAnalyzer(true),
                OrderedParallelMapper.defaultThreads());
        List<AnalyzedArticle> analyzed = evaluator.analyze(gold);
        ClusterEvaluator.Report report = ClusterEvaluator.evaluate(gold, analyzed, ClusterSettings.DEFAULT);

        assertThat(report.overall().items()).isEqualTo(gold.size());
        assertThat(report.predicted()).hasSize(gold.size());
        // Measured 2026-12-04 in the run's arrival order: B-cubed P 0.8853 R 0.9273 F1 0.9058, 401 stories (gold 362).
        // (0.9203 until then was measured in another order, ECB+'s undated articles in file order, that no run takes.)
        assertThat(report.overall().bcubed().f1()).isGreaterThanOrEqualTo(0.895);
        assertThat(report.overall().bcubed().precision()).isGreaterThanOrEqualTo(0.87);

        // The same stream through the clusterer directly gives the assignments the evaluation scored.
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            analyzed.forEach(c::add);
            for (AnalyzedArticle a : analyzed) {
                assertThat(report.predicted().get(a.id())).isEqualTo(c.storyOfArticle(a.id()));
            }
        }

        // With the merge threshold lowered to the join threshold stories merge often; after the merges every article
        // is in exactly one story, the one storyOfArticle names.
        ClusterSettings eagerMerges = ClusterSettings.DEFAULT.withMergeThreshold(ClusterSettings.DEFAULT.joinThreshold());
        Set<String> started = new HashSet<>();
        List<String> ids = new ArrayList<>();
        try (StoryClusterer c = new StoryClusterer(eagerMerges)) {
            for (AnalyzedArticle a : analyzed) {
                StoryAssignment s = c.add(a);
                ids.add(a.id());
                if (s.via().equals("new")) {
                    started.add(s.storyId());
                }
            }
            assertThat(c.stories().size()).as("stories merged away").isLessThan(started.size());
            StoryClustererTest.assertConsistent(c, ids);
        }
    }
}
