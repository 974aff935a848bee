package org.collate.model;

import java.util.List;

/**
 * One unit of reporting, aligned across a story's articles, with its status.
 *
 * @param id       identifier within the report ({@code f1}, …)
 * @param status   agreed, conflicting or single-source
 * @param about    what the fact is about, in a few words ("casualties in the border clashes", "Modi's title")
 * @param slot     for conflicts, the slot that differs: {@code number}, {@code casualties}, {@code date},
 *                 {@code weekday}, {@code role}, {@code spelling}, {@code place}, {@code quote}; null otherwise
 * @param readings one reading per distinct value (one for agreed and single-source facts)
 */
public record Fact(String id, FactStatus status, String about, String slot, List<Reading> readings) {
    public Fact {
        readings = List.copyOf(readings);
    }

    /** Every article that reports the fact. */
    public List<String> articleIds() {
        return readings.stream().flatMap(r -> r.articleIds().stream()).distinct().toList();
    }
}
