package org.collate.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.analyze.AnalysisFixtures;
import org.collate.model.Article;
import org.collate.model.FactStatus;
import org.collate.model.StoryReport;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON and readable views of the seeds' story report: versioned, faithful to the text, in reading order. */
class ReportOutputTest {

    private static StoryReport report;

    @BeforeAll
    static void reconcileSeeds() {
        List<Article> seeds = List.of(AnalysisFixtures.seed(TestData.WIRE_SEED), AnalysisFixtures.seed(TestData.SPUN_SEED));
        report = new CollatePipeline(PipelineSettings.defaults().withEmbeddings(false)).compare(seeds);
    }

    @Test
    void jsonCarriesItsSchemaVersionAndTheFirstPublicationDay() {
        ObjectNode root = ReportJson.of(List.of(report));
        assertThat(root.get("schema_version").asText()).isEqualTo(ReportJson.SCHEMA_VERSION);
        JsonNode story = root.get("stories").get(0);
        assertThat(story.has("event_date")).isFalse();
        String first = story.get("first_published").isNull() ? null : story.get("first_published").asText();
        assertThat(first).isEqualTo(report.firstPublished() == null ? null : report.firstPublished().toString());
        assertThat(story.get("articles")).hasSize(2);
    }

    @Test
    void everyJsonEvidenceQuotesItsArticleText() {
        JsonNode story = ReportJson.of(List.of(report)).get("stories").get(0);
        Map<String, String> texts = new HashMap<>();
        story.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        int checked = 0;
        for (JsonNode fact : story.get("facts")) {
            for (JsonNode reading : fact.get("readings")) {
                for (JsonNode e : reading.get("evidence")) {
                    String text = texts.get(e.get("article").asText());
                    assertThat(text).as("evidence names an article of the story").isNotNull();
                    assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt()))
                            .isEqualTo(e.get("text").asText());
                    checked++;
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void readableReportListsConflictsBeforeAgreementsAndNamesTheFirstPublicationDay() {
        StringWriter text = new StringWriter();
        ReportText.print(report, new PrintWriter(text, true));
        String out = text.toString();
        assertThat(out).contains("first published").doesNotContain("event date");
        int sources = out.indexOf("SOURCES");
        int conflicts = out.indexOf("CONFLICTS");
        int single = out.indexOf("SINGLE-SOURCE");
        int entities = out.indexOf("ENTITIES");
        assertThat(sources).isNotNegative().isLessThan(conflicts);
        assertThat(conflicts).isLessThan(single);
        assertThat(single).isLessThan(entities);
        long conflictCount = report.facts().stream().filter(f -> f.status() == FactStatus.CONFLICTING).count();
        assertThat(out).contains("CONFLICTS (" + conflictCount + ")");
    }
}
