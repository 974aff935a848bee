package org.collate.link;

import org.collate.analyze.AnalysisFixtures;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.PublicationDate;
import org.collate.model.Story;
import org.collate.model.StoryAssignment;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Streaming story clustering on short made-up reports, and on the two seed articles. */
public class StoryClustererTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);

    public static AnalyzedArticle article(String id, String title, String text, LocalDate published) {
        return ANALYZER.analyze(new Article(id, "test", null, null, title,
                published == null ? null : PublicationDate.ofDay(published, "declared"), "en", null, text, List.of(),
                "text"));
    }

    static final String FIRE_1_TITLE = "Fire destroys textile factory in Porto";
    static final String FIRE_1 = "A fire destroyed the Tecelagem Norte textile factory in Porto on Monday night, "
            + "forcing the evacuation of nearby homes. Firefighters battled the blaze for six hours before bringing it "
            + "under control. Mayor Helena Sarmento said no workers were inside the factory when the fire began.\n\n"
            + "\"We were lucky that the night shift had ended,\" Sarmento told reporters. Portuguese police are "
            + "investigating the cause of the fire and said an electrical fault was the most likely explanation. "
            + "The textile factory employed about two hundred workers.";

    static final String FIRE_2_TITLE = "Porto textile factory fire leaves two hundred workers jobless";
    static final String FIRE_2 = "About two hundred workers of the Tecelagem Norte textile factory in Porto face an "
            + "uncertain future after a fire gutted the factory late on Monday. Mayor Helena Sarmento said the city "
            + "would help the workers find new jobs.\n\nFirefighters needed six hours to control the blaze, and "
            + "police suspect an electrical fault caused the fire. \"Nobody was hurt, but the factory is gone,\" a "
            + "union representative said.";

    static final String FIRE_3_TITLE = "Police investigate cause of Porto textile factory fire";
    static final String FIRE_3 = "Police in Porto are examining the wiring of the Tecelagem Norte textile factory "
            + "after a fire destroyed it this week. Mayor Helena Sarmento said firefighters had fought the blaze for "
            + "six hours and that the two hundred workers of the factory would get help from the city.";

    public static final String RATES_TITLE = "Kenya central bank raises interest rates";
    public static final String RATES = "The Central Bank of Kenya raised its benchmark lending rate by half a percentage "
            + "point on Tuesday, citing inflation driven by fuel and food prices. Governor Daniel Otieno said the "
            + "bank would keep watching the shilling closely.\n\nEconomists in Nairobi had expected the increase "
            + "after consumer prices rose for a fourth month in a row. \"Borrowing will get dearer for families "
            + "and small firms,\" said one analyst at a local investment bank.";

    /** {@link #FIRE_1} with a word changed: a near-duplicate. */
    static final String FIRE_1_COPY = FIRE_1.replace("on Monday night", "on Monday evening");

    @Test
    void twoReportsOfOneEventJoinAnUnrelatedOneStartsAnother() {
        // Without embeddings (as here) two reports a day apart score about 0.12, under the join threshold; on the
        // same day they join. The next test covers reports days apart, with lead embeddings.
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment first = c.add(article("fire1", FIRE_1_TITLE, FIRE_1, DAY));
            StoryAssignment rates = c.add(article("rates", RATES_TITLE, RATES, DAY));
            StoryAssignment second = c.add(article("fire2", FIRE_2_TITLE, FIRE_2, DAY));

            assertThat(first.via()).isEqualTo("new");
            assertThat(rates.via()).isEqualTo("new");
            assertThat(rates.storyId()).isNotEqualTo(first.storyId());
            assertThat(second.storyId()).isEqualTo(first.storyId());
            assertThat(second.via()).isEqualTo("similarity");
            assertThat(second.score()).isGreaterThanOrEqualTo(ClusterSettings.DEFAULT.joinThreshold());
            assertThat(second.matchedArticle()).isEqualTo("fire1");

            assertThat(c.stories()).hasSize(2);
            assertThat(c.stories().get(0).articleIds()).containsExactly("fire1", "fire2");
            assertThat(c.stories().get(1).articleIds()).containsExactly("rates");
            assertThat(c.storyOfArticle("fire2")).isEqualTo(c.storyOfArticle("fire1"));
            assertThat(c.storyOfArticle("never-added")).isNull();
            assertConsistent(c, List.of("fire1", "rates", "fire2"));
        }
    }

    /** The article's features with a stand-in lead embedding (the sentence embedder is not loaded in unit tests). */
    private static LinkFeatures withEmbedding(AnalyzedArticle a, float... embedding) {
        LinkFeatures f = new LinkFeatureExtractor(ClusterSettings.DEFAULT).extract(a);
        return new LinkFeatures(f.id(), f.day(), f.title(), f.titleWords(), f.terms(), f.entities(), f.years(),
                f.quoteWords(), embedding, f.minHash(), f.length());
    }

    @Test
    void withLeadEmbeddingsReportsDaysApartJoin() {
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment first = c.add(withEmbedding(article("fire1", FIRE_1_TITLE, FIRE_1, DAY), 1, 0.1f, 0));
            StoryAssignment rates = c.add(withEmbedding(article("rates", RATES_TITLE, RATES, DAY.plusDays(1)), 0, 0.1f, 1));
            StoryAssignment second = c.add(withEmbedding(article("fire2", FIRE_2_TITLE, FIRE_2, DAY.plusDays(2)),
                    0.95f, 0.2f, 0));
            assertThat(rates.storyId()).isNotEqualTo(first.storyId());
            assertThat(second.storyId()).isEqualTo(first.storyId());
            assertThat(second.via()).isEqualTo("similarity");
        }
    }

    @Test
    void anArticleMatchingTwoStoriesMergesThem() {
        // Merging at the join threshold: two reports six days apart start two stories (without embeddings they
        // score under the threshold), then an undated report that matches both joins one and merges the other.
        ClusterSettings eager = ClusterSettings.DEFAULT.withMergeThreshold(ClusterSettings.DEFAULT.joinThreshold());
        try (StoryClusterer c = new StoryClusterer(eager)) {
            StoryAssignment first = c.add(article("fire1", FIRE_1_TITLE, FIRE_1, DAY));
            StoryAssignment second = c.add(article("fire2", FIRE_2_TITLE, FIRE_2, DAY.plusDays(6)));
            c.add(article("rates", RATES_TITLE, RATES, DAY.plusDays(6)));
            assertThat(second.storyId()).isNotEqualTo(first.storyId());
            assertThat(c.stories()).hasSize(3);

            StoryAssignment third = c.add(article("fire3", FIRE_3_TITLE, FIRE_3, null));
            assertThat(third.storyId()).isIn(first.storyId(), second.storyId());
            assertThat(c.stories()).hasSize(2);
            assertThat(c.storyOfArticle("fire1")).isEqualTo(third.storyId());
            assertThat(c.storyOfArticle("fire2")).isEqualTo(third.storyId());
            assertThat(c.storyOfArticle("rates")).isNotEqualTo(third.storyId());
            String gone = third.storyId().equals(first.storyId()) ? second.storyId() : first.storyId();
            assertThat(c.story(gone)).as("a story merged away").isNull();
            assertThat(c.story("s99")).isNull();
            assertThat(c.story(third.storyId())).isIn(c.stories());
            assertThat(c.story(third.storyId()).articleIds()).containsExactlyInAnyOrder("fire1", "fire2", "fire3");
            assertConsistent(c, List.of("fire1", "fire2", "rates", "fire3"));
        }
    }

    /**
     * A run restored from its placements (the story each article joined and the stories its placement merged)
     * places what comes next exactly as the run itself does: same stories, same ids, same scores.
     */
    @Test
    void aRunRestoredFromItsPlacementsContinuesAsTheRunDoes() {
        ClusterSettings eager = ClusterSettings.DEFAULT.withMergeThreshold(ClusterSettings.DEFAULT.joinThreshold());
        List<AnalyzedArticle> before = List.of(article("fire1", FIRE_1_TITLE, FIRE_1, DAY),
                article("fire2", FIRE_2_TITLE, FIRE_2, DAY.plusDays(6)),
                article("rates", RATES_TITLE, RATES, DAY.plusDays(6)),
                article("fire3", FIRE_3_TITLE, FIRE_3, null)); // merges the two fire stories
        List<AnalyzedArticle> after = List.of(article("copy", FIRE_1_TITLE, FIRE_1_COPY, DAY.plusDays(7)),
                article("rates2", RATES_TITLE, RATES.replace("Tuesday", "Wednesday"), DAY.plusDays(7)),
                article("fire4", FIRE_2_TITLE, FIRE_2, DAY.plusDays(8)));
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(eager);
        try (StoryClusterer run = new StoryClusterer(eager); StoryClusterer restored = new StoryClusterer(eager)) {
            List<String> merges = new ArrayList<>();
            for (AnalyzedArticle a : before) {
                LinkFeatures f = extractor.extract(a);
                StoryAssignment placed = run.add(f);
                merges.addAll(run.mergedByLastAdd());
                restored.restore(f, placed.storyId(), run.mergedByLastAdd());
            }
            assertThat(merges).as("the run merged a story").hasSize(1);
            assertThat(restored.stories()).isEqualTo(run.stories());
            for (AnalyzedArticle a : after) {
                LinkFeatures f = extractor.extract(a);
                assertThat(restored.add(f)).isEqualTo(run.add(f));
            }
            assertThat(restored.stories()).isEqualTo(run.stories());
            assertThat(restored.stories()).hasSize(run.stories().size());
        }
    }

    @Test
    void aPlacementThatDoesNotFitIsRefused() {
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(ClusterSettings.DEFAULT);
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            c.restore(extractor.extract(article("fire1", FIRE_1_TITLE, FIRE_1, DAY)), "s1", List.of());
            LinkFeatures f = extractor.extract(article("fire2", FIRE_2_TITLE, FIRE_2, DAY));
            assertThatThrownBy(() -> c.restore(f, "s1", List.of("s7")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s7");
            assertThatThrownBy(() -> c.restore(f, "s9", List.of("s1")))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s9");
            assertThat(c.stories()).hasSize(1);
        }
    }

    @Test
    void theSameOrderGivesTheSameAssignments() {
        List<AnalyzedArticle> stream = List.of(
                article("fire1", FIRE_1_TITLE, FIRE_1, DAY),
                article("rates", RATES_TITLE, RATES, DAY.plusDays(1)),
                article("fire2", FIRE_2_TITLE, FIRE_2, DAY.plusDays(1)),
                article("fire3", FIRE_3_TITLE, FIRE_3, DAY.plusDays(2)));
        assertThat(run(stream)).isEqualTo(run(stream));
    }

    private static List<StoryAssignment> run(List<AnalyzedArticle> stream) {
        List<StoryAssignment> out = new ArrayList<>();
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            for (AnalyzedArticle a : stream) {
                out.add(c.add(a));
            }
        }
        return out;
    }

    @Test
    void aNearDuplicateMonthsLaterJoinsTheOldStory() {
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment original = c.add(article("fire1", FIRE_1_TITLE, FIRE_1, DAY));
            c.add(article("rates", RATES_TITLE, RATES, DAY.plusDays(1)));
            LocalDate later = DAY.plusMonths(4);
            assertThat(later.toEpochDay() - DAY.toEpochDay()).isGreaterThan(ClusterSettings.DEFAULT.windowDays());
            StoryAssignment copy = c.add(article("copy", FIRE_1_TITLE, FIRE_1_COPY, later));

            assertThat(copy.via()).isEqualTo("near-duplicate");
            assertThat(copy.storyId()).isEqualTo(original.storyId());
            assertThat(copy.matchedArticle()).isEqualTo("fire1");
            assertThat(copy.score()).isGreaterThanOrEqualTo(ClusterSettings.DEFAULT.duplicateJaccard());
        }
    }

    @Test
    void twoPagesHoldingTheSameShortBannerAreNotCopies() {
        String banner = "Chat with us in Messenger. Find out what's happening in the world as it unfolds.";
        assertThat(banner.length()).isLessThan(ClusterSettings.DEFAULT.minCopyChars());
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment fire = c.add(article("fire", FIRE_1_TITLE, banner, DAY));
            StoryAssignment rates = c.add(article("rates", RATES_TITLE, banner, DAY.plusMonths(3)));
            assertThat(rates.via()).isEqualTo("new");
            assertThat(rates.storyId()).isNotEqualTo(fire.storyId());
        }
    }

    /** {@link #FIRE_1} stating its date in full, and a reworded re-publication that repeats its quote. */
    static final String FIRE_1_DATED = FIRE_1 + " The fire broke out on 3 March 2025.";

    static String republication(String date) {
        return "Fire gutted the Tecelagem Norte textile factory in Porto on " + date + ", and nearby homes were "
                + "evacuated. Firefighters needed six hours to bring the blaze under control. \"We were lucky that "
                + "the night shift had ended,\" Mayor Helena Sarmento told reporters. Police think an electrical "
                + "fault caused the fire at the factory, which employed about two hundred workers.";
    }

    /** The fire story, an unrelated one, then a reworded report of a fire on {@code date}, published on {@code day}. */
    private static List<StoryAssignment> fireThenReport(String date, LocalDate day) {
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment fire = c.add(withEmbedding(article("fire1", FIRE_1_TITLE, FIRE_1_DATED, DAY), 1, 0.1f, 0));
            c.add(withEmbedding(article("rates", RATES_TITLE, RATES, DAY.plusDays(1)), 0, 0.1f, 1));
            StoryAssignment report = c.add(withEmbedding(article("report", "Fire destroys Porto textile factory",
                    republication(date), day), 0.95f, 0.2f, 0));
            return List.of(fire, report);
        }
    }

    @Test
    void aRepublicationMonthsLaterJoinsTheOldStoryAsARewrite() {
        LocalDate later = DAY.plusMonths(5);
        assertThat(later.toEpochDay() - DAY.toEpochDay()).isGreaterThan(ClusterSettings.DEFAULT.windowDays());
        List<StoryAssignment> a = fireThenReport("3 March 2025", later);
        assertThat(a.get(1).via()).isEqualTo("rewrite");
        assertThat(a.get(1).storyId()).isEqualTo(a.get(0).storyId());
    }

    /** A short report of its own words, one per id: filler that moves the stream on without joining anything. */
    private static LinkFeatures filler(int i, LocalDate day) {
        String word = "filler" + Integer.toString(i, 36);
        return new LinkFeatures("filler" + i, day, word, Set.of(word), java.util.Map.of(word, 3, word + "x", 1),
                java.util.Map.of("org:" + word, 2), Set.of(), Set.of(), new float[] {0, 0, 1},
                new org.collate.model.MinHashSignature(new int[0]), 100); // too short to take part in copy matching
    }

    @Test
    void aStoryRetiredOutOfTheHeapIsFoundByItsRepublicationAndContinues() {
        LocalDate later = DAY.plusMonths(5);
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment fire = c.add(withEmbedding(article("fire1", FIRE_1_TITLE, FIRE_1_DATED, DAY), 1, 0.1f, 0));
            // Enough arrivals, days past the window, for the fire story to be retired and spilled.
            for (int i = 0; i < 600; i++) {
                c.add(filler(i, DAY.plusDays(1 + i / 4)));
            }
            assertThat(c.spilledStories()).as("retired stories left the heap").isGreaterThan(100);
            StoryAssignment report = c.add(withEmbedding(article("report", "Fire destroys Porto textile factory",
                    republication("3 March 2025"), later), 0.95f, 0.2f, 0));
            assertThat(report.via()).isEqualTo("rewrite");
            assertThat(report.storyId()).isEqualTo(fire.storyId());
            StoryAssignment again = c.add(withEmbedding(article("report2", "Porto textile factory fire",
                    republication("3 March 2025"), later.plusDays(1)), 0.95f, 0.2f, 0));
            assertThat(again.storyId()).as("the revived story takes a second late report").isEqualTo(fire.storyId());
            Story story = c.stories().stream().filter(s -> s.id().equals(fire.storyId())).findFirst().orElseThrow();
            assertThat(story.articleIds()).containsExactly("fire1", "report", "report2");
            assertThat(story.lastSeen()).isEqualTo(later.plusDays(1));
        }
    }

    @Test
    void theSameWordsAboutAFireInAnotherYearStartANewStory() {
        // Two years on, a fire at the same factory told in the same words: a new event, not a re-publication.
        List<StoryAssignment> a = fireThenReport("3 March 2027", DAY.plusYears(2));
        assertThat(a.get(1).via()).isEqualTo("new");
        assertThat(a.get(1).storyId()).isNotEqualTo(a.get(0).storyId());
    }

    @Test
    void anUnrelatedArticleMonthsLaterStartsANewStory() {
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment fire = c.add(article("fire1", FIRE_1_TITLE, FIRE_1, DAY));
            StoryAssignment rates = c.add(article("rates", RATES_TITLE, RATES, DAY.plusMonths(4)));
            assertThat(rates.via()).isEqualTo("new");
            assertThat(rates.storyId()).isNotEqualTo(fire.storyId());
        }
    }

    @Test
    void anUndatedArticleCanJoinADatedStory() {
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment fire = c.add(article("fire1", FIRE_1_TITLE, FIRE_1, DAY));
            StoryAssignment rates = c.add(article("rates", RATES_TITLE, RATES, DAY.plusDays(1)));
            StoryAssignment undated = c.add(article("fire3", FIRE_3_TITLE, FIRE_3, null));

            assertThat(undated.storyId()).isEqualTo(fire.storyId()).isNotEqualTo(rates.storyId());
            assertThat(undated.via()).isEqualTo("similarity");
            Story story = c.stories().get(0);
            assertThat(story.articleIds()).containsExactly("fire1", "fire3");
            assertThat(story.firstSeen()).isEqualTo(DAY);
            assertThat(story.lastSeen()).isEqualTo(DAY);
        }
    }

    @Test
    void theTwoSeedsFormOneStoryAndAnUnrelatedArticleDoesNotJoinIt() {
        AnalyzedArticle wire = AnalysisFixtures.analyzedSeed(TestData.WIRE_SEED);
        AnalyzedArticle spun = AnalysisFixtures.analyzedSeed(TestData.SPUN_SEED);
        assertThat(wire.id()).isNotEqualTo(spun.id());
        // The spun rewrite is dated (2 March 2024), the wire report is not. Dated first: the undated report is
        // compared with every active story and joins. (In publication order, undated first, the dated rewrite can
        // reach the undated story only by the rewrite path, and without embeddings it starts a story of its own.)
        assertThat(spun.article().published()).isNotNull();
        assertThat(wire.article().published()).isNull();
        List<AnalyzedArticle> seeds = List.of(spun, wire);
        LocalDate near = spun.article().published().day().plusDays(1);
        try (StoryClusterer c = new StoryClusterer(ClusterSettings.DEFAULT)) {
            StoryAssignment a = c.add(seeds.get(0));
            StoryAssignment b = c.add(seeds.get(1));
            StoryAssignment other = c.add(article("rates", RATES_TITLE, RATES, near));

            assertThat(b.storyId()).isEqualTo(a.storyId());
            assertThat(b.via()).isNotEqualTo("new");
            assertThat(other.storyId()).isNotEqualTo(a.storyId());
            assertThat(c.stories()).hasSize(2);
            assertConsistent(c, List.of(wire.id(), spun.id(), "rates"));
        }
    }

    /** Every added article is in exactly one story, and {@code storyOfArticle} names that story. */
    public static void assertConsistent(StoryClusterer c, List<String> added) {
        Set<String> seen = new HashSet<>();
        Set<String> storyIds = new HashSet<>();
        for (Story s : c.stories()) {
            assertThat(storyIds.add(s.id())).as("story ids are unique").isTrue();
            assertThat(s.articleIds()).as("story %s has members", s.id()).isNotEmpty();
            for (String id : s.articleIds()) {
                assertThat(seen.add(id)).as("%s is in one story only", id).isTrue();
                assertThat(c.storyOfArticle(id)).as("story of %s", id).isEqualTo(s.id());
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(added);
    }
}
