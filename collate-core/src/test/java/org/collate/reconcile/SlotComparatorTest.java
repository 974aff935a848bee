package org.collate.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.entity.Gazetteer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which differences between two statements of the same thing are conflicts, and in which slot. */
class SlotComparatorTest {

    private static ArticleAnalyzer analyzer;
    private static StoryReconciler reconciler;
    private static EntityRoster roster;

    @BeforeAll
    static void setUp() {
        analyzer = new ArticleAnalyzer(false);
        reconciler = new StoryReconciler(ReconcileSettings.DEFAULT.withEmbeddings(false), null);
        roster = new EntityRoster(Gazetteer.shared());
    }

    /** The slots in which the first sentence of each text conflict, the two texts from independent outlets. */
    private static List<String> slots(String a, String b) {
        return slots(a, b, false);
    }

    /** The same, with the two texts renderings of one source ({@code renderings}) or independent reports. */
    private static List<String> slots(String a, String b, boolean renderings) {
        List<AnalyzedArticle> articles = List.of(analyze("a", a), analyze("b", b));
        EntityRoster.Result entities = roster.build(articles);
        List<StorySentence> sentences = reconciler.sentences(articles, entities);
        StorySentence first = sentences.get(0);
        StorySentence second = sentences.stream().filter(s -> s.article() == 1).findFirst().orElseThrow();
        SlotComparator comparator = new SlotComparator(roster, entities,
                new QuoteWordJudge(Synonyms.shared(), ReconcileSettings.DEFAULT.quoteNearIdentical()),
                new TokenDiff(ReconcileSettings.DEFAULT.diffNearIdentical(), ReconcileSettings.DEFAULT.diffMaxWords()));
        return comparator.compare(first, second, renderings).stream().map(c -> c.variant() ? "variant:" + c.slot() : c.slot())
                .toList();
    }

    private static AnalyzedArticle analyze(String id, String text) {
        return analyzer.analyze(new Article(id, id, null, null, null, null, "en", null, text, List.of(), "text"));
    }

    @Test
    void numbersInWordsAndDigitsAgree() {
        assertThat(slots("Police said five people were injured in the blast near the station.",
                "Police said 5 people were injured in the blast near the station.")).isEmpty();
        assertThat(slots("Unemployment rose to 40% in the northern region last year, the agency said.",
                "Unemployment rose to 40 percent in the northern region last year, the agency said.")).isEmpty();
    }

    @Test
    void aVagueAmountAgreesWithNumbersInItsRange() {
        assertThat(slots("The clashes left dozens injured along the disputed border, officials said.",
                "The clashes left 53 injured along the disputed border, officials said.")).isEmpty();
        assertThat(slots("The clashes left dozens injured along the disputed border, officials said.",
                "The clashes left 500 injured along the disputed border, officials said.")).containsExactly("number");
    }

    @Test
    void aChangedQuantityConflicts() {
        assertThat(slots("Police said 53 people were injured in the blast near the station.",
                "Police said 35 people were injured in the blast near the station.")).containsExactly("number");
        // No counted noun, but the same words on either side.
        assertThat(slots("SoftBank agreed to fund a $3 billion buyout of existing shareholders.",
                "SoftBank agreed to fund a $6 billion buyout of existing shareholders.")).containsExactly("number");
    }

    @Test
    void valuesBothGiveAreNoConflictWhateverTheyCount() {
        assertThat(slots("The car will go 230 miles to 300 miles per charge, depending on how it is equipped.",
                "The car will go 230 miles to 300 miles per charge, depending on how it is equipped, Ford said."))
                .isEmpty();
    }

    @Test
    void injuredAndDeadAreDifferentCasualties() {
        assertThat(slots("Border skirmishes between the two countries left dozens injured on Friday.",
                "Deadly border skirmishes between the two countries broke out on Friday.")).contains("casualties");
    }

