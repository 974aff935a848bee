package org.collate.analyze.quote;

import org.collate.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collate.analyze.quote.QuoteExtractorTest.analyse;
import static org.collate.analyze.quote.QuoteExtractorTest.quote;

/** Speakers in the sentence shapes that the PolNeAR error classes showed (made-up texts). */
class SpeakerAttributionTest {

    @Test
    void abbreviationPointsDoNotEndTheReportingClause() {
        AnalyzedArticle a = analyse("The vote is close.\n\n“We will win the race,” Sen. Claire Whitmore (D-Mo.) said.");
        assertThat(quote(a, "We will win").speaker()).isEqualTo("Claire Whitmore");
        assertThat(quote(a, "We will win").verb()).isEqualTo("said");
    }

    @Test
    void participleAfterAClauseBelongsToThatClausesSubject() {
        AnalyzedArticle a = analyse("At the town hall on Monday, Senator Tom Baxter compared himself to his rival, "
                + "saying he was “the only candidate with a plan.”");
        assertThat(quote(a, "the only candidate").speaker()).isEqualTo("Tom Baxter");
    }

    @Test
    void timeAndPlaceBeforeCommasAreNotTheSubject() {
        AnalyzedArticle a = analyse("On Tuesday in the gym, after the results came in, Gov. Mary Sutton "
                + "(R-OH), said, “We are ready for the convention.”");
        assertThat(quote(a, "We are ready").speaker()).isEqualTo("Mary Sutton");
    }

    @Test
    void aPhraseOfTimeBetweenSubjectAndVerbIsSkipped() {
        AnalyzedArticle a = analyse("Mayor Alan Pike in his victory speech called the result “a new dawn.”\n\n"
                + "Critics were unmoved. Senator Ruth Calder, who has in the past described the plan as "
                + "“a disaster,” stayed silent.");
        assertThat(quote(a, "a new dawn").speaker()).isEqualTo("Alan Pike");
        assertThat(quote(a, "a disaster").speaker()).isEqualTo("Ruth Calder");
    }

    @Test
    void asSomeoneSaidReportsTheQuoteBeforeIt() {
        AnalyzedArticle a = analyse("Polls were tight. The fact that the race “is a dead heat right now,” as "
                + "Senator Ted Cruz said on Monday, worries donors.");
        assertThat(quote(a, "is a dead heat").speaker()).isEqualTo("Ted Cruz");
    }

    @Test
    void anyPastTenseVerbBeforeANameAfterAnExclamationReports() {
        AnalyzedArticle a = analyse("Balloons fell from the ceiling.\n\n“This is fantastic!” beamed Donald Hartley, "
                + "a delegate from Ohio.");
        assertThat(quote(a, "This is fantastic").speaker()).isEqualTo("Donald Hartley");
    }

    @Test
    void aQuoteNothingAttributesGoesToThePersonTheSentenceIsAbout() {
        AnalyzedArticle a = analyse("Budgets were cut.\n\nSenator Ruth Calder, with evident glee, mocked the plan "
                + "for the “cheap tricks” and the hollow promises that came with it, before leaving.");
        assertThat(quote(a, "cheap tricks").speaker()).isEqualTo("Ruth Calder");
    }

    @Test
    void aPersonFurtherLeftBeatsAThingAsTheNearestSubject() {
        AnalyzedArticle a = analyse("Admiral Jack Ormond visited the base.\n\nHe talks about how his forces must "
                + "be ready “to sail tonight.”");
        assertThat(quote(a, "to sail tonight").speaker()).isEqualTo("Jack Ormond");
        assertThat(quote(a, "to sail tonight").speakerSpan().of(a.text())).isEqualTo("He");
    }

    @Test
    void aParticipleAfterACommaSharesTheSubjectOfItsClause() {
        AnalyzedArticle a = analyse("Attorney General Roy Cooper, the governor's rival, called for releasing "
                + "the videos, as well, saying that openness “builds trust.”");
        assertThat(quote(a, "builds trust").speaker()).isEqualTo("Roy Cooper");
    }

