package org.collate.extract;

import org.collate.model.PublicationDate;

/**
 * Thrown inside extraction when a document holds no article; the message is the one-line reason shown to users. A
 * page that is no article may still say when it was published: that day travels with the refusal, so a reader
 * learns it (and the skip line shows it) without the page becoming an article.
 */
public final class RejectedDocumentException extends Exception {

    private final transient PublicationDate published;

    public RejectedDocumentException(String reason) {
        this(reason, null);
    }

    /** @param published the day the refused page declares, or null */
    public RejectedDocumentException(String reason, PublicationDate published) {
        super(reason, null, false, false);
        this.published = published;
    }

    /** The day the refused page declares, or null. */
    public PublicationDate published() {
        return published;
    }
}
