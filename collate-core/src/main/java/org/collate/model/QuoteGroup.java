package org.collate.model;

import java.util.List;

/**
 * One utterance as the story's articles render it: the same words, or a translation or rewording of them.
 *
 * @param speaker    the speaker's name as the story gives it most fully, or null
 * @param entityId   the speaker's roster entity, or null
 * @param renderings each article's rendering, with its exact characters
 */
public record QuoteGroup(String speaker, String entityId, List<Rendering> renderings) {

    /** One article's words for the utterance. */
    public record Rendering(String articleId, String text, Span span, boolean direct) {
    }

    public QuoteGroup {
        renderings = List.copyOf(renderings);
    }
}
