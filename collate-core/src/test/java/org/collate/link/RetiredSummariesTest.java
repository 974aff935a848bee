package org.collate.link;

import org.collate.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A retired story's scoring state written out of the heap and read back. */
class RetiredSummariesTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    @Test
    void aStoryReadBackScoresExactlyAsItDidInTheHeap() {
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(ClusterSettings.DEFAULT);
        CollectionStatistics stats = new CollectionStatistics();
        StoryScorer scorer = new StoryScorer(stats, ScorerWeights.DEFAULT);
        StoryState story = new StoryState("s1", ClusterSettings.DEFAULT.recentMembers());
        int arrival = 0;
        for (AnalyzedArticle a : new AnalyzedArticle[] {
                StoryClustererTest.article("a", StoryClustererTest.FIRE_1_TITLE,
                        StoryClustererTest.FIRE_1_DATED, DAY),
                StoryClustererTest.article("b", StoryClustererTest.FIRE_2_TITLE, StoryClustererTest.FIRE_2,
                        DAY.plusDays(1))}) {
            LinkFeatures f = withEmbedding(extractor.extract(a), ++arrival);
            SparseVector frequencies = stats.termFrequencies(f);
            story.add(f, frequencies, arrival);
            stats.add(f, frequencies);
        }
        story.retire(3, stats.idf()); // fewer terms than the story has: the summary keeps what retiring kept
        LinkFeatures late = withEmbedding(extractor.extract(StoryClustererTest.article("late",
                "Fire destroys Porto textile factory", StoryClustererTest.republication("3 March 2025"),
                DAY.plusMonths(5))), 7);
        SparseVector terms = stats.weighted(stats.termFrequencies(late));
        StoryScorer.Score inHeap = scorer.score(late, terms, story, true);
        boolean yearConflict = StoryScorer.yearConflict(late, story);
        story.entityMass = -1; // weighed again when read back, with the statistics of then (these)

        try (RetiredSummaries summaries = new RetiredSummaries()) {
            summaries.spill(story);
            assertThat(story.spilled()).isTrue();
            assertThat(story.entityCount).as("the heap no longer holds its scoring state").isNull();
            assertThat(summaries.bytes()).isGreaterThan(0);
            StoryState read = summaries.read(story);
            assertThat(read.members).containsExactly("a", "b");
            assertThat(read.first).isEqualTo(DAY);
            assertThat(read.last).isEqualTo(DAY.plusDays(1));
            assertThat(read.centroid.ids).hasSize(3);
            StoryScorer.Score readBack = scorer.score(late, terms, read, true);
            assertThat(readBack.features()).containsExactly(inHeap.features());
            assertThat(readBack.total()).isEqualTo(inHeap.total());
            assertThat(StoryScorer.yearConflict(late, read)).isEqualTo(yearConflict);
            assertThat(read.yearCount).containsKey(2025);

            StoryState revived = summaries.revive(story);
            assertThat(revived.spilled()).isFalse();
            LinkFeatures f = withEmbedding(extractor.extract(StoryClustererTest.article("c",
                    StoryClustererTest.FIRE_3_TITLE, StoryClustererTest.FIRE_3, DAY.plusMonths(5))), 9);
            revived.add(f, stats.termFrequencies(f), 9);
            assertThat(revived.members).containsExactly("a", "b", "c");
            assertThat(revived.last).isEqualTo(DAY.plusMonths(5));
        }
    }

    @Test
    void onlyARetiredStoryInTheHeapIsSpilled() {
        StoryState open = new StoryState("s2", 3);
        try (RetiredSummaries summaries = new RetiredSummaries()) {
            assertThatThrownBy(() -> summaries.spill(open)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("s2");
        }
    }

    private static LinkFeatures withEmbedding(LinkFeatures f, float seed) {
        return new LinkFeatures(f.id(), f.day(), f.title(), f.titleWords(), f.terms(), f.entities(), f.years(),
                f.quoteWords(), new float[] {1, seed / 10, 0.5f}, f.minHash(), f.length());
    }
}
