package org.collate.extract.text;

import org.collate.extract.ExtractedContent;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RemovalReason;
import org.collate.model.RemovedSpan;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextArticleExtractorTest {

    private final PlainTextArticleExtractor extractor = new PlainTextArticleExtractor();

    @Test
    void spunSeedLosesItsChromeAndKeepsEverySentence() throws Exception {
        String input = TestData.sampleText(TestData.SPUN_SEED);
        ExtractedContent c = extractor.extract(input, DeclaredMetadata.NONE);

        assertThat(c.title()).isEqualTo("Putin and Xi present themselves as a counterweight to the Western order");
        assertThat(c.published().day()).isEqualTo(LocalDate.of(2024, 3, 2));
        assertThat(c.published().source()).isEqualTo("date-line");
        assertThat(c.removed()).extracting(RemovedSpan::reason, RemovedSpan::text).contains(
                org.assertj.core.groups.Tuple.tuple(RemovalReason.DATE_LINE, "March 2, 2024"),
                org.assertj.core.groups.Tuple.tuple(RemovalReason.SITE_NAME, "Westside People"),
                org.assertj.core.groups.Tuple.tuple(RemovalReason.SITE_NAME, "Complete News World"));
        assertThat(reasons(c, RemovalReason.DUPLICATE_TITLE)).hasSize(2);
        assertThat(reasons(c, RemovalReason.RELATED_LINK)).singleElement().asString()
                .contains("Read more: Putin and Xi show solidarity with the West");
        assertThat(reasons(c, RemovalReason.PROMO)).singleElement().asString().contains("QUB-Radio");

        String body = String.join("\n", c.paragraphs());
        assertThat(body).doesNotContain("Westside People", "Complete News World", "Read more", "QUB-Radio");
        // Every sentence of the reporting stays, the broken ones too.
        assertThat(body).contains(
                "Samarkand | Chinese President Xi Jinping and Russian President Vladimir Putin",
                "Therefore, Indian Prime Minister Narendra Modi, Mr.",
                "US Secretary of State Anthony Blinken responded",
                "“Your Excellency, I know this is not the time for war,” Indian President Narendra Modi told",
                "We are in no rush,” Mr. Putin said.",
                "As the Iranian nuclear talks slip away, Mr. Mr. Xi on Friday. He also met Erdogan and Iranian "
                        + "President Ibrahim Raisi.");
        long inputSentenceLines = input.lines().filter(l -> l.strip().length() > 120).count();
        long keptLong = c.paragraphs().stream().filter(p -> p.length() > 120).count();
        assertThat(keptLong).isEqualTo(inputSentenceLines);
    }

    @Test
    void wireSeedLosesTheTrailingUnrelatedHeadlines() throws Exception {
        ExtractedContent c = extractor.extract(TestData.sampleText(TestData.WIRE_SEED), DeclaredMetadata.NONE);

        assertThat(c.title()).isEqualTo("Xi, Putin look to challenge ‘international order’");
        assertThat(c.published()).isNull();
        List<String> headlines = reasons(c, RemovalReason.UNRELATED_HEADLINES);
        assertThat(headlines).hasSize(16);
        assertThat(headlines.get(0)).startsWith("Alix Earle And Tom Brady");
        assertThat(headlines.get(15)).isEqualTo("Logan Paul's Bodyguard Hits Fan On Super Bowl Day");
        assertThat(c.paragraphs()).hasSize(10);
        assertThat(c.paragraphs().get(c.paragraphs().size() - 1))
                .endsWith("raised fears of all-out conflict.");
        assertThat(String.join(" ", c.paragraphs())).doesNotContain("King Charles", "Super Bowl");
    }

    @Test
    void aStorysOwnListOfPointsIsKept() throws Exception {
        String text = """
                Floods hit the northern province

                Heavy rain flooded the northern province on Monday, forcing thousands of residents to leave their \
                homes as rivers burst their banks and roads were cut.
                Officials said the province's rivers rose faster than at any time in the past decade.
                Flood Warnings Issued For Northern Rivers
                Residents Of The Province Told To Leave Homes
                Rain Expected To Continue In The Province Until Friday
                """;
        ExtractedContent c = extractor.extract(text, DeclaredMetadata.NONE);
        assertThat(reasons(c, RemovalReason.UNRELATED_HEADLINES)).isEmpty();
        assertThat(c.paragraphs()).contains("Rain Expected To Continue In The Province Until Friday");
    }

    @Test
    void hardWrappedTextIsRejoinedIntoParagraphs() throws Exception {
        String text = """
                The council approved the budget on Tuesday after a long debate that
                lasted well into the night, with several members objecting to the cuts
                proposed for libraries and parks across the city.

                The mayor said the savings were needed to balance the books and that
                the libraries would reopen once revenue recovered next year, a promise
                the opposition called empty and unfunded by any of the plans before it.
                """;
        ExtractedContent c = extractor.extract(text, DeclaredMetadata.NONE);
        assertThat(c.paragraphs()).hasSize(2);
        assertThat(c.paragraphs().get(0)).startsWith("The council approved").endsWith("across the city.");
    }

    @Test
    void bylineIsReadAsTheAuthor() throws Exception {
        String text = """
                Council approves budget
                By Jane Doe
                The council approved the budget on Tuesday after a long debate that lasted well into the night, \
                with several members objecting to the cuts.
                """;
        ExtractedContent c = extractor.extract(text, DeclaredMetadata.NONE);
        assertThat(c.author()).isEqualTo("Jane Doe");
        assertThat(c.title()).isEqualTo("Council approves budget");
        assertThat(reasons(c, RemovalReason.BYLINE)).containsExactly("By Jane Doe");
    }

    private static List<String> reasons(ExtractedContent c, RemovalReason reason) {
        return c.removed().stream().filter(r -> r.reason() == reason).map(RemovedSpan::text).toList();
    }
}
