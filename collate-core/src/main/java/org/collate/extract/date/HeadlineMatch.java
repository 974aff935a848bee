package org.collate.extract.date;

/**
 * How the article's headline, the anchor that byline dates sit next to, is recognised among the page's headings by
 * the words it shares with the declared title (Dice coefficient of their word sets). Chosen by hand on the dates and
 * dates-web development sets ({@code collate eval dates}).
 *
 * @param minH2Similarity how closely an {@code <h2>}'s words must match the title to be the headline (pages that
 *                        keep {@code <h1>} for the site's name)
 * @param primaryBonus    what an {@code <h1>} or {@code itemprop="headline"} adds to its match, so that it outranks
 *                        an {@code <h2>} matching the title a little better
 * @param titleRepeated   how closely a heading must match the title to be taken for it wherever it stands
 * @param minTitleWords   a title of fewer words ("Home", "News") says too little to recognise the article's heading
 *                        by
 */
public record HeadlineMatch(double minH2Similarity, double primaryBonus, double titleRepeated, int minTitleWords) {

    public static final HeadlineMatch DEFAULT = new HeadlineMatch(0.6, 0.1, 0.8, 3);
}
