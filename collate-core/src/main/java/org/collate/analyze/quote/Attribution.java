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
record Attribution(Speaker speaker, String verb, Span verbSpan, How how) {

    /** How an attribution was found, from the most to the least direct evidence. */
    enum How { EXPLICIT, SUBJECT, NEIGHBOUR, PREVIOUS }

    Attribution inherited(How newHow) {
        return new Attribution(speaker, null, null, newHow);
    }
}
