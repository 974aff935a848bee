package org.collate.model;

import java.util.Objects;

/**
 * A piece of the input that extraction cut from the article, kept so a user can see what was cut and why.
 *
 * @param text   the text that was removed, as it stood in the input
 * @param reason why: one of {@link RemovalReason}
 */
public record RemovedSpan(String text, RemovalReason reason) {
    public RemovedSpan {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(reason, "reason");
    }
}
