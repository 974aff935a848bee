package org.collate.serve;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of {@code POST /api/articles} made into JSON Lines, the form {@code collate ingest} reads: one article
 * object, an array of them, or JSON Lines. Every record is checked before any is ingested, so a body with one bad
 * record is refused whole ({@link ApiError}, naming the record) and the store is left as it was.
 */
final class ArticleBatch {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

    private ArticleBatch() {
    }

    /** The records of the body, one compact JSON object per line. */
    static List<String> lines(byte[] body) {
        String text = utf8(body).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).strip();
        }
        if (text.isEmpty()) {
            throw ApiError.badRequest("the body is empty: send one article as a JSON object, an array of them, "
                    + "or JSON Lines");
        }
        List<JsonNode> records = new ArrayList<>();
        JsonNode whole = parseWhole(text);
        if (whole != null && whole.isArray()) {
            int i = 0;
            for (JsonNode n : whole) {
                records.add(checked(n, "item " + (++i)));
            }
        } else if (whole != null) {
            records.add(checked(whole, "the body"));
        } else {
            String[] lines = text.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                JsonNode n;
                try {
                    n = JSON.readTree(lines[i]);
                } catch (JsonProcessingException e) {
                    throw ApiError.badRequest("line " + (i + 1) + " is not valid JSON: " + e.getOriginalMessage());
                }
                records.add(checked(n, "line " + (i + 1)));
            }
        }
        if (records.isEmpty()) {
            throw ApiError.badRequest("the body holds no article");
        }
        List<String> out = new ArrayList<>(records.size());
        for (JsonNode n : records) {
            out.add(n.toString());
        }
        return out;
    }

    /** The body as one JSON value, or null when it is not one (JSON Lines holds several). */
    private static JsonNode parseWhole(String text) {
        try (JsonParser p = JSON.createParser(text)) {
            JsonNode n = JSON.readTree(p);
            return p.nextToken() == null ? n : null;
        } catch (java.io.IOException e) {
            if (!text.contains("\n")) {
                throw ApiError.badRequest("the body is not valid JSON: "
                        + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
            }
            return null;
        }
    }

    private static JsonNode checked(JsonNode n, String where) {
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest(where + " is not a JSON object");
        }
        if (!hasText(n, "text") && !hasText(n, "html")) {
            throw ApiError.badRequest(where + " has neither \"text\" nor \"html\"");
        }
        return n;
    }

    private static boolean hasText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isBlank();
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("the body is not UTF-8 text");
        }
    }
}