    @Test
    void aPronounSkipsANameInsideAPrepositionalPhrase() {
        AnalyzedArticle a = analyse("Voters are restless.\n\nWith a vote for Donald Trump ruled out, Paul Cross "
                + "said he would back Clinton, whom he called “the lesser evil.”");
        assertThat(quote(a, "the lesser evil").speaker()).isEqualTo("Paul Cross");
    }

    @Test
    void transcriptTurnsAreSaidByTheirLabel() {
        AnalyzedArticle a = analyse("Senator Jane Doe spoke on the radio.\n\nPartial transcript:\n\n"
                + "\"HOST: Why did you vote no?\n\n\"(CROSSTALK.) DOE: Because the bill was bad.\"");
        assertThat(quote(a, "HOST: Why").speaker()).isEqualTo("HOST");
        assertThat(quote(a, "HOST: Why").speakerSpan().of(a.text())).isEqualTo("HOST");
    }

    @Test
    void theOuterSourceOfAReportingClauseIsKeptBesideTheSpeaker() {
        AnalyzedArticle a = analyse("The convention opened.\n\n“Please do not protest on the floor,” Senator "
                + "Bernie Sanders said, according to CNN. “It matters.”\n\n“We are united,” the chairman said, "
                + "the Daily Ledger reported.");
        assertThat(quote(a, "Please do not").speaker()).contains("Bernie Sanders");
        assertThat(quote(a, "Please do not").verb()).isEqualTo("said");
        assertThat(quote(a, "Please do not").reportedBySpan().of(a.text())).isEqualTo("CNN");
        assertThat(quote(a, "It matters").speaker()).contains("Bernie Sanders");
        assertThat(quote(a, "It matters").reportedBySpan().of(a.text())).isEqualTo("CNN");
        assertThat(quote(a, "We are united").speakerSpan().of(a.text())).isEqualTo("the chairman");
        assertThat(quote(a, "We are united").reportedBySpan().of(a.text())).isEqualTo("the Daily Ledger");
        assertThat(quote(a, "We are united").reportedBy()).isEqualTo("Daily Ledger");
    }

    @Test
    void aGenerationalSuffixEndsTheName() {
        AnalyzedArticle a = analyse("Voters were unmoved.\n\n“I hate this framing,” Vann R. Newkirk II, a writer "
                + "for The Atlantic, said on Twitter.");
        assertThat(quote(a, "I hate this").speakerSpan().of(a.text())).startsWith("Vann R. Newkirk");
    }

    @Test
    void aPersonBeforeAPlaceBetweenCommasIsTheSubject() {
        AnalyzedArticle a = analyse("Protesters gathered.\n\nCory James, 22, of Flint, Mich., said he hoped for a "
                + "convention “surprise.”");
        assertThat(quote(a, "surprise").speakerSpan().of(a.text())).isEqualTo("Cory James");
    }

    @Test
    void aParticipleAfterTheQuoteIsNoInvertedClause() {
        AnalyzedArticle a = analyse("Senator Ruth Calder delivered a defense of “Ohio values,” saying the state "
                + "embodied the heart of America.");
        assertThat(quote(a, "Ohio values").speaker()).isEqualTo("Ruth Calder");
    }

    @Test
    void aPronounReportedByTheSamePersonGivesWayToTheOuterSubject() {
        AnalyzedArticle a = analyse("Judge Ann Lowry worked at a law firm in Dallas.\n\nShe said she recalls the "
                + "client being “confused” by the question.");
        assertThat(quote(a, "confused").speaker()).isEqualTo("Ann Lowry");
        assertThat(quote(a, "confused").speakerSpan().of(a.text())).isEqualTo("She");
    }

