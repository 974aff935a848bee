package org.collate.analyze.quote;

import org.collate.model.Span;

/**
 * A speaker with the reporting verb that introduces them.
 *
 * @param speaker  who
 * @param verb     the reporting verb ("said", "according to"), or null (a colon, a dash, an inherited speaker)
 * @param verbSpan its characters, or null
 * @param how      how it was found
 */
record Attribution(Speaker speaker, String verb, Span verbSpan, How how, Speaker reportedBy) {

    /** An attribution the article makes in its own voice, with no outer source. */
    Attribution(Speaker speaker, String verb, Span verbSpan, How how) {
        this(speaker, verb, verbSpan, how, null);
    }

    /** The same attribution, reported by an outer source ("…, according to CNN"). */
    Attribution reportedBy(Speaker source) {
        return new Attribution(speaker, verb, verbSpan, how, source);
    }

    /** How an attribution was found, from the most to the least direct evidence. */
    enum How { EXPLICIT, SUBJECT, NEIGHBOUR, PREVIOUS }

    Attribution inherited(How newHow) {
        return new Attribution(speaker, null, null, newHow, reportedBy); // the same outer source goes on reporting
    }
}
