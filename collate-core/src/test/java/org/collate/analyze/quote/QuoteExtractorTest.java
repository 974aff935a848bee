package org.collate.analyze.quote;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes and speakers on short hand-written articles, through the whole analysis (sentences, entities, quotes). */
class QuoteExtractorTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    static AnalyzedArticle analyse(String text) {
        return ANALYZER.analyze(new Article("t", "test", null, null, null, null, "en", null, text, List.of(), "text"));
    }

    static Quote quote(AnalyzedArticle a, String startOfText) {
        return a.quotes().stream().filter(q -> q.text().startsWith(startOfText)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + startOfText + "' in " + a.quotes()));
    }

    @Test
    void quoteAfterItsReportingClauseSpanVerbAndOffsets() {
        AnalyzedArticle a = analyse("“We are in no rush,” Russian President Vladimir Putin said on Friday.");
        Quote q = quote(a, "We are");
        assertThat(q.direct()).isTrue();
        assertThat(q.text()).isEqualTo("We are in no rush,");
        assertThat(q.span().of(a.text())).isEqualTo(q.text());
        assertThat(q.speaker()).isEqualTo("Vladimir Putin");
        assertThat(q.entityId()).isNotNull();
        assertThat(q.speakerSpan().of(a.text())).contains("Vladimir Putin");
        assertThat(q.verb()).isEqualTo("said");
        assertThat(q.verbSpan().of(a.text())).isEqualTo("said");
    }

    @Test
    void invertedColonAndAccordingToAttributions() {
        AnalyzedArticle a = analyse("“It is over,” said Senator Ted Cruz.\n\n"
                + "Governor Jeb Bush told reporters: “We will fight on.”\n\n"
                + "The campaign is “out of money,” according to Mike Smith.");
        assertThat(quote(a, "It is over").speaker()).isEqualTo("Ted Cruz");
        assertThat(quote(a, "We will fight").speaker()).isEqualTo("Jeb Bush");
        assertThat(quote(a, "We will fight").verb()).isEqualTo("told");
        assertThat(quote(a, "out of money").speaker()).isEqualTo("Mike Smith");
        assertThat(quote(a, "out of money").verb()).isEqualTo("according to");
    }

    @Test
    void everyQuoteStyleGetsItsSpeaker() {
        AnalyzedArticle a = analyse("\"Straight quotes,\" Angela Merkel said.\n\n«Guillemets», Angela Merkel said.\n\n"
                + "„Low nine“, Angela Merkel said.\n\n‘Single marks,’ Angela Merkel said.\n\n"
                + "''Typewriter marks,'' Angela Merkel said.");
        for (String start : List.of("Straight", "Guillemets", "Low nine", "Single marks", "Typewriter")) {
            assertThat(quote(a, start).speaker()).as(start).isEqualTo("Angela Merkel");
            assertThat(quote(a, start).direct()).isTrue();
        }
    }

    @Test
    void partialQuoteInsideASentenceBelongsToTheReportingVerbsSubject() {
        AnalyzedArticle a = analyse("Chinese President Xi Jinping called on the assembled leaders to “work together "
                + "to promote an international order” at the summit.");
        Quote q = quote(a, "work together");
        assertThat(q.speaker()).isEqualTo("Xi Jinping");
        assertThat(q.verb()).isEqualTo("called");
    }

    @Test
    void multiParagraphQuoteIsOneQuoteWithOneSpeaker() {
        AnalyzedArticle a = analyse("Senator Elizabeth Warren spoke at length.\n\n“The banks are too big.\n\n"
                + "“They must be broken up,” Warren said.");
        List<Quote> direct = a.quotes().stream().filter(Quote::direct).toList();
        assertThat(direct).hasSize(1);
        assertThat(direct.get(0).text()).isEqualTo("The banks are too big.\n\nThey must be broken up,");
        assertThat(direct.get(0).speaker()).isEqualTo("Elizabeth Warren");
    }

    @Test
    void reportedSpeechWithAndWithoutThat() {
        AnalyzedArticle a = analyse("Vladimir Putin said cooperation between member states is based on trust.\n\n"
                + "The talks had failed, officials said.\n\n"
                + "According to Antony Blinken, Russia is under pressure to end the war.");
        Quote said = quote(a, "cooperation between");
        assertThat(said.direct()).isFalse();
        assertThat(said.text()).isEqualTo("cooperation between member states is based on trust");
        assertThat(said.speaker()).isEqualTo("Vladimir Putin");
        assertThat(said.verb()).isEqualTo("said");
        Quote officials = quote(a, "The talks had failed");
        assertThat(officials.speaker()).isEqualTo("officials");
        assertThat(officials.entityId()).isNull();
        assertThat(quote(a, "Russia is under pressure").speaker()).isEqualTo("Antony Blinken");
    }

    @Test
    void pronounSpeakerResolvesToThePersonOfThatGender() {
        AnalyzedArticle a = analyse("Hillary Clinton met Donald Trump in New York on Monday.\n\n"
                + "“I respect him,” she said.\n\n“She is wrong,” he said.");
        Quote she = quote(a, "I respect");
        assertThat(she.speaker()).isEqualTo("Hillary Clinton");
        assertThat(she.speakerSpan().of(a.text())).isEqualTo("she");
        assertThat(quote(a, "She is wrong").speaker()).isEqualTo("Donald Trump");
    }

    @Test
    void nominalDescriptionMatchesAnEntitysRole() {
        AnalyzedArticle a = analyse("Russian President Vladimir Putin met Indian Prime Minister Narendra Modi.\n\n"
                + "The Russian president told reporters the talks would “do everything” to end the war.");
        Quote q = quote(a, "do everything");
        assertThat(q.speaker()).isEqualTo("Vladimir Putin");
        assertThat(q.speakerSpan().of(a.text())).isEqualTo("The Russian president");
    }

    @Test
    void aParagraphThatOnlyQuotesContinuesThePreviousSpeaker() {
        AnalyzedArticle a = analyse("“We will win,” Bernie Sanders said at the rally.\n\n“We will not stop.”");
        Quote q = quote(a, "We will not stop");
        assertThat(q.speaker()).isEqualTo("Bernie Sanders");
        assertThat(q.verb()).isNull();
    }

    @Test
    void quotesOfOneParagraphShareTheirAttribution() {
        AnalyzedArticle a = analyse("“It is late,” Ted Cruz said. “We should go home.”\n\n"
                + "“First thing.” “Second thing,” Marco Rubio said.");
        assertThat(quote(a, "We should go home").speaker()).isEqualTo("Ted Cruz");
        assertThat(quote(a, "First thing").speaker()).isEqualTo("Marco Rubio");
    }

    @Test
    void sentenceSubjectWithoutReportingVerb() {
        AnalyzedArticle a = analyse("Donald Trump doubled down on Monday: “Build the wall.”");
        assertThat(quote(a, "Build the wall").speaker()).isEqualTo("Donald Trump");
    }

    @Test
    void titlesInQuotationMarksAreNotQuotesUnlessSomeoneSaysThem() {
        AnalyzedArticle a = analyse("The “Gang of Eight” bill failed.\n\nDonald Trump called her “Crooked Hillary” again.");
        assertThat(a.quotes()).noneMatch(q -> q.text().startsWith("Gang of Eight"));
        assertThat(quote(a, "Crooked Hillary").speaker()).isEqualTo("Donald Trump");
    }

    @Test
    void scareQuoteWithNobodyAroundIsUnattributed() {
        AnalyzedArticle a = analyse("The so-called “reform” bill failed.");
        Quote q = quote(a, "reform");
        assertThat(q.direct()).isTrue();
        assertThat(q.speaker()).isNull();
        assertThat(q.entityId()).isNull();
        assertThat(q.speakerSpan()).isNull();
    }

    @Test
    void singleLineBreaksActAsParagraphBreaksWithoutShiftingOffsets() {
        String text = "Title of the story\n“We are ready,” Jill Stein said.\n“Nothing will stop us.”";
        AnalyzedArticle a = analyse(text);
        Quote q = quote(a, "Nothing will stop us");
        assertThat(q.span().of(text)).isEqualTo("Nothing will stop us.");
        assertThat(q.speaker()).isEqualTo("Jill Stein");
    }
}
