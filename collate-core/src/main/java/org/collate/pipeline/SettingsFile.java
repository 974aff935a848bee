package org.collate.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.javaprop.JavaPropsMapper;
import org.collate.analyze.AnalyzeSettings;
import org.collate.extract.ExtractSettings;
import org.collate.link.ClusterSettings;
import org.collate.reconcile.ReconcileSettings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The stages' tuned settings as a file: {@link #print} writes them as JSON nested by stage, every key named, and
 * {@link #apply} reads that JSON, or the same keys as Java properties ({@code clustering.scorer.terms=2.9}), any
 * subset of them overriding the settings given. The switches that command-line options set (threads,
 * embeddings, input limits, collapsing copies) are not in the file. An unknown key or a value of the wrong type
 * is refused, naming the key, so a mistyped setting never passes silently as the default.
 */
public final class SettingsFile {

    /** Reconcile fields that are switches set by the commands, not tuned values. */
    private static final List<String> RECONCILE_SWITCHES = List.of("collapseCopies", "embeddings");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JavaPropsMapper PROPERTIES = new JavaPropsMapper();

    private SettingsFile() {
    }

    /** A settings file that cannot be used: its message is one line and names the key at fault. */
    public static final class SettingsException extends IllegalArgumentException {
        public SettingsException(String message) {
            super(message);
        }
    }

    /** The tuned settings of {@code s} as the file holds them. */
    public static ObjectNode tree(PipelineSettings s) {
        ObjectNode root = JSON.createObjectNode();
        root.set("extraction", JSON.valueToTree(s.extraction()));
        root.set("analysis", JSON.valueToTree(s.analyze()));
        root.set("clustering", JSON.valueToTree(s.clustering()));
        ObjectNode reconcile = JSON.valueToTree(s.reconcile());
        reconcile.remove(RECONCILE_SWITCHES);
        root.set("reconcile", reconcile);
        return root;
    }

    /** The tuned settings of {@code s} as pretty-printed JSON, the format {@link #apply} reads. */
    public static String print(PipelineSettings s) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(s));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code base} with the settings of a file overridden: JSON when the file's first character (after white space)
     * is '{', Java properties otherwise.
     */
    public static PipelineSettings apply(Path file, PipelineSettings base) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode given;
        boolean json = text.stripLeading().startsWith("{");
        try {
            given = json ? JSON.readTree(text) : PROPERTIES.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SettingsException("not valid " + (json ? "JSON" : "properties") + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (given == null || given.isMissingNode() || given.isNull()) {
            return base; // an empty file overrides nothing
        }
        return apply(given, base, !json);
    }

    /**
     * {@code base} with the settings of a tree (as {@link #tree} gives, or any part of it) overridden.
     *
     * @param fromText whether values come as text (properties) to be read as the type of their key
     */
    public static PipelineSettings apply(JsonNode given, PipelineSettings base, boolean fromText) {
        ObjectNode allowed = tree(base);
        ObjectNode merged = allowed.deepCopy();
        merge(given, allowed, merged, "", fromText);
        // The switches travel unchanged: the file cannot name them, the record needs them.
        ObjectNode reconcile = (ObjectNode) merged.get("reconcile");
        reconcile.put("collapseCopies", base.reconcile().collapseCopies());
        reconcile.put("embeddings", base.reconcile().embeddings());
        try {
            return base.withStages(JSON.treeToValue(merged.get("extraction"), ExtractSettings.class),
                    JSON.treeToValue(merged.get("analysis"), AnalyzeSettings.class),
                    JSON.treeToValue(merged.get("clustering"), ClusterSettings.class),
                    JSON.treeToValue(reconcile, ReconcileSettings.class));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new SettingsException("settings rejected: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static void merge(JsonNode given, JsonNode allowed, ObjectNode into, String path, boolean fromText) {
        if (!given.isObject()) {
            throw new SettingsException(where(path) + "a group of settings expected, found " + given);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = given.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = path.isEmpty() ? f.getKey() : path + "." + f.getKey();
            JsonNode model = allowed.get(f.getKey());
            if (model == null) {
                throw new SettingsException("unknown setting '" + key + "' (collate settings prints them all)");
            }
            if (model.isObject()) {
                merge(f.getValue(), model, (ObjectNode) into.get(f.getKey()), key, fromText);
            } else {
                into.set(f.getKey(), value(f.getValue(), model, key, fromText));
            }
        }
    }

    /** The value given for a key, checked against the type of its default; properties give every value as text. */
    private static JsonNode value(JsonNode v, JsonNode model, String key, boolean fromText) {
        String text = fromText && v.isTextual() ? v.textValue().strip() : null;
        if (model.isBoolean()) {
            if (v.isBoolean()) {
                return v;
            }
            if ("true".equals(text) || "false".equals(text)) {
                return BooleanNode.valueOf(Boolean.parseBoolean(text));
            }
            throw new SettingsException(where(key) + "true or false expected, found " + v);
        }
        if (model.isIntegralNumber()) {
            if (v.isIntegralNumber() && v.canConvertToInt()) {
                return IntNode.valueOf(v.intValue());
            }
            if (text != null) {
                try {
                    return IntNode.valueOf(Integer.parseInt(text));
                } catch (NumberFormatException ignored) {
                    // the message below says what was wrong
                }
            }
            throw new SettingsException(where(key) + "a whole number expected, found " + v);
        }
        if (v.isNumber()) {
            return DoubleNode.valueOf(v.doubleValue());
        }
        if (text != null) {
            try {
                double d = Double.parseDouble(text);
                if (Double.isFinite(d)) {
                    return DoubleNode.valueOf(d);
                }
            } catch (NumberFormatException ignored) {
                // the message below says what was wrong
            }
        }
        throw new SettingsException(where(key) + "a number expected, found " + v);
    }

    private static String where(String key) {
        return key.isEmpty() ? "settings: " : "setting '" + key + "': ";
    }
}
