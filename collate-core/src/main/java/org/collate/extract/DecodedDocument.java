package org.collate.extract;

import java.util.List;

/**
 * A document's bytes decoded to text, with what its content turned out to be.
 *
 * @param text     the decoded text, without a byte-order mark
 * @param kind     HTML or plain text, judged from the content
 * @param charset  the charset used
 * @param warnings one-line notes on repairs (a charset guessed, invalid bytes replaced)
 */
public record DecodedDocument(String text, Kind kind, String charset, List<String> warnings) {
    public enum Kind { HTML, TEXT }

    public DecodedDocument {
        warnings = List.copyOf(warnings);
    }
}
