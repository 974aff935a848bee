package org.collate.eval.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.Reading;
import org.collate.model.StoryReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A seeded random sample of a run's reported facts of one status, to be judged by reading the sources: each fact
 * true or false, with a reason. Precision by reading is the share judged true. The judged files hold the facts'
 * keys, slots, short values, verdicts and reasons, never the articles' sentences (the evaluation texts stay out of
 * the repository); the sheet printed for the judge shows the sentences at run time.
 */
public final class FactSample {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One drawn fact: its story, a key stable across runs of the same code, and the fact. */
    public record Drawn(String story, String key, Fact fact) {
    }

    /** A verdict read back from a judged file. */
    public record Verdict(String key, boolean real, String reason) {
    }

    private FactSample() {
    }

    /** Every fact of the status in the reports, in a seeded random order, the first {@code n} of them. */
    public static List<Drawn> draw(List<StoryReport> reports, FactStatus status, int n, long seed) {
        List<Drawn> all = new ArrayList<>();
        for (StoryReport r : reports) {
            for (Fact f : r.facts(status)) {
                all.add(new Drawn(r.story().id(), key(f), f));
            }
        }
        // Sorted by key first, so the draw depends on the facts, not on the order the stories came out in.
        all.sort(Comparator.comparing(Drawn::key));
        Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(n, all.size()));
    }

    /**
     * The fact's slot, articles and values, which tell one reported fact from another. The values go in as a short
     * hash of their first 60 characters: a key must not carry the articles' words.
     */
    static String key(Fact f) {
        StringBuilder sb = new StringBuilder(f.status().label()).append('|').append(f.slot() == null ? "" : f.slot());
        for (Reading r : f.readings()) {
            sb.append('|').append(new TreeSet<>(r.articleIds())).append('=').append(hash(shorten(r.value(), 60)));
        }
        return sb.toString();
    }

    static String hash(String value) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a judge reads: the fact, each reading's articles and sentences. */
    public static String sheet(List<Drawn> drawn) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (Drawn d : drawn) {
            Fact f = d.fact();
            sb.append(String.format("#%d  story %s  %s [%s] %s%n    key: %s%n", ++i, d.story(), f.status().label(),
                    f.slot(), f.about(), d.key()));
            for (Reading r : f.readings()) {
                sb.append("  reading ").append(r.value()).append("  ⟵ ").append(r.articleIds()).append('\n');
                for (Evidence e : r.evidence()) {
                    sb.append("      [").append(e.articleId()).append("] ").append(e.text().replace('\n', ' ')).append('\n');
                }
            }
        }
        return sb.toString();
    }

    /** A file for the judge to fill in: one line per fact, with null verdicts. */
    public static void writeBlank(List<Drawn> drawn, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Drawn d : drawn) {
            ObjectNode o = JSON.createObjectNode();
            o.put("key", d.key());
            o.put("story", d.story());
            o.put("status", d.fact().status().label());
            o.put("slot", d.fact().slot());
            o.putNull("real");
            o.putNull("reason");
            lines.add(JSON.writeValueAsString(o));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The verdicts of a judged file (lines whose verdict is still null are left out). */
    public static List<Verdict> read(Path file) throws IOException {
        List<Verdict> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            if (n.path("real").isBoolean()) {
                out.add(new Verdict(n.path("key").asText(), n.path("real").asBoolean(), n.path("reason").asText()));
            }
        }
        return out;
    }

    private static String shorten(String s, int max) {
        String one = s.replace('\n', ' ');
        return one.length() <= max ? one : one.substring(0, max);
    }
}
