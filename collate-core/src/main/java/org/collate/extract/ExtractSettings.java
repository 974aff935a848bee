package org.collate.extract;

import org.collate.extract.date.DateSettings;

/**
 * The extraction stage's tuned values, for HTML pages and plain text (chosen on the extraction and readability
 * benchmarks), with the publication-date extractor's and the language identifier's as groups of their own: they
 * belong to this stage, and one record per stage keeps every path that builds the stage (the pipeline, the
 * evaluators, the benchmarks) given all of them.
 *
 * @param minBodyChars            a body shorter than this is not an article (an index page, an error page, a paywall
 *                                stub)
 * @param retryBelowChars         a body shorter than this, from a page with twice as much prose, is looked for a
 *                                second time, by scoring alone
 * @param weakCueMaxShare         a weak furniture cue (byline, meta, caption, hidden, share) is believed only of an
 *                                element with less than this share of the page's prose
 * @param wrapperMinShare         an element with this share of the page's prose may be the article's wrapper
 * @param protectedShare          elements holding at least this share of the body's prose are never cut
 * @param declaredMinChars        declared (JSON-LD) bodies shorter than this are teasers, too short to locate with
 * @param declaredBlockMatch      a block matches the declared body when this share of its word 4-grams occur in it
 * @param declaredMinMatchedChars less text matching the declared body than this on the page locates nothing
 * @param declaredCoverage        share of the matching text the declared body's element must hold
 * @param proseMinChars           an HTML block of at least this many characters with few links reads as prose
 *                                rather than a label or a link
 * @param proseMaxLinkDensity     the most share of a block of prose in links
 * @param minScoredChars          HTML blocks shorter than this give no points when the body is located by score
 * @param minTwinBlocks           a copy of the body laid out twice (for two screen sizes) has at least this many
 *                                blocks
 * @param ancestorLevels          how many ancestors above a block's container share its points
 * @param wrapFill                lines of a hard-wrapped plain text fill at least this share of the wrap width
 * @param maxHeaderUnits          the header of a plain text (date line, title, bylines) is at most this many units:
 *                                a story does not start later than that
 * @param headlineListMinRun      a trailing list of other stories' headlines under a plain text has at least this
 *                                many headline-shaped units
 * @param headlineListMaxOverlap  share of such a run's content words found in the story above it, at or below which
 *                                the run is unrelated (a story's own list of points shares its vocabulary)
 * @param dates                   the publication-date extractor's trust levels, windows and thresholds
 * @param language                the language identifier's thresholds
 */
public record ExtractSettings(int minBodyChars, int retryBelowChars, double weakCueMaxShare, double wrapperMinShare,
                              double protectedShare, int declaredMinChars, double declaredBlockMatch,
                              int declaredMinMatchedChars, double declaredCoverage, int proseMinChars,
                              double proseMaxLinkDensity, int minScoredChars,
                              int minTwinBlocks, int ancestorLevels, double wrapFill, int maxHeaderUnits,
                              int headlineListMinRun, double headlineListMaxOverlap, DateSettings dates,
                              LanguageSettings language) {

    public static final ExtractSettings DEFAULT = new ExtractSettings(100, 250, 0.25, 0.5, 0.4, 250, 0.5, 200, 0.85,
            80, 0.3, 25, 3, 5, 0.7, 8, 3, 0.35, DateSettings.DEFAULT, LanguageSettings.DEFAULT);

    public ExtractSettings {
        if (dates == null || language == null) {
            throw new IllegalArgumentException("extraction: the dates and language groups are required");
        }
    }

    public ExtractSettings withDates(DateSettings d) {
        return new ExtractSettings(minBodyChars, retryBelowChars, weakCueMaxShare, wrapperMinShare, protectedShare,
                declaredMinChars, declaredBlockMatch, declaredMinMatchedChars, declaredCoverage, proseMinChars,
                proseMaxLinkDensity, minScoredChars, minTwinBlocks, ancestorLevels, wrapFill, maxHeaderUnits,
                headlineListMinRun, headlineListMaxOverlap, d, language);
    }

    public ExtractSettings withLanguage(LanguageSettings l) {
        return new ExtractSettings(minBodyChars, retryBelowChars, weakCueMaxShare, wrapperMinShare, protectedShare,
                declaredMinChars, declaredBlockMatch, declaredMinMatchedChars, declaredCoverage, proseMinChars,
                proseMaxLinkDensity, minScoredChars, minTwinBlocks, ancestorLevels, wrapFill, maxHeaderUnits,
                headlineListMinRun, headlineListMaxOverlap, dates, l);
    }
}
