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

    /** The slots in which the first sentence of each text conflict. */
    private static List<String> slots(String a, String b) {
        List<AnalyzedArticle> articles = List.of(analyze("a", a), analyze("b", b));
        EntityRoster.Result entities = roster.build(articles);
        List<StorySentence> sentences = reconciler.sentences(articles, entities);
        StorySentence first = sentences.get(0);
        StorySentence second = sentences.stream().filter(s -> s.article() == 1).findFirst().orElseThrow();
        SlotComparator comparator = new SlotComparator(roster, entities,
                new QuoteWordJudge(Synonyms.shared(), ReconcileSettings.DEFAULT.quoteNearIdentical()),
                new TokenDiff(ReconcileSettings.DEFAULT.diffNearIdentical(), ReconcileSettings.DEFAULT.diffMaxWords()));
        return comparator.compare(first, second, false).stream().map(c -> c.variant() ? "variant:" + c.slot() : c.slot())
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
        // Qualified alike, the stated figures are compared.
        assertThat(slots("There are more than 700 ski resorts in the country, but only 20 can host world cups.",
                "There are more than 70 ski resorts in the country, but only 20 can host world cups."))
                .contains("number");
        assertThat(slots("Up to 50 people were evacuated from the coastal towns after the warning on Sunday.",
                "At least 80 people were evacuated from the coastal towns after the warning on Sunday."))
                .contains("number");
    }
}
