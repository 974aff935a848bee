package org.collate.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.Story;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which titles the roster sets against each other across a story: two offices of one body, never two people. */
class RosterTitlesTest {

    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void setUp() {
        analyzer = new ArticleAnalyzer(false);
    }

    private static List<Fact> roleConflicts(String first, String second) {
        AnalyzedArticle a = analyzer.analyze(new Article("a", "a", null, "www.example-times.com", null, null, "en",
                null, first, List.of(), "text"));
        AnalyzedArticle b = analyzer.analyze(new Article("b", "b", null, "www.example-post.com", null, null, "en",
                null, second, List.of(), "text"));
        StoryReconciler reconciler = new StoryReconciler(ReconcileSettings.DEFAULT.withEmbeddings(false), null);
        return reconciler.reconcile(new Story("s", List.of("a", "b"), null, null, null), List.of(a, b))
                .facts(FactStatus.CONFLICTING).stream().filter(f -> "role".equals(f.slot())).toList();
    }

    @Test
    void twoHeadsOfOneBodyConflict() {
        assertThat(roleConflicts(
                "Zoo Director Thane Maynard said the baby hippo was gaining weight every day at the zoo.\n\n"
                        + "The keepers weigh her each morning before the visitors arrive at the gates.",
                "The hippo keeps growing, said zoo president Thane Maynard, who posted a new video online.\n\n"
                        + "Visitors have lined up for hours to see the hippo since she was born in January."))
                .hasSize(1);
    }

    @Test
    void aMayorMayAlsoPresideOverARegion() {
        assertThat(roleConflicts(
                "Mayor Christian Estrosi said the city would hold a memorial for the victims on the promenade.\n\n"
                        + "Thousands of people are expected to attend the memorial on Sunday afternoon.",
                "Regional President Christian Estrosi called for more police on the streets of the city.\n\n"
                        + "The government rejected the demand and said the police had done their job well."))
                .isEmpty();
    }

    @Test
    void twoPeopleOfOneNameInOneArticleAreNoConflict() {
        assertThat(roleConflicts(
                "The activist Alaa Abdel spoke from prison. President Abdel has refused to pardon the blogger.\n\n"
                        + "Rights groups have called for his release for more than two years.",
                "Rights groups have again called for the release of the jailed blogger and activist.\n\n"
                        + "His family said he had started a hunger strike in protest against his detention."))
                .isEmpty();
    }

    @Test
    void fatherAndSonOfOneNameWithOtherMiddleInitialsAreNoConflict() {
        assertThat(roleConflicts(
                "President George W. Bush spoke about the war on Monday at the ranch in Texas.\n\n"
                        + "Aides said the talks with the visiting ministers went well.",
                "Former Vice President George H.W. Bush joined the talks at the ranch on Monday.\n\n"
                        + "The visiting ministers left for Washington the same evening."))
                .isEmpty();
    }

    @Test
    void aHeadlinesAbbreviatedTitleWithoutItsFullStopIsTheSameOffice() {
        assertThat(roleConflicts(
                "Gov Mary Fallin: Trump Is Trying to Unite the Party\n\n"
                        + "Oklahoma Governor Mary Fallin said on Sunday that the candidate was reaching out to voters.",
                "Oklahoma Governor Mary Fallin praised the candidate on Sunday for reaching out to voters.\n\n"
                        + "She said the party would come together before the convention in July."))
                .isEmpty();
    }
}
