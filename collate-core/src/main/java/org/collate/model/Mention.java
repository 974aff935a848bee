package org.collate.model;

/**
 * One place an entity is named in an article.
 *
 * @param span     the name's characters (without the title: "Narendra Modi" in "Prime Minister Narendra Modi")
 * @param text     the name as written
 * @param kind     what it names
 * @param entityId the article-local entity it belongs to
 * @param role     the title or role attached to it here ("Prime Minister", "US Secretary of State"), or null
 * @param roleSpan the role's characters, or null
 */
public record Mention(Span span, String text, EntityKind kind, String entityId, String role, Span roleSpan) {
}
