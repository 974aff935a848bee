package org.collate.extract.date;

/**
 * How far, in characters of the page's visible text unless said otherwise, the publication-date extractor looks
 * for a date and its label. Chosen by hand on the dates and dates-web development sets
 * ({@code collate eval dates}, with folds so that a window decided on some pages is scored on others).
 *
 * @param nearBefore            a date element up to this far above the headline's start stands by the headline
 *                              (bylines, kicker dates)
 * @param nearAfter             … and up to this far below the headline's end
 * @param labelledAfter         how far below the headline a labelled date ("Published on …") may stand
 * @param noHeadlineSpan        how much of the text is read for labelled dates when the page has no recognisable
 *                              headline
 * @param labelReach            how far before a date its label may start
 * @param unlabelledBefore      how far above the headline the last unlabelled date is read (weak evidence)
 * @param unlabelledAfter       how far below the headline the first unlabelled date is read
 * @param bylineReach           an unlabelled date this close below the headline, in a block of at most
 *                              {@code bylineBlock} characters (or on a line of its own), stands where bylines do
 * @param bylineBlock           the longest block a byline date stands in
 * @param bylineReachShortBlock a date in a block of at most {@code shortBlock} characters (a dateline, an agency
 *                              line) may stand this far below the headline and still be the byline's
 * @param shortBlock            the longest block that holds little but the date
 * @param dateElementMaxText    the longest text of an element named for dates or bylines ({@code .date},
 *                              {@code .byline}) that is read as one
 * @param kickerReach           a date on a line of its own this close above the headline is its dateline (a kicker
 *                              date)
 * @param dateLineLetters       the most letters a date's own line holds besides the date: a weekday
 *                              ("Donnerstag"), "Uhr", a short label
 * @param otherThingRepeat      a date this close after another thing's date ("Founded …") repeats it and is skipped
 * @param scanOverhang          characters scanned past the last place a date may start, so that a date written
 *                              across it is read whole
 * @param strictGap             away from the headline, a label must end at most this close before its date
 * @param otherReach            how far before a date words that give it to another thing ("Joined", "Born") count
 * @param markupLabelReach      how much of the text before a marked-up date is read for an update label
 * @param selfLinkMaxDateText   the longest text of an element in a link to the page itself that is read for a
 *                              visible date (a date inside a linked title names what the page is about)
 * @param windowBeforeYear      the most a written date extends before its year ("16th de septiembre de 2022"):
 *                              the date parser reads only these windows around each year
 * @param windowAfterYear       the most a written date extends after its year (a time and a zone)
 */
public record DateWindows(int nearBefore, int nearAfter, int labelledAfter, int noHeadlineSpan, int labelReach,
                          int unlabelledBefore, int unlabelledAfter, int bylineReach, int bylineBlock,
                          int bylineReachShortBlock, int shortBlock, int dateElementMaxText, int kickerReach,
                          int dateLineLetters, int otherThingRepeat, int scanOverhang, int strictGap, int otherReach,
                          int markupLabelReach, int selfLinkMaxDateText, int windowBeforeYear, int windowAfterYear) {

    public static final DateWindows DEFAULT = new DateWindows(400, 1000, 3000, 2500, 40, 300, 600, 150, 250, 300, 80,
            120, 30, 12, 30, 80, 15, 25, 40, 40, 48, 64);
}
