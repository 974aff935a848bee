package org.collate.link;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The scorer's floor: a story is left unscored only when it surely falls short, and a score given is the full one. */
class StoryScorerTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final double[] FLOORS = {0.05, 0.25, 0.5, 0.9, 0.99};

    @Test
    void aStoryIsLeftUnscoredOnlyWhenItsScoreIsBelowTheFloorAndAScoreGivenIsTheFullOne() {
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(ClusterSettings.DEFAULT);
        CollectionStatistics stats = new CollectionStatistics();
        StoryScorer scorer = new StoryScorer(stats, ClusterSettings.DEFAULT.scorer());
        StoryState fire = new StoryState("s1", ClusterSettings.DEFAULT.recentMembers());
        StoryState rates = new StoryState("s2", ClusterSettings.DEFAULT.recentMembers());
        int arrival = 0;
        for (Object[] a : List.of(
                new Object[]{fire, "fire1", StoryClustererTest.FIRE_1_TITLE, StoryClustererTest.FIRE_1},
                new Object[]{fire, "fire3", StoryClustererTest.FIRE_3_TITLE, StoryClustererTest.FIRE_3},
                new Object[]{rates, "rates", StoryClustererTest.RATES_TITLE, StoryClustererTest.RATES})) {
            LinkFeatures f = extractor.extract(StoryClustererTest.article((String) a[1], (String) a[2],
                    (String) a[3], DAY));
            SparseVector frequencies = stats.termFrequencies(f);
            stats.add(f, frequencies);
            StoryState story = (StoryState) a[0];
            story.add(f, frequencies, ++arrival);
            scorer.refreshMass(story);
        }
        List<LinkFeatures> articles = new ArrayList<>();
        articles.add(extractor.extract(StoryClustererTest.article("fire2", StoryClustererTest.FIRE_2_TITLE,
                StoryClustererTest.FIRE_2, DAY)));
        articles.add(extractor.extract(StoryClustererTest.article("fire2-later", StoryClustererTest.FIRE_2_TITLE,
                StoryClustererTest.FIRE_2, DAY.plusDays(9))));
        articles.add(extractor.extract(StoryClustererTest.article("rates2", StoryClustererTest.RATES_TITLE,
                StoryClustererTest.RATES.replace("Tuesday", "Wednesday"), DAY.plusDays(1))));

        int unscored = 0;
        int scored = 0;
        for (LinkFeatures f : articles) {
            SparseVector terms = stats.weighted(stats.termFrequencies(f));
            for (StoryState story : List.of(fire, rates)) {
                StoryScorer.Score full = scorer.score(f, terms, story, false);
                for (double floor : FLOORS) {
                    StoryScorer.Score atLeast = scorer.scoreAtLeast(f, terms, story, floor);
                    if (atLeast == null) {
                        unscored++;
                        assertThat(full.total()).as(f.id() + " against " + story.id + " at " + floor)
                                .isLessThan(floor);
                    } else {
                        scored++;
                        assertThat(atLeast.total()).isEqualTo(full.total());
                        assertThat(atLeast.features()).containsExactly(full.features());
                    }
                }
            }
        }
        // Both ways occur: the report of the other event falls short of the higher floors without its member
        // similarities, and the matching report is scored in full.
        assertThat(unscored).isPositive();
        assertThat(scored).isPositive();
    }
}
