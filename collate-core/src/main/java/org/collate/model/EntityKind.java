package org.collate.model;

import java.util.Locale;

/** What an entity is. */
public enum EntityKind {
    PERSON, ORGANIZATION, PLACE, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
