package org.collate.analyze;

/**
 * The analysis stage's tuned values (its bounds against hostile input are {@link AnalysisLimits}).
 *
 * @param leadChars                 how much of the body the lead embedding reads, after the title (about 80 word
 *                                  pieces with the title); measured on the dev stories: B-cubed F1 0.8947 against
 *                                  0.8930 with 600 characters, at half the embedding time
 * @param previousSpeakerParagraphs a quote with no attribution of its own goes to the previous speaker only within
 *                                  this many paragraphs
 * @param maxReportingClause        the most words after a quote searched for its reporting clause ("… ,” the
 *                                  minister told reporters on Monday)
 */
public record AnalyzeSettings(int leadChars, int previousSpeakerParagraphs, int maxReportingClause) {

    public static final AnalyzeSettings DEFAULT = new AnalyzeSettings(300, 2, 30);
}
