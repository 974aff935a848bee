package org.collate.extract.date;

/**
 * The publication-date extractor's tuned values ({@link PublicationDateExtractor}), chosen by hand on the dates and
 * dates-web development sets ({@code collate eval dates}, with seeded folds so that a value decided on some pages is
 * scored on others). They apply to HTML pages; a plain text's date line and the dates inside articles are read with
 * the parser's defaults.
 *
 * @param trust            how far each kind of evidence is believed
 * @param windows          how far from the headline, a label or a year the evidence is looked for
 * @param headline         how the headline is recognised by the words of the page's title
 * @param corroboration    what each other kind of evidence naming the same day adds to a candidate's trust: two
 *                         strong sources that disagree are settled by which day the rest of the page confirms
 * @param maxCorroboration the most corroboration adds, so that a weak date needs more than one ally to pass a strong
 *                         one
 * @param minYear          dates before this year are not publication dates of news on the web and are not read
 * @param learnedChooser   whether the learned model picks the day among the evidence ({@link DateRanker}, the
 *                         default), or the hand rules ({@link DateChooser}); the trust levels order the evidence
 *                         for the rules and, besides, draw the lines of what may be a publication date at all for
 *                         both (the model tells kinds of evidence apart by their names, {@link DateTrust#kindOf})
 */
public record DateSettings(DateTrust trust, DateWindows windows, HeadlineMatch headline, int corroboration,
                           int maxCorroboration, int minYear, boolean learnedChooser) {

    public static final DateSettings DEFAULT = new DateSettings(DateTrust.DEFAULT, DateWindows.DEFAULT,
            HeadlineMatch.DEFAULT, 10, 15, 1995, true);

    public DateSettings {
        if (trust == null || windows == null || headline == null) {
            throw new IllegalArgumentException("dates: trust, windows and headline are required");
        }
    }

    public DateSettings withTrust(DateTrust t) {
        return new DateSettings(t, windows, headline, corroboration, maxCorroboration, minYear, learnedChooser);
    }

    public DateSettings withWindows(DateWindows w) {
        return new DateSettings(trust, w, headline, corroboration, maxCorroboration, minYear, learnedChooser);
    }

    public DateSettings withLearnedChooser(boolean learned) {
        return new DateSettings(trust, windows, headline, corroboration, maxCorroboration, minYear, learned);
    }
}
