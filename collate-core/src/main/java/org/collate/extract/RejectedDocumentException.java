package org.collate.extract;

/** Thrown inside extraction when a document holds no article; the message is the one-line reason shown to users. */
public final class RejectedDocumentException extends Exception {
    public RejectedDocumentException(String reason) {
        super(reason, null, false, false);
    }
}
