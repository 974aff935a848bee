package org.collate.analyze.quote;

import org.collate.model.AnalyzedArticle;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collate.analyze.quote.QuoteExtractorTest.analyse;
import static org.collate.analyze.quote.QuoteExtractorTest.quote;

/** The speaker model: its choice, its file, the shipped one, and candidates on made-up texts. */
class SpeakerRankerTest {

    /** The highest sum wins, the first of equals; the file it is written to reads back as the same model. */
    @Test
    void choosesTheBestCandidateAndReadsBackWhatItWrites() throws Exception {
        SpeakerRanker model = SpeakerRanker.of(java.util.Map.of("cs.A", 1.5, "prep", -0.5, "kind=PERSON", 0.25));
        assertThat(model.best(List.of(List.of("prep", "kind=PERSON"), List.of("cs.A")))).isEqualTo(1);
        assertThat(model.best(List.of(List.of("other"), List.of("other")))).isEqualTo(0);
        assertThat(model.best(List.of())).isEqualTo(-1);
        String once = write(model);
        SpeakerRanker read = SpeakerRanker.read(new ByteArrayInputStream(once.getBytes(StandardCharsets.UTF_8)));
        assertThat(write(read)).isEqualTo(once);
        assertThat(read.best(List.of(List.of("prep", "kind=PERSON"), List.of("cs.A")))).isEqualTo(1);
    }

    private static String write(SpeakerRanker model) throws Exception {
        StringWriter w = new StringWriter();
        model.write(w);
        return w.toString();
    }

    @Test
    void theShippedModelLoadsAndHoldsOnlyGenericFeatures() {
        SpeakerRanker shipped = SpeakerRanker.shipped();
        assertThat(shipped.size()).isGreaterThan(100);
        assertThat(SpeakerRanker.shipped()).isSameAs(shipped);
        // The words beside a mention are features as tags or punctuation marks only, never a word of an article.
        try (var in = SpeakerRanker.class.getResourceAsStream("speakers.tsv")) {
            String model = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : model.split("\n")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|&)[pn]w=([^\t&]*)").matcher(line);
                while (m.find()) {
                    assertThat(m.group(1)).as(line).matches("[A-Z]+(\\+[A-Z]+)*|[\\p{P}\\p{S}]{1,3}");
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theShippedModelFindsTheSpeakerOfAnUnattributedQuote() {
        AnalyzedArticle a = analyse("The council met on Friday.\n\nMayor Helen Osgood spoke first. “We will rebuild "
                + "the bridge before winter,” she said. “Nobody will wait for a ferry again.”");
        assertThat(quote(a, "We will rebuild").speaker()).isEqualTo("Helen Osgood");
        assertThat(quote(a, "Nobody will wait").speaker()).isEqualTo("Helen Osgood");
    }

    @Test
    void anEventOrAThingNeverSpeaks() {
        AnalyzedArticle a = analyse("Leaders gathered in a lakeside town this week.\n\nThe summit was put forward "
                + "by the trade ministry as an alternative to “closed clubs of rich nations,” at a time of rising "
                + "tariffs.");
        Object speaker = quote(a, "closed clubs").speaker();
        assertThat(speaker).isNotEqualTo("The summit");
        assertThat(SpeakerCandidates.thing(new Speaker("The summit", null, null, '?'))).isTrue();
        assertThat(SpeakerCandidates.thing(new Speaker("a spokesman", null, null, '?'))).isFalse();
        assertThat(SpeakerCandidates.thing(new Speaker("it", null, null, '?'))).isFalse();
    }

    @Test
    void candidatesCarryNoWordsOfTheText() {
        AnalyzedArticle a = analyse("Voters lined up early.\n\n“The lines were long,” said Paula Grimsby, a poll "
                + "worker.\n\nGrimsby stood by the door. “Nobody expected the turnout to be this high.”");
        List<SpeakerChoice> choices = new QuoteExtractor((SpeakerRanker) null)
                .speakerChoices(a.text(), a.sentences(), a.entities());
        assertThat(choices).isNotEmpty();
        for (SpeakerChoice c : choices) {
            assertThat(c.candidates()).isNotEmpty();
            for (SpeakerCandidate cand : c.candidates()) {
                for (String f : cand.features()) {
                    assertThat(f).doesNotContainIgnoringCase("grimsby").doesNotContainIgnoringCase("paula")
                            .doesNotContainIgnoringCase("turnout").doesNotContainIgnoringCase("poll");
                }
            }
        }
    }
}
