package org.collate.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A date or time expression in the text, resolved where the article's publication date allows.
 *
 * @param span        its characters ("on Friday", "16 September 2022", "last week", "in October")
 * @param text        the characters themselves
 * @param relative    true for expressions whose day depends on when the article was written
 * @param resolved    the first day it denotes, or null when it cannot be resolved
 * @param granularity {@code day}, {@code week}, {@code month} or {@code year}
 * @param weekday     the weekday named in the text, or null
 */
public record DateMention(Span span, String text, boolean relative, LocalDate resolved, String granularity,
                          DayOfWeek weekday) {
}
