package org.collate.extract.date;

/**
 * How far each kind of publication-date evidence is believed, 0–100, highest first in the default order. The
 * rules' chooser takes the most trusted publication candidate after corroboration
 * ({@link DateSettings#corroboration()}), and the learned one knows each kind by its level's name ({@link #kindOf}),
 * so every kind has a level of its own. Besides ranking evidence, three levels draw
 * lines: evidence below {@link #url()} is dropped when it contradicts the URL's year and month or lies after the
 * page's structured dates; a date meta at or below {@link #metaGeneric()} counts as generic; and evidence below
 * {@link #textLabelledFar()} does not stand alone, it needs an independent candidate on the same day. The levels
 * were chosen by hand on the dates and dates-web development sets ({@code collate eval dates}), their order first.
 *
 * @param jsonLdMain         {@code datePublished} of the page's main article in JSON-LD
 * @param metaPublished      {@code article:published_time} and the metas named for publication only
 * @param jsonLdOther        {@code datePublished} of another article-like JSON-LD object
 * @param markupPublished    an element marked {@code itemprop="datePublished"} (or a {@code <time pubdate>}) in the
 *                           page body
 * @param metaGeneric        generic date metas ({@code date}, {@code dc.date})
 * @param timeNearHeadline   a {@code <time>} element by the headline
 * @param url                a full date in the URL's path
 * @param selfLink           a date inside a link to the page itself (a permalink, the page's own entry in a listing)
 * @param textLabelled       a date the text labels as the publication date ("Published on …", "Publié le …") by the
 *                           headline
 * @param dateElement        an element by the headline whose class or id says it holds the date or the byline
 * @param textByline         the first unlabelled date right below the headline, where bylines stand (or a kicker
 *                           date on a line of its own just above it)
 * @param textLabelledFar    a labelled date further down the article; also the least trust that stands alone
 * @param script             a date-only value in the page's scripts: a local day only
 * @param timeElsewhere      a {@code <time>} element in the article but away from the headline: support only
 * @param textAfterHeadline  the first unlabelled date below the headline but further than a byline: support only
 * @param textBeforeHeadline the last unlabelled date just above the headline: support only
 */
public record DateTrust(int jsonLdMain, int metaPublished, int jsonLdOther, int markupPublished, int metaGeneric,
                        int timeNearHeadline, int url, int selfLink, int textLabelled, int dateElement,
                        int textByline, int textLabelledFar, int script, int timeElsewhere, int textAfterHeadline,
                        int textBeforeHeadline) {

    /**
     * Each kind its own level: the rules would tell two kinds of one level apart only by where they stand, and the
     * learned chooser, which knows kinds by name ({@link #kindOf}), could not tell them apart at all.
     */
    public DateTrust {
        // The components in order, as levels() gives them once the fields are set (they are not yet, here).
        int[] levels = {jsonLdMain, metaPublished, jsonLdOther, markupPublished, metaGeneric, timeNearHeadline, url,
                selfLink, textLabelled, dateElement, textByline, textLabelledFar, script, timeElsewhere,
                textAfterHeadline, textBeforeHeadline};
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int level : levels) {
            if (level <= PageDates.TRUST || !seen.add(level)) {
                throw new IllegalArgumentException("dates.trust: each kind of evidence needs a level of its own "
                        + "above " + PageDates.TRUST + ", and " + level + " is " + (level <= PageDates.TRUST
                        ? "not" : "given twice"));
            }
        }
    }

    /** The kinds' names: the components' own, in their order (the order of {@link #levels}). */
    private static final String[] KINDS = java.util.Arrays.stream(DateTrust.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toArray(String[]::new);

    public static final DateTrust DEFAULT = new DateTrust(100, 92, 88, 85, 80, 75, 65, 62, 60, 58, 57, 56, 50, 45,
            40, 35);

    /**
     * The name of the kind of evidence trusted at {@code level}: the component above with that value, {@code "page"}
     * for the last resort ({@link PageDates}), {@code "other"} for none. Names, not levels, are what
     * the learned chooser's features say, so that its weights keep their meaning when a level is changed apart.
     */
    String kindOf(int level) {
        int[] levels = levels();
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return KINDS[i];
            }
        }
        return level == PageDates.TRUST ? "page" : "other";
    }

    /** The levels in the order of the components (and of {@link #kindOf}'s names). */
    private int[] levels() {
        return new int[]{jsonLdMain, metaPublished, jsonLdOther, markupPublished, metaGeneric, timeNearHeadline, url,
                selfLink, textLabelled, dateElement, textByline, textLabelledFar, script, timeElsewhere,
                textAfterHeadline, textBeforeHeadline};
    }
}
