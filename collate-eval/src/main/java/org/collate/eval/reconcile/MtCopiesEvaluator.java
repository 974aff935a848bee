package org.collate.eval.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.eval.ClusteringScores;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.ProvenanceLink;
import org.collate.model.PublicationDate;
import org.collate.model.Quote;
import org.collate.model.StoryAssignment;
import org.collate.model.StoryReport;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.reconcile.ReconcileSettings;
import org.collate.reconcile.TextQuality;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the reconcile stage on faithful renderings of one article (the {@code mt-copies} set: a human translation and
 * machine translations of the same news document). Every rendering states the same facts, so a document should form
 * one story, nearly every reported conflict is false, no speaker should be a pronoun, and renderings published the
 * same day cannot be ordered by their day. Each rendering is fed as its own article from its own outlet, all on one
 * day, through the whole pipeline, exactly as a user's run reads JSON Lines.
 */
public final class MtCopiesEvaluator {

    /** Which renderings of each document are fed. */
    public enum Mode {
        /** The human rendering and three machine renderings drawn with the seed. */
        SAMPLE,
        /** Every rendering. */
        ALL
    }

    /** The day every rendering is said to be published: the set's renderings carry none, and all share one. */
    static final String DAY = "2022-06-01";

    /** Words that are never a speaker's name: personal, relative and demonstrative pronouns. */
    static final Set<String> PRONOUNS = Set.of("i", "me", "my", "he", "him", "his", "she", "her", "it", "its", "we",
            "us", "our", "you", "your", "they", "them", "their", "this", "that", "these", "those", "which", "who",
            "whom", "what", "one", "someone", "somebody", "everyone", "anyone", "nobody", "there");

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Rendering(String name, String kind, String title, List<String> paragraphs) {
        public boolean human() {
            return !"mt".equals(kind);
        }
    }

    public record Document(String id, String pair, List<Rendering> renderings) {
    }

    /** One reported fact (a conflict or a variant), with the renderings on each side, for reading by hand. */
    public record ShownFact(String document, String status, String slot, String about, List<String> sides) {
    }

    /** How often one sign of machine translation shows, in human and in machine renderings (counted per article). */
    public record SignCount(int inHuman, int inMachine) {
        public double precision() {
            return inHuman + inMachine == 0 ? Double.NaN : inMachine / (double) (inHuman + inMachine);
        }
    }

    public record Report(ClusteringScores.Scores stories, int documents, int articles,
                         Map<String, Integer> conflictsBySlot, Map<String, Integer> variantsBySlot, int quotes,
                         int pronounSpeakers, List<String> pronounExamples, int tieClaims, List<String> tieExamples,
                         Map<String, SignCount> signs, SignCount flagged, List<ShownFact> shown) {

        public int conflicts() {
            return conflictsBySlot.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int variants() {
            return variantsBySlot.values().stream().mapToInt(Integer::intValue).sum();
        }

        public double conflictsPerStory() {
            return stories.clusters() == 0 ? 0 : conflicts() / (double) stories.clusters();
        }
    }

    private MtCopiesEvaluator() {
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<Rendering> renderings = new ArrayList<>();
            for (JsonNode r : n.path("renderings")) {
                List<String> paragraphs = new ArrayList<>();
                r.path("paragraphs").forEach(p -> paragraphs.add(p.asText()));
                renderings.add(new Rendering(r.path("name").asText(), r.path("kind").asText(), r.path("title").asText(),
                        paragraphs));
            }
            docs.add(new Document(n.path("doc_id").asText(), n.path("pair").asText(), renderings));
        }
        return docs;
    }

    /** The renderings fed for one document: all, or the human one and three machine ones drawn with the seed. */
    static List<Rendering> chosen(Document d, Mode mode, long seed) {
        if (mode == Mode.ALL) {
            return d.renderings();
        }
        List<Rendering> humans = d.renderings().stream().filter(Rendering::human).toList();
        List<Rendering> machines = new ArrayList<>(d.renderings().stream().filter(r -> !r.human()).toList());
        java.util.Collections.shuffle(machines, new Random(seed * 31 + d.id().hashCode()));
        List<Rendering> out = new ArrayList<>(humans);
        out.addAll(machines.subList(0, Math.min(3, machines.size())));
        return out;
    }

    /** Article id of one rendering: the document and the rendering's name. */
    static String articleId(Document d, Rendering r) {
        return d.id() + "/" + r.name();
    }

