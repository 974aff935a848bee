package org.collate.model;

/**
 * A quantity the article states.
 *
 * @param span        its characters ("dozens", "53", "$1.2 billion", "40%")
 * @param text        the characters themselves
 * @param kind        {@code cardinal}, {@code percent}, {@code money}, {@code ordinal} or {@code vague} ("dozens")
 * @param value       its numeric value (the lower bound of a vague quantity: "dozens" → 24), NaN if none
 * @param unit        a currency or unit ("USD", "km"), or null
 * @param counted     the noun it counts ("injured", "dead", "people"), or null
 * @param countedSpan that noun's characters, or null
 */
public record NumberMention(Span span, String text, String kind, double value, String unit, String counted,
                            Span countedSpan) {
}
