package org.collate.eval.reconcile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Real coverage from another set, for judging what reconcile reports on stories its rules were not read on: folders
 * of plain-text articles (PolNeAR's layout: one {@code .txt} per article, its headline on the first line) joined to a
 * metadata table (tab-separated, with a header naming {@code filename}, {@code publisher}, {@code publication_date}
 * and {@code title}) and written as the JSON Lines records a run reads, with the outlet, the day and the title.
 */
public final class PlainTextCoverage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlainTextCoverage() {
    }

    /** Writes one record per {@code .txt} file of {@code folders} (in name order) to {@code out}; returns the count. */
    public static int write(List<Path> folders, Path metadata, Path out) throws IOException {
        Map<String, Map<String, String>> rows = read(metadata);
        int n = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path folder : folders) {
                List<Path> files;
                try (Stream<Path> s = Files.list(folder)) {
                    files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
                }
                for (Path f : files) {
                    String name = f.getFileName().toString().replaceFirst("\\.txt$", "");
                    Map<String, String> row = rows.getOrDefault(name, Map.of());
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    ObjectNode record = JSON.createObjectNode();
                    record.put("id", name);
                    record.put("outlet", row.get("publisher"));
                    record.put("published", row.get("publication_date"));
                    record.put("title", row.getOrDefault("title", text.lines().findFirst().orElse("")));
                    // The headline is the first line of the text: the body is what follows it.
                    int cut = text.indexOf('\n');
                    record.put("text", cut < 0 ? text : text.substring(cut + 1).strip());
                    w.write(JSON.writeValueAsString(record));
                    w.newLine();
                    n++;
                }
            }
        }
        return n;
    }

    /** The table's rows by file name (without {@code .txt}); "None" cells are left out. */
    static Map<String, Map<String, String>> read(Path metadata) throws IOException {
        List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
        Map<String, Map<String, String>> out = new HashMap<>();
        if (lines.isEmpty()) {
            return out;
        }
        String[] header = lines.get(0).split("\t", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < Math.min(header.length, cells.length); i++) {
                if (!cells[i].isBlank() && !cells[i].equals("None")) {
                    row.put(header[i], cells[i]);
                }
            }
            if (row.containsKey("filename")) {
                out.put(row.get("filename"), row);
            }
        }
        return out;
    }
}