    /** Writes the chosen renderings as JSON Lines articles, the outlet being the rendering's name. */
    static void write(List<Document> docs, Mode mode, long seed, Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Document d : docs) {
                for (Rendering r : chosen(d, mode, seed)) {
                    ObjectNode o = JSON.createObjectNode();
                    o.put("id", articleId(d, r));
                    o.put("outlet", r.name());
                    o.put("title", r.title());
                    o.put("published", DAY);
                    o.put("text", String.join("\n\n", r.paragraphs()));
                    w.write(JSON.writeValueAsString(o));
                    w.newLine();
                }
            }
        }
    }

    /**
     * Runs the pipeline on each document's renderings on their own (the set's unit: does one article's renderings
     * form one story, and what does it report), or on every document's renderings in one run when {@code together}
     * (then documents on one topic, such as two outlets' reports of one G7 statement, may rightly share a story).
     */
    public static Report evaluate(List<Document> docs, Mode mode, long seed, PipelineSettings settings,
                                  boolean together) throws IOException {
        CollatePipeline pipeline = new CollatePipeline(settings);
        List<List<Document>> runs = together ? List.of(docs) : docs.stream().map(List::of).toList();
        List<StoryReport> reports = new ArrayList<>();
        List<StoryAssignment> assignments = new ArrayList<>();
        int run = 0;
        for (List<Document> batch : runs) {
            Path file = Files.createTempFile("collate-mt-copies", ".jsonl");
            try {
                write(batch, mode, seed, file);
                CollatePipeline.Result result = pipeline.run(List.of(file.toString()), (origin, message, skipped) -> {
                });
                reports.addAll(result.reports());
                String prefix = "run" + run++ + ":";
                result.assignments().forEach(a -> assignments.add(new StoryAssignment(a.articleId(),
                        prefix + a.storyId(), a.via(), a.score(), a.matchedArticle())));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        return score(docs, mode, seed, reports, assignments, settings.reconcile());
    }

    static Report score(List<Document> docs, Mode mode, long seed, List<StoryReport> reports,
                        List<StoryAssignment> assignments, ReconcileSettings reconcile) {
        Map<String, String> gold = new HashMap<>();
        Map<String, Boolean> human = new HashMap<>();
        for (Document d : docs) {
            for (Rendering r : chosen(d, mode, seed)) {
                gold.put(articleId(d, r), d.id());
                human.put(articleId(d, r), r.human());
            }
        }
        Map<String, String> predicted = new HashMap<>();
        for (StoryAssignment a : assignments) {
            if (gold.containsKey(a.articleId())) {
                predicted.put(a.articleId(), a.storyId());
            }
        }
        Map<String, Integer> conflicts = new TreeMap<>();
        Map<String, Integer> variants = new TreeMap<>();
        List<ShownFact> shown = new ArrayList<>();
        int quotes = 0;
        int pronouns = 0;
        List<String> pronounExamples = new ArrayList<>();
        int ties = 0;
        List<String> tieExamples = new ArrayList<>();
        Map<String, int[]> signs = new TreeMap<>();
        int[] flagged = new int[2];
        TextQuality quality = new TextQuality(reconcile.translationSigns());
        for (StoryReport report : reports) {
            String document = report.articles().isEmpty() ? "?" : gold.getOrDefault(report.articles().get(0).id(), "?");
            for (Fact f : report.facts()) {
                if (f.status() == FactStatus.CONFLICTING || "variant".equals(f.status().label())) {
                    boolean conflict = f.status() == FactStatus.CONFLICTING;
                    (conflict ? conflicts : variants).merge(f.slot() == null ? "?" : f.slot(), 1, Integer::sum);
                    List<String> sides = f.readings().stream().map(r -> r.value() + "  ⟵ "
                            + String.join(", ", r.articleIds().stream().map(id -> id.substring(id.indexOf('/') + 1)).toList())
                            + (r.evidence().isEmpty() ? "" : "  « " + r.evidence().get(0).text() + " »")).toList();
                    shown.add(new ShownFact(document, f.status().label(), f.slot(), f.about(), sides));
                }
            }
            for (AnalyzedArticle a : report.articles()) {
                for (Quote q : a.quotes()) {
                    quotes++;
                    if (isPronoun(q.speaker())) {
                        pronouns++;
                        if (pronounExamples.size() < 20) {
                            pronounExamples.add(a.id() + ": " + q.speaker() + " ← " + abbreviate(q.text()));
                        }
                    }
                }
                boolean isHuman = human.getOrDefault(a.id(), true);
                Set<String> kinds = new java.util.TreeSet<>();
                for (TextQuality.Sign s : quality.signs(a)) {
                    kinds.add(s.kind());
                }
                for (String k : kinds) {
                    signs.computeIfAbsent(k, x -> new int[2])[isHuman ? 0 : 1]++;
                }
                if (report.flags().getOrDefault(a.id(), List.of()).stream()
                        .anyMatch(fl -> fl.kind().equals("machine-translation"))) {
                    flagged[isHuman ? 0 : 1]++;
                }
            }
            for (ProvenanceLink link : report.provenance()) {
                if (link.reason() != null && link.reason().contains("earliest") && tiesWithAnother(report, link.articleId())) {
                    ties++;
                    if (tieExamples.size() < 10) {
                        tieExamples.add(link.articleId() + ": " + link.reason());
                    }
                }
            }
        }
        Map<String, SignCount> signCounts = new TreeMap<>();
        signs.forEach((k, v) -> signCounts.put(k, new SignCount(v[0], v[1])));
        return new Report(ClusteringScores.score(predicted, gold), docs.size(), gold.size(), conflicts, variants,
                quotes, pronouns, pronounExamples, ties, tieExamples, signCounts, new SignCount(flagged[0], flagged[1]),
                shown);
    }

    /** True when the speaker's name is, or begins with, a pronoun ("he", "which in fact", "It"). */
    static boolean isPronoun(String speaker) {
        if (speaker == null || speaker.isBlank()) {
            return false;
        }
        String first = speaker.strip().split("[\\s,]+", 2)[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT)); // "US", not "us"
        return !acronym && PRONOUNS.contains(first.toLowerCase(Locale.ROOT));
    }

    private static boolean tiesWithAnother(StoryReport report, String articleId) {
        PublicationDate own = null;
        for (AnalyzedArticle a : report.articles()) {
            if (a.id().equals(articleId)) {
                own = a.article().published();
            }
        }
        if (own == null) {
            return false;
        }
        for (AnalyzedArticle a : report.articles()) {
            if (!a.id().equals(articleId) && a.article().published() != null
                    && a.article().published().day().equals(own.day())) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
