package org.collate.analyze.quote;

import org.collate.model.Span;

/**
 * Who said something.
 *
 * @param name     the entity's name, else the words naming the speaker ("a campaign spokesman")
 * @param entityId the entity, or null
 * @param span     the words naming the speaker at the attribution (a name, a pronoun, a noun phrase)
 * @param gender   'm', 'f' or '?', as far as known
 */
record Speaker(String name, String entityId, Span span, char gender) {
}
