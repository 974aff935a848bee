package org.collate.model;

import java.util.List;

/**
 * One way the sources give a fact: the value in the checkable slot ("dozens injured", "Friday", "Prime Minister"),
 * or the statement itself when nothing differs, with every article that gives it this way and the words that prove it.
 */
public record Reading(String value, List<String> articleIds, List<Evidence> evidence) {
    public Reading {
        articleIds = List.copyOf(articleIds);
        evidence = List.copyOf(evidence);
    }
}