    @Test
    void aDifferentWeekdayConflicts() {
        assertThat(slots("The two presidents met on Friday for talks about trade and energy.",
                "The two presidents met on Thursday for talks about trade and energy.")).containsExactly("weekday");
        // Each names a day the other does not, beside one they share.
        assertThat(slots("The team spent Monday preparing after Thursday's fight with its rival.",
                "The team spent Tuesday preparing after Thursday's fight with its rival.")).containsExactly("weekday");
        assertThat(slots("The two presidents met on Friday for talks about trade and energy.",
                "The two presidents met for talks about trade and energy.")).isEmpty();
    }

    @Test
    void aSynonymInAQuoteIsWordingAnOppositeIsAConflictAnotherWordAVariant() {
        assertThat(slots("“The talks were difficult and long,” the minister told reporters after the meeting.",
                "“The talks were hard and long,” the minister told reporters after the meeting.")).isEmpty();
        assertThat(slots("“The talks were difficult and long,” the minister told reporters after the meeting.",
                "“The talks were easy and long,” the minister told reporters after the meeting."))
                .containsExactly("quote");
        assertThat(slots("“The talks were difficult and long,” the minister told reporters after the meeting.",
                "“The talks were painful and long,” the minister told reporters after the meeting."))
                .containsExactly("variant:quote");
    }

    @Test
    void contractionsAndNumberWordsInAQuoteAreWording() {
        assertThat(slots("“We could not finish the work in two weeks,” the builder told the council on Monday.",
                "“We couldn't finish the work in 2 weeks,” the builder told the council on Monday.")).isEmpty();
    }

    @Test
    void aTitleChangedBeforeThePersonConflicts() {
        assertThat(slots("Indian Prime Minister Narendra Modi told the summit that this was not the time for war.",
                "Indian President Narendra Modi told the summit that this was not the time for war."))
                .containsExactly("role");
    }

    @Test
    void aRespeltNameIsAVariant() {
        assertThat(slots("US Secretary of State Antony Blinken said the meeting showed the two were growing closer.",
                "US Secretary of State Anthony Blinken said the meeting showed the two were growing closer."))
                .containsExactly("variant:spelling");
    }

    /** A doubled letter written once in a short first name the recogniser does not know on the copy's side. */
    @Test
    void aShortNameWithADoubledLetterWrittenOnceIsAVariant() {
        assertThat(slots("Five of those hits came from two players facing suspension (2 for Larry Okafor, 3 for "
                        + "Miles Garrison).",
                "Five of those hits came from two players facing suspension (2 for Lary Okafor, 3 for "
                        + "Miles Garrison)."))
                .containsExactly("variant:spelling");
    }

    @Test
    void respellingIsNotInflection() {
        assertThat(ReplacedWordsSlot.respelt("Jessie", "Jesie")).isTrue();
        assertThat(ReplacedWordsSlot.respelt("Zelensky", "Zelenskyy")).isTrue();
        assertThat(ReplacedWordsSlot.respelt("Russia", "Russian")).isFalse();
        assertThat(ReplacedWordsSlot.respelt("America", "Americans")).isFalse();
        assertThat(ReplacedWordsSlot.respelt("Israel", "Israeli")).isFalse();
        assertThat(ReplacedWordsSlot.respelt("Ukraine", "Ukraine's")).isFalse();
        assertThat(ReplacedWordsSlot.respelt("forces", "force")).isFalse();
    }

    @Test
    void theSameWordsSayTheSameThing() {
        String s = "Officials said 53 people were hurt on Friday when President Joe Biden visited the site.";
        assertThat(slots(s, s)).isEmpty();
    }

    @Test
    void aNameSpeltOtherwiseIsAVariantNotAConflict() {
        assertThat(slots("Foreign Minister Sergey Lavrov said Moscow was ready to restore the dialogue with Washington.",
                "Foreign Minister Sergei Lavrov said Moscow was ready to restore the dialogue with Washington."))
                .containsExactly("variant:spelling");
    }

