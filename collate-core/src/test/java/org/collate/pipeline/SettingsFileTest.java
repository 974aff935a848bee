package org.collate.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.collate.analyze.AnalyzeSettings;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.ExtractSettings;
import org.collate.extract.Extraction;
import org.collate.extract.LanguageSettings;
import org.collate.extract.date.DateSettings;
import org.collate.link.ClusterSettings;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;
import org.collate.reconcile.ReconcileSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsFileTest {

    @TempDir
    Path dir;

    private final PipelineSettings defaults = PipelineSettings.defaults();

    private PipelineSettings read(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return SettingsFile.apply(file, defaults);
    }

    @Test
    void thePrintedDefaultsReadBackAsExactlyTheDefaults() throws IOException {
        PipelineSettings back = read("defaults.json", SettingsFile.print(defaults));
        assertThat(back).isEqualTo(defaults);
        assertThat(back.extraction()).isEqualTo(ExtractSettings.DEFAULT);
        assertThat(back.extraction().dates()).isEqualTo(DateSettings.DEFAULT);
        assertThat(back.extraction().language()).isEqualTo(LanguageSettings.DEFAULT);
        assertThat(back.analyze()).isEqualTo(AnalyzeSettings.DEFAULT);
        assertThat(back.clustering()).isEqualTo(ClusterSettings.DEFAULT);
        assertThat(back.reconcile()).isEqualTo(ReconcileSettings.DEFAULT);
    }

    @Test
    void everyPrintedValueIsNamedAndNestedByStage() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(SettingsFile.print(defaults));
        assertThat(tree.path("clustering").path("windowDays").intValue()).isEqualTo(ClusterSettings.DEFAULT.windowDays());
        assertThat(tree.path("clustering").path("scorer").path("terms").doubleValue())
                .isEqualTo(ClusterSettings.DEFAULT.scorer().terms());
        assertThat(tree.path("extraction").path("weakCueMaxShare").doubleValue())
                .isEqualTo(ExtractSettings.DEFAULT.weakCueMaxShare());
        assertThat(tree.path("reconcile").path("copyJaccard").doubleValue())
                .isEqualTo(ReconcileSettings.DEFAULT.copyJaccard());
        // No positional arrays: every leaf is a named number or a named switch.
        List<String> leaves = new ArrayList<>();
        collect(tree, "", leaves);
        assertThat(leaves).isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("["));
        // The switches set by command-line options stay out of the file.
        assertThat(tree.path("reconcile").has("embeddings")).isFalse();
        assertThat(tree.path("reconcile").has("collapseCopies")).isFalse();
    }

    private static void collect(JsonNode n, String path, List<String> out) {
        assertThat(n.isArray()).as(path).isFalse();
        if (!n.isObject()) {
            assertThat(n.isNumber() || n.isBoolean()).as(path).isTrue();
            out.add(path);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            collect(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
        }
    }

    @Test
    void propertiesOverrideTheKeysTheyNameAndNoOthers() throws IOException {
        PipelineSettings s = read("tuned.properties", """
                # a comment
                clustering.scorer.terms=2.9
                clustering.windowDays = 7
                reconcile.staleDays=45
                extraction.minBodyChars=150
                """);
        assertThat(s.clustering().scorer().terms()).isEqualTo(2.9);
        assertThat(s.clustering().windowDays()).isEqualTo(7);
        assertThat(s.reconcile().staleDays()).isEqualTo(45);
        assertThat(s.extraction().minBodyChars()).isEqualTo(150);
        assertThat(s.extraction().retryBelowChars()).isEqualTo(ExtractSettings.DEFAULT.retryBelowChars());
        assertThat(s.clustering().withWindowDays(20).withScorer(ClusterSettings.DEFAULT.scorer()))
                .isEqualTo(ClusterSettings.DEFAULT);
        assertThat(s.clustering().scorer().bias()).isEqualTo(ClusterSettings.DEFAULT.scorer().bias());
        assertThat(s.threads()).isEqualTo(defaults.threads());
    }

    @Test
    void theReconcileDetectorsThresholdsAreNamedAndOverridden() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(SettingsFile.print(defaults));
        JsonNode reconcile = tree.path("reconcile");
        assertThat(reconcile.path("minClaimWords").intValue()).isEqualTo(ReconcileSettings.DEFAULT.minClaimWords());
        assertThat(reconcile.path("minNumberClaimWords").intValue())
                .isEqualTo(ReconcileSettings.DEFAULT.minNumberClaimWords());
        assertThat(reconcile.path("quoteNearIdentical").doubleValue())
                .isEqualTo(ReconcileSettings.DEFAULT.quoteNearIdentical());
        assertThat(reconcile.path("translationSigns").intValue())
                .isEqualTo(ReconcileSettings.DEFAULT.translationSigns());
        assertThat(reconcile.path("diffNearIdentical").doubleValue())
                .isEqualTo(ReconcileSettings.DEFAULT.diffNearIdentical());
        assertThat(reconcile.path("diffMaxWords").intValue()).isEqualTo(ReconcileSettings.DEFAULT.diffMaxWords());
        PipelineSettings s = read("detectors.properties", """
                reconcile.minClaimWords=8
                reconcile.minNumberClaimWords=4
                reconcile.quoteNearIdentical=0.75
                reconcile.translationSigns=3
                reconcile.diffNearIdentical=0.65
                reconcile.diffMaxWords=120
                """);
        assertThat(s.reconcile().minClaimWords()).isEqualTo(8);
        assertThat(s.reconcile().minNumberClaimWords()).isEqualTo(4);
        assertThat(s.reconcile().quoteNearIdentical()).isEqualTo(0.75);
        assertThat(s.reconcile().translationSigns()).isEqualTo(3);
        assertThat(s.reconcile().diffNearIdentical()).isEqualTo(0.65);
        assertThat(s.reconcile().diffMaxWords()).isEqualTo(120);
        assertThat(s.reconcile().copyJaccard()).isEqualTo(ReconcileSettings.DEFAULT.copyJaccard());
        // What is printed reads back as what was read.
        assertThat(read("again.json", SettingsFile.print(s))).isEqualTo(s);
    }

    @Test
    void thePlainTextAndScoringThresholdsOfExtractionAreNamedAndOverridden() throws IOException {
        JsonNode extraction = new ObjectMapper().readTree(SettingsFile.print(defaults)).path("extraction");
        ExtractSettings d = ExtractSettings.DEFAULT;
        assertThat(extraction.path("proseMinChars").intValue()).isEqualTo(d.proseMinChars());
        assertThat(extraction.path("proseMaxLinkDensity").doubleValue()).isEqualTo(d.proseMaxLinkDensity());
        assertThat(extraction.path("minScoredChars").intValue()).isEqualTo(d.minScoredChars());
        assertThat(extraction.path("minTwinBlocks").intValue()).isEqualTo(d.minTwinBlocks());
        assertThat(extraction.path("ancestorLevels").intValue()).isEqualTo(d.ancestorLevels());
        assertThat(extraction.path("wrapFill").doubleValue()).isEqualTo(d.wrapFill());
        assertThat(extraction.path("maxHeaderUnits").intValue()).isEqualTo(d.maxHeaderUnits());
        assertThat(extraction.path("headlineListMinRun").intValue()).isEqualTo(d.headlineListMinRun());
        assertThat(extraction.path("headlineListMaxOverlap").doubleValue()).isEqualTo(d.headlineListMaxOverlap());
        PipelineSettings s = read("extraction.json", """
                {"extraction": {"proseMinChars": 90, "proseMaxLinkDensity": 0.25, "minScoredChars": 30, "minTwinBlocks": 4, "ancestorLevels": 6, "wrapFill": 0.75,
                                "maxHeaderUnits": 10, "headlineListMinRun": 4, "headlineListMaxOverlap": 0.3}}
                """);
        ExtractSettings e = s.extraction();
        assertThat(List.of(e.minScoredChars(), e.minTwinBlocks(), e.ancestorLevels(), e.maxHeaderUnits(),
                e.headlineListMinRun())).containsExactly(30, 4, 6, 10, 4);
        assertThat(e.wrapFill()).isEqualTo(0.75);
        assertThat(e.proseMinChars()).isEqualTo(90);
        assertThat(e.proseMaxLinkDensity()).isEqualTo(0.25);
        assertThat(e.headlineListMaxOverlap()).isEqualTo(0.3);
        assertThat(e.minBodyChars()).isEqualTo(d.minBodyChars());
        assertThat(read("extraction-again.json", SettingsFile.print(s))).isEqualTo(s);
    }

    @Test
    void theAnalysisStagesValuesAreNamedAndOverridden() throws IOException {
        JsonNode analysis = new ObjectMapper().readTree(SettingsFile.print(defaults)).path("analysis");
        AnalyzeSettings d = AnalyzeSettings.DEFAULT;
        assertThat(analysis.path("leadChars").intValue()).isEqualTo(d.leadChars());
        assertThat(analysis.path("previousSpeakerParagraphs").intValue()).isEqualTo(d.previousSpeakerParagraphs());
        assertThat(analysis.path("maxReportingClause").intValue()).isEqualTo(d.maxReportingClause());
        PipelineSettings s = read("analysis.properties", """
                analysis.leadChars=600
                analysis.previousSpeakerParagraphs=3
                analysis.maxReportingClause=25
                """);
        assertThat(s.analyze()).isEqualTo(new AnalyzeSettings(600, 3, 25));
        // The input bounds of the analysis are no tuned values and stay out of the file.
        assertThat(s.analysis()).isEqualTo(defaults.analysis());
        assertThat(s.extraction()).isEqualTo(ExtractSettings.DEFAULT);
        assertThat(read("analysis-again.json", SettingsFile.print(s))).isEqualTo(s);
    }

    @Test
    void theDateAndLanguageValuesAreNamedInsideExtractionAndOverridden() throws IOException {
        JsonNode extraction = new ObjectMapper().readTree(SettingsFile.print(defaults)).path("extraction");
        DateSettings d = DateSettings.DEFAULT;
        assertThat(extraction.path("dates").path("trust").path("url").intValue()).isEqualTo(d.trust().url());
        assertThat(extraction.path("dates").path("windows").path("bylineReach").intValue())
                .isEqualTo(d.windows().bylineReach());
        assertThat(extraction.path("dates").path("headline").path("minH2Similarity").doubleValue())
                .isEqualTo(d.headline().minH2Similarity());
        assertThat(extraction.path("dates").path("maxCorroboration").intValue()).isEqualTo(d.maxCorroboration());
        assertThat(extraction.path("language").path("minConfidence").doubleValue())
                .isEqualTo(LanguageSettings.DEFAULT.minConfidence());
        PipelineSettings s = read("dates.properties", """
                extraction.dates.trust.url=70
                extraction.dates.windows.bylineReach=180
                extraction.dates.headline.primaryBonus=0.05
                extraction.dates.minYear=2000
                extraction.language.fastPathWordsPerEnglish=5
                """);
        DateSettings dates = s.extraction().dates();
        assertThat(dates.trust().url()).isEqualTo(70);
        assertThat(dates.trust().selfLink()).isEqualTo(d.trust().selfLink());
        assertThat(dates.windows().bylineReach()).isEqualTo(180);
        assertThat(dates.windows().bylineBlock()).isEqualTo(d.windows().bylineBlock());
        assertThat(dates.headline().primaryBonus()).isEqualTo(0.05);
        assertThat(dates.minYear()).isEqualTo(2000);
        assertThat(s.extraction().language().fastPathWordsPerEnglish()).isEqualTo(5);
        assertThat(s.extraction().language().maxChars()).isEqualTo(LanguageSettings.DEFAULT.maxChars());
        assertThat(s.extraction().minBodyChars()).isEqualTo(ExtractSettings.DEFAULT.minBodyChars());
        assertThat(read("dates-again.json", SettingsFile.print(s))).isEqualTo(s);
        assertThatThrownBy(() -> read("dates-typo.properties", "extraction.dates.trust.urls=70\n"))
                .isInstanceOf(SettingsFile.SettingsException.class)
                .hasMessageContaining("'extraction.dates.trust.urls'").satisfies(e ->
                        assertThat(e.getMessage()).doesNotContain("\n"));
    }

    /**
     * A page whose generic date meta (the 1st) and URL (the 5th) disagree: by default the meta is trusted more; a
     * file that trusts URL dates above it changes the date the extraction stage gives.
     */
    @Test
    void aDateTrustLevelFromTheFileChangesWhichDateThePageGets() throws IOException {
        String html = "<html><head><title>Council approves the ferry plan</title>"
                + "<meta name='date' content='2020-03-01'></head><body><article>"
                + "<h1>Council approves the ferry plan</h1>"
                + "<p>The council met again to discuss the plan for two new ferries and what they cost. </p>".repeat(4)
                + "</article></body></html>";
        RawDocument page = new RawDocument("ferry.html", html.getBytes(StandardCharsets.UTF_8), new DeclaredMetadata(
                null, "https://news.example.org/2020/03/05/ferry-plan", null, null, null, null, "html"));
        // The trust levels order the evidence for the hand rules, which a file may choose instead of the model.
        PipelineSettings rules = read("rules.json", "{\"extraction\": {\"dates\": {\"learnedChooser\": false}}}");
        assertThat(published(rules, page)).isEqualTo(LocalDate.of(2020, 3, 1));
        PipelineSettings urlFirst = read("url-first.json",
                "{\"extraction\": {\"dates\": {\"learnedChooser\": false, \"trust\": {\"url\": 86}}}}");
        assertThat(published(urlFirst, page)).isEqualTo(LocalDate.of(2020, 3, 5));
        // Two kinds of evidence on one level could not be told apart: refused, with the reason.
        assertThatThrownBy(() -> read("url-twice.json", "{\"extraction\": {\"dates\": {\"trust\": {\"url\": 85}}}}"))
                .hasMessageContaining("given twice");
        // the printout of the tuned settings carries the change, and reads back to the same date
        assertThat(published(read("url-first-again.json", SettingsFile.print(urlFirst)), page))
                .isEqualTo(LocalDate.of(2020, 3, 5));
    }

    private static LocalDate published(PipelineSettings s, RawDocument page) {
        Extraction e = new DocumentExtractor(s.extraction()).extract(page);
        assertThat(e).isInstanceOf(Extraction.Extracted.class);
        return ((Extraction.Extracted) e).article().published().day();
    }

    @Test
    void aJsonSubsetOverridesAndTheSwitchesTravelUnchanged() throws IOException {
        Path file = dir.resolve("partial.json");
        Files.writeString(file, "{\"clustering\": {\"joinThreshold\": 0.3, \"scorer\": {\"bias\": -6}}}");
        PipelineSettings base = defaults.withEmbeddings(false);
        PipelineSettings s = SettingsFile.apply(file, base);
        assertThat(s.clustering().joinThreshold()).isEqualTo(0.3);
        assertThat(s.clustering().scorer().bias()).isEqualTo(-6.0);
        assertThat(s.reconcile().embeddings()).isFalse();
        assertThat(s.reconcile()).isEqualTo(base.reconcile());
    }

    @Test
    void anUnknownKeyIsRefusedByItsFullName() {
        assertThatThrownBy(() -> read("typo.properties", "clustering.scorer.term=2.9\n"))
                .isInstanceOf(SettingsFile.SettingsException.class)
                .hasMessageContaining("'clustering.scorer.term'");
        assertThatThrownBy(() -> read("typo.json", "{\"linking\": {}}"))
                .hasMessageContaining("'linking'");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> read("text.json", "{\"clustering\": {\"joinThreshold\": \"high\"}}"))
                .isInstanceOf(SettingsFile.SettingsException.class)
                .hasMessageContaining("'clustering.joinThreshold'");
        // A number as a JSON string is a string: only properties carry numbers as text.
        assertThatThrownBy(() -> read("quoted.json", "{\"clustering\": {\"joinThreshold\": \"0.3\"}}"))
                .hasMessageContaining("'clustering.joinThreshold'");
        assertThatThrownBy(() -> read("fraction.properties", "clustering.windowDays=2.5\n"))
                .hasMessageContaining("'clustering.windowDays'").hasMessageContaining("whole number");
        assertThatThrownBy(() -> read("group.json", "{\"clustering\": {\"scorer\": 1}}"))
                .hasMessageContaining("'clustering.scorer'");
        assertThatThrownBy(() -> read("broken.json", "{\"clustering\": "))
                .isInstanceOf(SettingsFile.SettingsException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void everyMessageIsOneLine() {
        for (String bad : List.of("{\"clustering\": {\"x\": 1}}", "{\"clustering\": {\"windowDays\": true}}",
                "{\"clustering\": [1, 2]}", "{\n\"clustering\": {\n")) {
            assertThatThrownBy(() -> read("bad.json", bad)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }
}
