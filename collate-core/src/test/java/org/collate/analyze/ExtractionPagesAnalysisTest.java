package org.collate.analyze;

import org.collate.extract.DocumentExtractor;
import org.collate.extract.Extraction;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DeclaredMetadata;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Quote;
import org.collate.model.RawDocument;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities, roles, quotes and speakers on ten news pages of the extraction benchmark, as checked by reading the
 * analysis next to each page. The pages stay in ../shared (their texts are not ours to copy); the test skips
 * without them.
 */
class ExtractionPagesAnalysisTest {

    private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer(false);

    private static AnalyzedArticle page(String keyPrefix) throws IOException {
        Path dir = TestData.shared("eval/extraction/html");
        Path file;
        try (var files = Files.list(dir)) {
            file = files.filter(p -> p.getFileName().toString().startsWith(keyPrefix)).findFirst().orElseThrow();
        }
        byte[] html;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            html = in.readAllBytes();
        }
        Extraction e = new DocumentExtractor().extract(new RawDocument(file.toString(), html,
                new DeclaredMetadata(null, null, null, null, null, null, "html")));
        return ANALYZER.analyze(((Extraction.Extracted) e).article());
    }

    private static Entity entity(AnalyzedArticle a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity '" + name + "' among " + a.entities().stream()
                        .map(Entity::name).toList()));
    }

    private static String speakerOf(AnalyzedArticle a, String quoteStart) {
        return a.quotes().stream().filter(q -> q.text().startsWith(quoteStart)).findFirst().map(Quote::speaker)
                .orElseThrow(() -> new AssertionError("no quote starting '" + quoteStart + "'"));
    }

    @Test
    void weWorkInvestigation() throws IOException {
        AnalyzedArticle a = page("06e5123e");
        assertThat(entity(a, "Adam Neumann").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(entity(a, "Letitia James").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(entity(a, "Marcelo Claure").roles()).contains("executive chair");
        assertThat(entity(a, "SoftBank Group Corp").variants()).contains("SoftBank");
        assertThat(entity(a, "U.S. Securities and Exchange Commission").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(speakerOf(a, "We are going to eliminate")).isEqualTo("Marcelo Claure");
    }

    @Test
    void brownsSteelersFight() throws IOException {
        AnalyzedArticle a = page("08f79376");
        assertThat(entity(a, "Myles Garrett").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(entity(a, "Mason Rudolph").variants()).contains("Rudolph");
        assertThat(entity(a, "Cam Heyward").roles()).contains("captain");
        assertThat(speakerOf(a, "The most important thing is we lost that game")).isEqualTo("Cam Heyward");
    }

    @Test
    void disneyPlusLaunch() throws IOException {
        AnalyzedArticle a = page("098bb3e9");
        assertThat(entity(a, "Kevin Mayer").mentions()).hasSizeGreaterThan(8);
        assertThat(entity(a, "Bob Iger").roles()).containsExactly("Disney Chief Executive");
        assertThat(entity(a, "Walt Disney Co").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(speakerOf(a, "We will see the industry shake out")).isEqualTo("Kevin Mayer");
    }

    @Test
    void davisCupFinals() throws IOException {
        AnalyzedArticle a = page("0d461229");
        for (String player : new String[]{"Rafael Nadal", "Karen Khachanov", "Andrey Rublev", "Andy Murray"}) {
            assertThat(entity(a, player).kind()).as(player).isEqualTo(EntityKind.PERSON);
        }
        assertThat(entity(a, "Davis Cup").kind()).isNotEqualTo(EntityKind.PERSON);
        assertThat(a.entities()).noneMatch(e -> e.name().equals("FRANCE WINS"));
    }

    @Test
    void southDakotaCampaign() throws IOException {
        AnalyzedArticle a = page("156770d6");
        Entity noem = entity(a, "Kristi Noem");
        assertThat(noem.roles()).containsExactly("South Dakota Gov.");
        assertThat(speakerOf(a, "Meth is IN SD")).isEqualTo("Kristi Noem");
        assertThat(entity(a, "National Institute on Drug Abuse").kind()).isEqualTo(EntityKind.ORGANIZATION);
    }

    @Test
    void syrianRefugeeReturn() throws IOException {
        AnalyzedArticle a = page("1ee91d1f");
        assertThat(entity(a, "Charles Simpson").variants()).contains("Simpson");
        assertThat(entity(a, "Islamic State").kind()).isEqualTo(EntityKind.ORGANIZATION);
        assertThat(entity(a, "Carla Babb").kind()).isEqualTo(EntityKind.PERSON);
        assertThat(speakerOf(a, "patently false")).isEqualTo("Pentagon");
    }

    @Test
    void wildBeatSabres() throws IOException {
        AnalyzedArticle a = page("264dc3ae");
        assertThat(entity(a, "Bruce Boudreau").roles()).contains("coach");
        assertThat(speakerOf(a, "It takes a little longer now")).isEqualTo("Bruce Boudreau");
        assertThat(speakerOf(a, "It’s hard not to, though")).isEqualTo("Ryan Suter");
    }

    @Test
    void timCookAtDreamforce() throws IOException {
        AnalyzedArticle a = page("291a8bf3");
        assertThat(entity(a, "Tim Cook").roles()).contains("CEO");
        assertThat(speakerOf(a, "I run my business on my phone")).isEqualTo("Marc Benioff");
        assertThat(speakerOf(a, "We really took that challenge to heart")).isEqualTo("Tim Cook");
    }

    @Test
    void doobieBrothersReunion() throws IOException {
        AnalyzedArticle a = page("35b15891");
        for (String member : new String[]{"Michael McDonald", "Tom Johnston", "Patrick Simmons"}) {
            assertThat(entity(a, member).kind()).as(member).isEqualTo(EntityKind.PERSON);
        }
    }

    @Test
    void usChinaTariffs() throws IOException {
        AnalyzedArticle a = page("39d5c43b");
        assertThat(entity(a, "Donald Trump").roles()).contains("US President");
        assertThat(entity(a, "Robert Lighthizer").roles()).containsExactly("US Trade Representative");
        assertThat(speakerOf(a, "The president wants the option")).isEqualTo("Derek Scissors");
    }
}