    @Test
    void numbersWrittenOtherwiseAreTheSameNumber() {
        assertThat(slots("Up to 75 thousand people could die in England in the next five months, scientists said.",
                "Up to 75,000 people could die in England in the next five months, scientists said.")).isEmpty();
        assertThat(slots("The company earned 5.2 mln rubles in the first quarter of the year, it reported.",
                "The company earned 5.2 million rubles in the first quarter of the year, it reported.")).isEmpty();
    }

    @Test
    void aMachineTranslationsWrongScaleIsStillAConflict() {
        assertThat(slots("China hopes the Olympics will engage 300 million citizens in winter sports this decade.",
                "China hopes the Olympics will engage 30 million citizens in winter sports this decade."))
                .containsExactly("number");
    }

    @Test
    void aQuoteRenderedInOtherWordsIsAVariantAndAChangedNumberInItAConflict() {
        assertThat(slots("\"The consequences will be huge and will cost Moscow dearly,\" the minister said on Monday.",
                "\"The consequences will be enormous and will cost Moscow dearly,\" the minister said on Monday."))
                .allMatch(slot -> slot.startsWith("variant:"));
        assertThat(slots("\"We will send 300 more soldiers to the region next month,\" the minister said on Monday.",
                "\"We will send 3,000 more soldiers to the region next month,\" the minister said on Monday."))
                .contains("number");
    }

    @Test
    void twoBoxersRecordsAreTwoThings() {
        assertThat(slots("Champion Wladimir Klitschko improved to 58-3 with 51 KO wins after the fight on Saturday night.",
                "Challenger Tony Thompson, now 36-3 with 24 KO wins, had no answer after the fight on Saturday night."))
                .doesNotContain("number");
    }

    @Test
    void aStatementsDayAndAnEscapesDayAreTwoEvents() {
        assertThat(slots("The inmate escaped from the county jail on Monday, the sheriff's office said.",
                "The sheriff's office commented on the inmate's jail escape on Thursday.")).doesNotContain("weekday");
        assertThat(slots("The inmate escaped from the county jail on Monday, the sheriff's office said.",
                "The inmate escaped from the county jail on Tuesday, the sheriff's office said.")).contains("weekday");
    }

    @Test
    void aDayMovedInACopyIsStillAConflict() {
        assertThat(slots("The Chinese e-commerce giant is set to officially announce the terms of the deal later on "
                        + "Wednesday, but investors have been told the price is likely to be final, Reuters reported.",
                "The Chinese e-commerce giant is set to officially announce the terms of the deal later on "
                        + "Thursday, but investors have been told the price is likely to be final, Reuters reported."))
                .contains("weekday");
        assertThat(slots("Benchmark 10-year notes last rose 7/32 in price to yield 1.786%, down from 1.808% late on Monday.",
                "Benchmark 10-year notes last rose 7/32 in price to yield 1.786%, down from 1.808% late on Sunday."))
                .contains("weekday");
    }

    @Test
    void anApproximateOrOpenFigureAgreesWithTheValuesItAllows() {
        assertThat(slots("More than 180 people were killed in shootings across the country over the holiday weekend.",
                "At least 150 people were killed in shootings across the country over the holiday weekend."))
                .doesNotContain("number");
        assertThat(slots("About 10,000 people were evacuated from the coastal towns after the warning on Sunday.",
                "Some 10,503 people were evacuated from the coastal towns after the warning on Sunday."))
                .doesNotContain("number");
        // Qualified alike, a rendering's figures are compared: a copy that changes a bound changes the fact.
        assertThat(slots("There are more than 700 ski resorts in the country, but only 20 can host world cups.",
                "There are more than 70 ski resorts in the country, but only 20 can host world cups.", true))
                .contains("number");
        // Two outlets' bounds open the same way both hold of any count past the larger.
        assertThat(slots("The earthquake damaged houses and injured at least five people in the province.",
                "The earthquake damaged houses and injured at least 50 people in the province."))
                .doesNotContain("number");
        assertThat(slots("The more-than 11 million documents are allegedly connected to the law firm.",
                "The 11.5 million documents are allegedly connected to the law firm.")).doesNotContain("number");
        assertThat(slots("Up to 50 people were evacuated from the coastal towns after the warning on Sunday.",
                "At least 80 people were evacuated from the coastal towns after the warning on Sunday."))
                .contains("number");
    }

