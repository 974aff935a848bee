package org.collate.source;

import org.collate.model.RawDocument;

/** One thing read from the inputs: a document, or a one-line account of why an input could not be read. */
public sealed interface SourceItem {

    /** The input's origin, for messages. */
    String origin();

    /** A document ready for extraction. */
    record Document(RawDocument document) implements SourceItem {
        @Override
        public String origin() {
            return document.origin();
        }
    }

    /** An input that could not be read, with the reason in words a user understands. */
    record Failure(String origin, String reason) implements SourceItem {
    }
}
