package org.collate.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.collate.model.AnalyzedArticle;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * An article's analysis as the bytes the store keeps: JSON of the model's records (Jackson reads records through
 * their canonical constructors), so a stored story's report can be recomputed without analysing its articles again.
 * The linking features, read at every ingest, have a binary form of their own ({@link FeaturesCodec}).
 *
 * <p>JSON rather than Java serialization: readable when something goes wrong, no class-loading on read, and a field
 * added to a record in a later version is read as its default. Lucene compresses the stored bytes.
 */
final class AnalysisCodec {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // Only the records' fields: helper methods (Span.length(), AnalyzedArticle.id()) are not state.
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
            .build();

    private AnalysisCodec() {
    }

    static byte[] encode(AnalyzedArticle analyzed) {
        return write(analyzed);
    }

    static AnalyzedArticle analysis(byte[] bytes) {
        return read(bytes, AnalyzedArticle.class);
    }

    private static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] bytes, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new StoreException("a stored record cannot be read (" + type.getSimpleName() + "): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }
}
