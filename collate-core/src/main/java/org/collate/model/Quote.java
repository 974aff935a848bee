package org.collate.model;

/**
 * Something a source said, as the article reports it.
 *
 * @param span        the quoted or reported content's characters
 * @param text        the content itself (without the quotation marks)
 * @param direct      true for words in quotation marks, false for reported speech ("Putin said cooperation …")
 * @param speaker     the speaker's name as the article gives it most fully, or null when unattributed
 * @param entityId    the speaker's article-local entity, or null
 * @param speakerSpan the characters naming the speaker at the attribution, or null
 * @param verb        the reporting verb ("said", "told", "called on"), or null
 * @param verbSpan    the verb's characters, or null
 * @param reportedBy  the outer source the article has the quote from ("…,” Putin said, according to Reuters": Reuters),
 *                    or null; the speaker stays the one who said it
 * @param reportedByEntityId the outer source's article-local entity, or null
 * @param reportedBySpan     the characters naming the outer source, or null
 */
public record Quote(Span span, String text, boolean direct, String speaker, String entityId, Span speakerSpan,
                    String verb, Span verbSpan, String reportedBy, String reportedByEntityId, Span reportedBySpan) {
}
