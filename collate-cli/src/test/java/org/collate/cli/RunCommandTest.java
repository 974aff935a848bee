package org.collate.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The main job on the bundled samples, end to end: stories, report contract, evidence offsets. */
class RunCommandTest {

    @TempDir
    static Path dir;

    private static JsonNode report;
    private static CliRun run;

    private static Path samples() {
        String root = System.getProperty("collate.root");
        return (root != null ? Path.of(root) : Path.of("..")).resolve("samples");
    }

    @BeforeAll
    static void runOnSamples() throws IOException {
        Path json = dir.resolve("report.json");
        run = CliRun.of("run", samples().toString(), "--json", json.toString());
        report = Json.MAPPER.readTree(json.toFile());
    }

    @Test
    void theReportFollowsItsJsonSchema() throws IOException {
        try (InputStream schemaStream = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaStream);
            Set<ValidationMessage> errors = schema.validate(report);
            assertThat(errors).isEmpty();
        }
    }

    @Test
    void seedsFormOneStoryAndTheEarthquakesTwoOthers() {
        assertThat(run.exitCode()).isZero();
        List<Set<String>> stories = new ArrayList<>();
        for (JsonNode s : report.path("stories")) {
            Set<String> origins = new java.util.TreeSet<>();
            s.path("articles").forEach(a -> origins.add(Path.of(a.path("origin").asText()).getFileName().toString()));
            stories.add(origins);
        }
        assertThat(stories).contains(Set.of("000_4a005508946871ec.txt", "001_d0d5dbaf2d235b1b.txt"));
        assertThat(stories).contains(Set.of("37_10ecbplus.txt", "37_11ecbplus.txt", "37_12ecbplus.txt"));
        // The West Papua quake never joins the seeds' story nor the Aceh one.
        for (Set<String> s : stories) {
            if (s.contains("37_1ecb.txt")) {
                assertThat(s).allMatch(name -> name.endsWith("ecb.txt") && !name.contains("plus"));
            }
        }
    }

    @Test
    void seedStoryShowsProvenanceFlagsConflictsAndQuotes() {
        JsonNode seeds = null;
        for (JsonNode s : report.path("stories")) {
            if (s.path("articles").size() == 2 && s.path("articles").get(0).path("origin").asText().contains("seeds")) {
                seeds = s;
            }
        }
        assertThat(seeds).isNotNull();
        String spun = null;
        String wire = null;
        for (JsonNode a : seeds.path("articles")) {
            if (a.path("origin").asText().contains("000_")) {
                spun = a.path("id").asText();
                List<String> flags = new ArrayList<>();
                a.path("flags").forEach(f -> flags.add(f.path("kind").asText()));
                assertThat(flags).contains("machine-translation", "internal-contradiction");
            } else {
                wire = a.path("id").asText();
            }
        }
        boolean rewriteOfWire = false;
        for (JsonNode p : seeds.path("provenance")) {
            if (p.path("article").asText().equals(spun)) {
                rewriteOfWire = p.path("relation").asText().equals("rewrite") && p.path("source").asText().equals(wire);
            }
        }
        assertThat(rewriteOfWire).isTrue();
        List<String> conflicts = new ArrayList<>();
        List<String> variants = new ArrayList<>();
        for (JsonNode f : seeds.path("facts")) {
            String slot = f.path("slot").asText() + ":" + f.path("about").asText();
            if (f.path("status").asText().equals("conflicting")) {
                conflicts.add(slot);
            } else if (f.path("status").asText().equals("variant")) {
                variants.add(slot);
            }
        }
        assertThat(conflicts).containsExactlyInAnyOrder("casualties:casualties", "role:Narendra Modi's title");
        // A name spelt two ways is a variant: shown apart, never a disagreement.
        assertThat(variants).anyMatch(c -> c.startsWith("spelling:") && c.contains("Blinken"));
        boolean zeroSum = false;
        for (JsonNode q : seeds.path("quotes")) {
            if (q.path("renderings").size() == 2 && q.path("renderings").toString().contains("zero-sum")) {
                zeroSum = q.path("speaker").asText().equals("Xi Jinping");
            }
        }
        assertThat(zeroSum).isTrue();
    }

    @Test
    void everyEvidenceOffsetPointsAtItsWords() {
        for (JsonNode s : report.path("stories")) {
            java.util.Map<String, String> texts = new java.util.HashMap<>();
            s.path("articles").forEach(a -> texts.put(a.path("id").asText(), a.path("text").asText()));
            for (JsonNode f : s.path("facts")) {
                for (JsonNode r : f.path("readings")) {
                    for (JsonNode e : r.path("evidence")) {
                        String text = texts.get(e.path("article").asText());
                        assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt()))
                                .isEqualTo(e.path("text").asText());
                    }
                }
            }
            for (JsonNode q : s.path("quotes")) {
                for (JsonNode r : q.path("renderings")) {
                    String text = texts.get(r.path("article").asText());
                    assertThat(text.substring(r.path("start").asInt(), r.path("end").asInt()))
                            .isEqualTo(r.path("text").asText());
                }
            }
        }
    }

    @Test
    void theReadableReportGoesTopToBottom() {
        CliRun text = CliRun.of("run", samples().resolve("seeds").toString());
        String out = text.out();
        int sources = out.indexOf("SOURCES");
        int conflicts = out.indexOf("CONFLICTS");
        int agreed = out.indexOf("AGREED");
        int single = out.indexOf("SINGLE-SOURCE");
        int quotes = out.indexOf("QUOTES");
        int entities = out.indexOf("ENTITIES");
        assertThat(List.of(sources, conflicts, agreed, single, quotes, entities)).isSorted().doesNotContain(-1);
        assertThat(out).contains("rewrite of [1]", "left dozens injured", "deadly clashes");
        // What the rewrite repeats of the wire story is one source's claim, shown with both articles.
        assertThat(out).contains("and copies of it only:").containsPattern("• \\[1\\]\\[2\\] .*zero-sum");
        assertThat(out).doesNotContain("\"null\"");
    }

    @Test
    void compareGivesTheSevenSimilarityScores() {
        CliRun compare = CliRun.of("compare", samples().resolve("seeds/001_d0d5dbaf2d235b1b.txt").toString(),
                samples().resolve("seeds/000_4a005508946871ec.txt").toString());
        assertThat(compare.exitCode()).isZero();
        assertThat(compare.out()).containsPattern("geography \\d\\.\\d  entities \\d\\.\\d  time \\d\\.\\d  "
                + "narrative \\d\\.\\d  overall \\d\\.\\d  style \\d\\.\\d  tone \\d\\.\\d");
    }

    @Test
    void storiesListsLargestFirstWithRelations() throws IOException {
        CliRun stories = CliRun.of("stories", samples().toString());
        assertThat(stories.out()).contains("rewrite of", "original");
        List<Integer> sizes = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\n    (\\d+) articles?").matcher(stories.out());
        while (m.find()) {
            sizes.add(Integer.parseInt(m.group(1)));
        }
        assertThat(sizes).hasSizeGreaterThan(1).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(Files.exists(samples().resolve("ecbplus/ATTRIBUTION.md"))).isTrue();
    }
}
