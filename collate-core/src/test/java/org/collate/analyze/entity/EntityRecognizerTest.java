package org.collate.analyze.entity;

import org.collate.analyze.AnalysisFixtures;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Entities, roles and name variants checked by reading the two seed articles. */
class EntityRecognizerTest {

    private static Entity named(AnalyzedArticle a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + a.entities()));
    }

    @Test
    void spunSeedPeopleWithTitlesVariantsAndTheContradictoryRole() {
        AnalyzedArticle a = AnalysisFixtures.analyzedSeed(TestData.SPUN_SEED);
        Entity modi = named(a, "Narendra Modi");
        assertThat(modi.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(modi.roles()).containsExactly("Indian Prime Minister", "Indian President");
        assertThat(modi.variants()).contains("Mr Modi");

        Entity putin = named(a, "Vladimir Putin");
        assertThat(putin.roles()).containsExactly("Russian President");
        assertThat(putin.variants()).contains("Mr. Putin", "Mr Putin", "MM Putin", "Putin");

        Entity xi = named(a, "Xi Jinping");
        assertThat(xi.roles()).contains("Chinese President");
        assertThat(xi.variants()).contains("Mr. Xi", "Mr. Mr. Xi");

        assertThat(named(a, "Anthony Blinken").roles()).containsExactly("US Secretary of State");
        assertThat(named(a, "Recep Tayyip Erdogan").roles()).containsExactly("Turkish President");
        assertThat(named(a, "Ibrahim Raisi").roles()).containsExactly("Iranian President");
        assertThat(named(a, "United States").variants()).contains("US");
        assertThat(named(a, "Donbass").kind()).isEqualTo(EntityKind.PLACE);
        // "Mr. During a Thursday meeting": a dangling honorific before a preposition names nobody.
        assertThat(a.entities()).noneMatch(e -> e.name().contains("During"));
        // Exactly one entity per person: no split between "Xi Jinping" and "Mr. Xi".
        assertThat(a.entities().stream().filter(e -> e.name().contains("Xi"))).hasSize(1);
    }

    @Test
    void wireSeedOrganisationAcronymAndLowerCaseRole() {
        AnalyzedArticle a = AnalysisFixtures.analyzedSeed(TestData.WIRE_SEED);
        Entity sco = named(a, "Shanghai Cooperation Organisation");
        assertThat(sco.kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(sco.variants()).contains("SCO");
        assertThat(named(a, "Xi Jinping").roles()).containsExactly("Chinese leader");
        assertThat(named(a, "Antony Blinken").roles()).containsExactly("US Secretary of State");
        assertThat(named(a, "Vladimir Putin").roles()).containsExactly("Russian President");
        assertThat(named(a, "Donbas").kind()).isEqualTo(EntityKind.PLACE);
        assertThat(named(a, "Kremlin").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void aTitleAfterAnIndefiniteArticleIsOneThePersonMightHold() {
        AnalyzedArticle a = AnalysisFixtures.analyze("Senator Jane Harlow won the primary on Tuesday. Her plan is "
                + "an agenda a President Harlow could hope to see work.", null);
        assertThat(named(a, "Jane Harlow").roles()).containsExactly("Senator");
    }

    @Test
    void aTitledSurnameTwoPeopleShareIsCreditedToNeither() {
        AnalyzedArticle a = AnalysisFixtures.analyze("Ken Marlow pursued Bill Harlow for years. He spoke of Anne "
                + "Harlow too. \"President Harlow was gifted,\" Marlow said. Governor Marlow agreed.", null);
        assertThat(named(a, "Anne Harlow").roles()).doesNotContain("President");
        assertThat(named(a, "Bill Harlow").roles()).doesNotContain("President");
        assertThat(named(a, "Anne Harlow").variants()).contains("Harlow"); // the mention still joins, untitled
        // one person of a surname keeps the title a surname gives
        assertThat(named(a, "Ken Marlow").roles()).containsExactly("Governor");
    }

    @Test
    void appositiveRolesAndCoordinatedHonorifics() {
        AnalyzedArticle a = AnalysisFixtures.analyze("Antony Blinken, the US secretary of state, said the talks had "
                + "failed. Later, MM Macron and Scholz met in Berlin. Mr Scholz left early.", null);
        assertThat(named(a, "Antony Blinken").roles()).containsExactly("US secretary of state");
        Entity scholz = named(a, "Scholz");
        assertThat(scholz.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(scholz.variants()).contains("Scholz", "Mr Scholz");
        assertThat(named(a, "Berlin").kind()).isEqualTo(EntityKind.PLACE);
    }

    @Test
    void everyMentionSpanPointsAtItsText() {
        AnalyzedArticle a = AnalysisFixtures.analyzedSeed(TestData.SPUN_SEED);
        a.entities().forEach(e -> e.mentions().forEach(m -> {
            assertThat(m.span().of(a.text())).isEqualTo(m.text());
            if (m.roleSpan() != null) {
                assertThat(m.roleSpan().of(a.text())).isEqualTo(m.role());
            }
        }));
    }

    @Test
    void aCityOfTheGeneratedListIsAPlace() {
        // No hand-typed row names these: they come from the GeoNames list (cities of 100,000 people or more).
        AnalyzedArticle a = AnalysisFixtures.analyze("The delegates flew from Sioux Falls to Samarkand, then on to "
                + "Ürümqi, where talks resumed.", null);
        for (String city : new String[]{"Sioux Falls", "Samarkand", "Ürümqi"}) {
            assertThat(named(a, city).kind()).as(city).isEqualTo(EntityKind.PLACE);
        }
    }

    @Test
    void aMentionStopsAtTheName() {
        AnalyzedArticle a = new org.collate.analyze.ArticleAnalyzer(false).analyze(new org.collate.model.Article("m",
                "m", null, null, null, null, "en", null, "Verkhovna Rada Vadim Denisenko said the vote was close. "
                + "Champion Wladimir Klitschko won again on Saturday.", java.util.List.of(), "text"));
        assertThat(named(a, "Vadim Denisenko").roles()).containsExactly("Verkhovna Rada");
        assertThat(named(a, "Wladimir Klitschko").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(a.entities()).noneMatch(e -> e.name().startsWith("Champion"));
    }

    @Test
    void aMiddleInitialWhoseFullStopTheTokenizerCutsOffStaysInTheName() {
        AnalyzedArticle a = new org.collate.analyze.ArticleAnalyzer(false).analyze(new org.collate.model.Article("i",
                "i", null, null, null, null, "en", null, "“The plan is a fantasy,” writes Kevin D. Williamson, a "
                + "columnist. Williamson argues that nobody has read it. Former President George W. Bush said "
                + "nothing.", java.util.List.of(), "text"));
        Entity writer = named(a, "Kevin D. Williamson");
        assertThat(writer.kind()).isEqualTo(EntityKind.PERSON);
        assertThat(writer.variants()).contains("Williamson");
        assertThat(named(a, "George W. Bush").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(a.entities()).noneMatch(e -> e.name().equals("Kevin D"));
    }

    @Test
    void otherMiddleInitialsNameAnotherPerson() {
        AnalyzedArticle a = new org.collate.analyze.ArticleAnalyzer(false).analyze(new org.collate.model.Article("b",
                "b", null, null, null, null, "en", null, "President George W. Bush spoke on Monday. Later, former Vice "
                + "President George H.W. Bush joined him. George H. W. Bush said little.", java.util.List.of(), "text"));
        assertThat(named(a, "George W. Bush").roles()).containsExactly("President");
        Entity father = a.entities().stream().filter(e -> e.variants().contains("George H.W. Bush")).findFirst()
                .orElseThrow();
        assertThat(father.roles()).containsExactly("Vice President");
        assertThat(father.variants()).contains("George H. W. Bush"); // the same initials, spaced
        assertThat(a.entities()).hasSize(2);
    }
}