    @Test
    void oneFigureWrittenTwoWaysIsNoConflict() {
        assertThat(slots("Firefighters removed one person from the tunnel after the accident occurred around 5:10 a.m.",
                "Firefighters removed one person from the tunnel after the accident occurred around 5.10am.", true))
                .isEmpty();
        assertThat(slots("The earthquake near the city killed more than 1 , 000 people in the region .",
                "The earthquake near the city killed more than 1000 people in the region .", true)).isEmpty();
        assertThat(slots("Damage to the church was estimated at $ US1 million ( $ 1.52 million ) , authorities said .",
                "Damage to the church was estimated at $ 1 million , authorities said .", true))
                .doesNotContain("number");
    }

    @Test
    void aMeasureInAnotherUnitIsAVariant() {
        assertThat(slots("The climber died after slipping and falling about 200ft from a ridge near the glacier.",
                "The climber died after slipping and falling about 60m from a ridge near the glacier.", true))
                .containsExactly("variant:number");
        assertThat(slots("The climber died after slipping and falling about 200ft from a ridge near the glacier.",
                "The climber died after slipping and falling about 90m from a ridge near the glacier.", true))
                .containsExactly("number");
    }

    @Test
    void twoOutletsCompareOnlyTheSameThingAtTheSameMoment() {
        // Time elapsed up to each writer's moment.
        assertThat(slots("The youths smashed windows after four days of the worst riots the country has seen.",
                "The youths smashed windows after eight days of the worst riots the country has seen."))
                .doesNotContain("number");
        // A count bounded by a period against one without.
        assertThat(slots("Gray had been arrested three times since October on charges of grand larceny and riot.",
                "Gray had been arrested four times on charges of grand larceny and riot.")).doesNotContain("number");
        // The same count of the same thing: a disagreement.
        assertThat(slots("The earthquake damaged houses and injured five people in the province on Tuesday.",
                "The earthquake damaged houses and injured 50 people in the province on Tuesday."))
                .contains("number");
        // Renderings of one statement share its calendar, not what bounds the count.
        assertThat(slots("Military support for the country reached about 450 million dollars for 2021, officials said.",
                "Military support for the country reached about 45,000 million dollars this year, officials said.", true))
                .contains("number");
        assertThat(slots("Smith had been in trouble with the police before, having been arrested three times since "
                        + "March and charged with burglary and assault.",
                "Officers said that Smith had previously been arrested four times on charges of burglary, theft of a "
                        + "car and assault.", true)).doesNotContain("number");
        // Between renderings the elapsed time is the copy's error.
        assertThat(slots("The youths smashed windows after four days of the worst riots the country has seen.",
                "The youths smashed windows after eight days of the worst riots the country has seen.", true))
                .contains("number");
    }

    @Test
    void aDayOfSpeakingOrOfAnotherParticipantIsAnotherEvent() {
        assertThat(slots("Governor Kristi Noem is deploying National Guard troops to the border, she announced Tuesday.",
                "Governor Kristi Noem is deploying National Guard troops to the border, she tweeted on Monday."))
                .doesNotContain("weekday");
        assertThat(slots("The Saints signed running back DeShawn Wynn on Tuesday from the practice squad.",
                "The Saints signed running back Joique Bell on Wednesday from the practice squad."))
                .doesNotContain("weekday");
        assertThat(slots("The two presidents met in the capital on Friday for talks about trade and energy.",
                "The two presidents met in the capital on Thursday for talks about trade and energy."))
                .contains("weekday");
    }

    @Test
    void anEditorsInsertionInAQuoteIsNotTheSpeakersWord() {
        assertThat(slots("The letter said: “His comments are emblematic of a larger issue with the [Recording "
                        + "Academy] organization as a whole.”",
                "The letter said: “His comments are emblematic of a larger issue with the Naras organization as a "
                        + "whole.”")).doesNotContain("quote");
    }
}
