package org.collate.extract;

/**
 * The extraction stage's tuned values, for HTML pages (chosen on the extraction and readability benchmarks).
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
 */
public record ExtractSettings(int minBodyChars, int retryBelowChars, double weakCueMaxShare, double wrapperMinShare,
                              double protectedShare, int declaredMinChars, double declaredBlockMatch,
                              int declaredMinMatchedChars, double declaredCoverage) {

    public static final ExtractSettings DEFAULT = new ExtractSettings(100, 250, 0.25, 0.5, 0.4, 250, 0.5, 200, 0.85);
}