    @Test
    void twoSpeakersJoinedByAndAreBothTheSpeakerNotTheFirst() {
        AnalyzedArticle a = analyse("Leaders gather.\n\nTALLINN: Estonian Prime Minister Karin Mets and Finnish "
                + "President Juhani Lahti looked to rally northern leaders behind a new “regional compact” as they met "
                + "on Friday.\n\nKarin Mets later left for Riga.");
        assertThat(quote(a, "regional compact").speaker()).isEqualTo("Juhani Lahti and Karin Mets");
        assertThat(quote(a, "regional compact").entityId()).isNull();
    }

    @Test
    void aNameAndItsOwnOrganisationStayOneSpeaker() {
        AnalyzedArticle a = analyse("The plant will close.\n\n“We tried everything,” said Paul Varga, the head of "
                + "Northwind Steel and a former mayor.");
        assertThat(quote(a, "We tried everything").speaker()).isEqualTo("Paul Varga");
    }

    @Test
    void aHeadlinesCommaJoinsTwoSpeakersAndAnAppositiveDoesNot() {
        AnalyzedArticle a = analyse("Harris, Novak look to build ‘regional compact’\n\nUS President Ann Harris and "
                + "Czech Prime Minister Petr Novak met in Prague on Friday. Harris spoke first.");
        assertThat(quote(a, "regional compact").speaker()).isEqualTo("Ann Harris and Petr Novak");
        AnalyzedArticle b = analyse("The vote is near.\n\nThe mayor's rival, Tom Baxter, called the plan "
                + "“a disaster” on Monday.");
        assertThat(quote(b, "a disaster").speaker()).isEqualTo("Tom Baxter");
    }

    @Test
    void theRulesSubjectInADatelineGivesWayToTheSentencesOwn() {
        AnalyzedArticle a = analyse("Union says sorry to Olsen\n\nTROMSO, March 3 (NTB) — The Harbour Workers Union "
                + "released a statement at the start of its congress Monday, offering “a full and sincere apology” to "
                + "Jens Olsen after leaked messages showed staff favouring his rival.");
        assertThat(quote(a, "a full and sincere apology").speaker()).isEqualTo("Harbour Workers Union");
    }

    @Test
    void theDatelinePlaceIsNoSpeaker() {
        AnalyzedArticle a = analyse("Leaders gather\n\nTALLINN, Estonia: Leaders of the region looked to a new "
                + "“regional compact” as they met on Friday.");
        assertThat(quote(a, "regional compact").speaker()).isNotEqualTo("Estonia");
    }

    @Test
    void aBareTimePhraseBeforeTheVerbIsNotTheSubject() {
        AnalyzedArticle a = analyse("A group of 40 nurses and doctors this week published an open letter and called on "
                + "the board to “stop the closures now.”");
        assertThat(quote(a, "stop the closures").speakerSpan().of(a.text())).startsWith("A group of 40 nurses");
    }

    @Test
    void aDocumentThatSpeaksIsPutOutByTheSubjectOfItsClause() {
        AnalyzedArticle a = analyse("Senator Ruth Calder showed no sign of backing down, releasing a statement that "
                + "accused the committee of “a rigged and shameful process.”");
        assertThat(quote(a, "a rigged").speaker()).isEqualTo("Ruth Calder");
        AnalyzedArticle person = analyse("The mayor thanked Ruth Calder, who called the vote “a fair result.”");
        assertThat(quote(person, "a fair result").speaker()).isEqualTo("Ruth Calder");
    }

    @Test
    void aGenderGuessedFromTheGivenNameGivesWayWhenNothingElseFitsThePronoun() {
        AnalyzedArticle a = analyse("Senator Lindsey Graham spoke in Miami on Monday.\n\nIn his address, Graham "
                + "assures his audience he will tell the critics of the plan to “stop the noise.”");
        assertThat(quote(a, "stop the noise").speaker()).isEqualTo("Lindsey Graham");
    }
}
