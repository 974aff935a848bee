package org.collate.eval.link;

import org.collate.link.ClusterSettings;
import org.collate.link.StoryClustererTest;
import org.collate.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a story-labelled file, and scoring when an article could not be read. */
class ClusterEvaluatorTest {

    @Test
    void readsInFileOrderAndScoresUnreadArticlesAsSingletons(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gold.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"late\",\"story\":\"fire\",\"corpus\":\"c1\",\"published\":\"2025-03-11\",\"title\":\"t\",\"text\":\"x\"}",
                "{\"id\":\"undated\",\"story\":\"fire\",\"corpus\":\"c1\",\"title\":\"t\",\"text\":\"x\"}",
                "",
                "{\"id\":\"early\",\"story\":\"rates\",\"corpus\":\"c2\",\"published\":\"2025-03-10\",\"title\":\"t\",\"text\":\"x\"}",
                "{\"id\":\"tie\",\"story\":\"rates\",\"corpus\":\"c2\",\"published\":\"2025-03-10\",\"title\":\"t\",\"text\":\"x\"}"));
        List<ClusterEvaluator.GoldArticle> gold = ClusterEvaluator.read(file);
        // The file's order: the arrival order is the clusterer's to decide (ArrivalOrder), as in a run.
        assertThat(gold).extracting(g -> g.document().declared().id()).containsExactly("late", "undated", "early", "tie");
        assertThat(gold.get(1).published()).isNull();
        assertThat(gold.get(2).story()).isEqualTo("rates");
        assertThat(gold.get(2).corpus()).isEqualTo("c2");

        // Only "early" and "tie" reach the clusterer, as one story: "undated" and "late" stand alone as unread.
        List<AnalyzedArticle> analyzed = List.of(
                StoryClustererTest.article("early", StoryClustererTest.RATES_TITLE, StoryClustererTest.RATES,
                        java.time.LocalDate.of(2025, 3, 10)),
                StoryClustererTest.article("tie", StoryClustererTest.RATES_TITLE, StoryClustererTest.RATES,
                        java.time.LocalDate.of(2025, 3, 10)));
        ClusterEvaluator.Report r = ClusterEvaluator.evaluate(gold, analyzed, ClusterSettings.DEFAULT);
        assertThat(r.skipped()).isEqualTo(2);
        assertThat(r.predicted()).containsEntry("undated", "unread:undated").containsEntry("late", "unread:late");
        assertThat(r.predicted().get("tie")).isEqualTo(r.predicted().get("early"));
        // Gold {undated, late}, {early, tie}; predicted {undated}, {late}, {early, tie}: precision 1;
        // recall 1/2, 1/2, 1, 1 → 3/4. Per corpus: c1 recall 1/2, c2 perfect.
        assertThat(r.overall().bcubed().precision()).isEqualTo(1.0);
        assertThat(r.overall().bcubed().recall()).isEqualTo(0.75);
        assertThat(r.byCorpus()).containsOnlyKeys("c1", "c2");
        assertThat(r.byCorpus().get("c1").bcubed().recall()).isEqualTo(0.5);
        assertThat(r.byCorpus().get("c2").bcubed().f1()).isEqualTo(1.0);

        Path out = dir.resolve("pred.jsonl");
        ClusterEvaluator.writePredictions(r, out);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(4).allMatch(l -> l.startsWith("{\"id\":\"") && l.contains("\",\"story\":\""));
        assertThat(lines).contains("{\"id\":\"late\",\"story\":\"unread:late\"}");
    }
}
