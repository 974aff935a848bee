package org.collate.model;

import java.util.Objects;

/**
 * One input document as it arrived: its bytes (already un-gzipped), where it came from, and whatever the
 * container declared about it (a JSON Lines record's fields, a WARC record's URL and HTTP headers).
 *
 * @param origin   where the bytes came from, for messages and provenance: a path, {@code path#L12} for a
 *                 JSON Lines record, {@code path@offset} for a WARC record, {@code -} for stdin
 * @param content  the raw bytes; the array is not copied, callers must not modify it
 * @param declared metadata the container gave; never null, fields may be
 */
public record RawDocument(String origin, byte[] content, DeclaredMetadata declared) {
    public RawDocument {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
        declared = declared == null ? DeclaredMetadata.NONE : declared;
    }

    public static RawDocument of(String origin, byte[] content) {
        return new RawDocument(origin, content, DeclaredMetadata.NONE);
    }
}
