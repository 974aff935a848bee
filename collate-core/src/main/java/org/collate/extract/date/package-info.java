/**
 * Publication dates.
 *
 * <p>{@link org.collate.extract.date.DateParser} reads a date written in any common form (ISO-8601, RFC 1123,
 * year-first and East Asian forms, month names in some thirty languages from {@code MonthNames}, numeric dates in
 * the page's {@link org.collate.extract.date.NumericOrder}), keeping the day the text states.
 *
 * <p>{@link org.collate.extract.date.PublicationDateExtractor} finds an HTML page's publication date from
 * candidates that one class per kind of evidence reports, each with a role (published, modified, local day) and a
 * trust level: {@code JsonLdDates}, {@code MetaDates}, {@code MarkupDates} ({@code itemprop}, microformats,
 * {@code <time>}), {@code UrlDates}, {@code SelfLinkDates} (a date in a link to the page itself), {@code TextDates}
 * (labelled dates, date and byline elements, the line under the headline) and {@code ScriptDates} (local days and
 * time zones in the page's scripts). {@code PageView} tells them where the headline is and which parts of the
 * page are not the article (comments, related items, navigation, mastheads); {@code DateOptions} turns the
 * candidates that may be publication dates into the days they name, each described by generic features, and
 * {@link org.collate.extract.date.DateRanker}, a model learned from labelled pages ({@code collate train dates}),
 * picks one (or, with {@code learnedChooser} off, {@code DateChooser}'s hand order takes the best-supported
 * candidate); either abstains when only weak, unconfirmed evidence is left; {@code LocalDay} puts a UTC timestamp on
 * the page's own day. The trust levels, windows and thresholds they use are one record,
 * {@link org.collate.extract.date.DateSettings}, given to the extractor (the defaults without one) and read from
 * the settings file's {@code extraction.dates} group.
 *
 * <p>{@code DateEvaluator} (collate-eval) scores all of it on labelled pages ({@code collate eval dates}), and
 * {@code DateFolds} deals them into seeded folds, so that rules decided on some folds are scored on another;
 * {@code DateChooserTraining} learns the chooser and cross-validates it ({@code collate train dates --folds 5}).
 */
package org.collate.extract.date;
