package org.collate.model;

import java.util.Locale;

/**
 * How one article of a story relates to the article it derives from.
 *
 * @param articleId  the article
 * @param sourceId   the article it derives from (the story's original for independent reports); null for the
 *                   original itself
 * @param relation   {@code original}, {@code copy}, {@code rewrite}, {@code same-source} or {@code independent}
 * @param confidence how sure, from 0 to 1
 * @param reason     why, in words, with the measurements that decided it
 */
public record ProvenanceLink(String articleId, String sourceId, Relation relation, double confidence, String reason) {

    public enum Relation {
        /** The story's original: the copy the others derive from. */
        ORIGINAL,
        /** Near-identical text. */
        COPY,
        /** The same facts in the same order, reworded: spun or machine-translated copies. */
        REWRITE,
        /** Both derive from one wire story, each with its own changes. */
        SAME_SOURCE,
        /** Its own reporting of the event. */
        INDEPENDENT;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
