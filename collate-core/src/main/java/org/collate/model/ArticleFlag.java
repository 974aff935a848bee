package org.collate.model;

import java.util.List;

/**
 * Something a reader of one article should know: {@code stale-republication} (published long after the
 * event), {@code machine-translation} (signs of machine translation or spinning, e.g. "Mr. Mr.", "MM Putin"),
 * {@code internal-contradiction} (the article gives one person two titles).
 *
 * @param kind     the flag
 * @param detail   what was found, in words
 * @param evidence the words that show it
 */
public record ArticleFlag(String kind, String detail, List<Evidence> evidence) {
    public ArticleFlag {
        evidence = List.copyOf(evidence);
    }
}
