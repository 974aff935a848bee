package org.collate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.collate.output.TerminalSafeText;
import org.collate.store.StoredStory;
import org.collate.store.StoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code collate show STORY}: one story's report from the store. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints one story's report from the store, as collate run prints it; --json prints the report "
                + "document (report.schema.json) holding that story. The report was computed when the story last "
                + "changed."})
final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "STORY", description = "The story's id (collate stories lists them).")
    String storyId;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "The report document instead of the readable report.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = TerminalSafeText.writer(spec.commandLine().getOut());
        try (StoryStore s = store.openForReading()) {
            StoredStory story = s.story(storyId);
            if (story == null) {
                spec.commandLine().getErr().println(TerminalSafeText.escape("collate: no story " + storyId
                        + " in store " + store.data + " (collate stories --data " + store.data + " lists them)"));
                return ExitCodes.BAD_INPUT;
            }
            if (story.reportJson() == null) {
                spec.commandLine().getErr().println(TerminalSafeText.escape("collate: story " + storyId
                        + " has no report yet: it was ingested with --reports later; collate ingest --data "
                        + store.data + " (with or without inputs) computes it"));
                return ExitCodes.BAD_INPUT;
            }
            if (story.stale()) {
                spec.commandLine().getErr().println(TerminalSafeText.escape("collate: the report of story " + storyId
                        + " predates its latest articles; the next collate ingest brings it up to date"));
            }
            if (json) {
                ObjectNode doc = Json.MAPPER.createObjectNode();
                doc.put("schema_version", ReportJson.SCHEMA_VERSION);
                doc.putArray("stories").add(Json.MAPPER.readTree(story.reportJson()));
                out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
            } else {
                out.print(story.reportText());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
