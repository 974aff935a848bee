package org.collate.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.model.StoryReport;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the whole job on seeded random coverage ({@link RandomArticles}), whatever the articles say: every
 * piece of evidence is exactly the words its offsets point at, a report never cites an article outside its story,
 * and reading the same input twice gives the same report, to the last JSON field. Without embeddings, for speed.
 */
class ReportPropertiesTest {

    private static final PipelineSettings SETTINGS = PipelineSettings.defaults().withEmbeddings(false).withThreads(2);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void evidenceIsExactAndStaysInItsStoryAndTheSameInputGivesTheSameReport(long seed) throws IOException {
        List<RandomArticles.Generated> articles = RandomArticles.generate(seed, 3);
        Path input = writeJsonLines(articles);

        CollatePipeline.Result first = new CollatePipeline(SETTINGS).run(List.of(input.toString()), noProblems());
        assertThat(first.counts().articles()).isEqualTo(articles.size());
        assertThat(first.reports()).isNotEmpty();
        // Sound reports with nothing in them would prove nothing: the generated stories have quotes and facts.
        assertThat(first.reports().stream().mapToInt(r -> r.facts().size()).sum()).isPositive();
        assertThat(first.reports().stream().mapToInt(r -> r.quotes().size()).sum()).isPositive();
        for (StoryReport report : first.reports()) {
            ReportChecks.assertSound(report);
        }

        CollatePipeline.Result second = new CollatePipeline(SETTINGS).run(List.of(input.toString()), noProblems());
        ObjectNode a = ReportJson.of(first.reports());
        ObjectNode b = ReportJson.of(second.reports());
        assertThat(b).as("the report of a second reading").isEqualTo(a);
        assertThat(Json.MAPPER.writeValueAsString(b)).isEqualTo(Json.MAPPER.writeValueAsString(a));
    }

    private Path writeJsonLines(List<RandomArticles.Generated> articles) throws IOException {
        List<String> lines = new ArrayList<>();
        for (RandomArticles.Generated g : articles) {
            ObjectNode record = Json.MAPPER.createObjectNode();
            record.put("id", g.id());
            record.put("outlet", g.outlet());
            record.put("title", g.title());
            record.put("published", g.published().toString());
            record.put("text", g.text());
            lines.add(Json.MAPPER.writeValueAsString(record));
        }
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static ArticleReader.ProblemListener noProblems() {
        return (origin, message, skipped) -> {
            throw new AssertionError("generated input " + origin + " had a problem: " + message);
        };
    }
}
