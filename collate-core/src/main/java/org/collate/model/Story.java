package org.collate.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Articles that report the same event.
 *
 * @param id         stable identifier ({@code s1}, {@code s2}, … in order of creation)
 * @param articleIds its articles, in arrival order
 * @param title      the title of its first dated article (else its first article)
 * @param firstSeen  the earliest publication day among its articles, or null when none is dated
 * @param lastSeen   the latest publication day, or null
 */
public record Story(String id, List<String> articleIds, String title, LocalDate firstSeen, LocalDate lastSeen) {
    public Story {
        articleIds = List.copyOf(articleIds);
    }
}
