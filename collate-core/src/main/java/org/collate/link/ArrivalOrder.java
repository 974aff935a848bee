package org.collate.link;

import org.collate.model.AnalyzedArticle;
import org.collate.model.PublicationDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which articles reach the streaming {@link StoryClusterer}: by publication day as extraction found
 * it, undated articles first, input order among equals. Every caller that streams articles into a clusterer (a
 * run, the clustering evaluation, the benchmarks) sorts with this one function, so a figure measured on a set is
 * the figure of the order a user's run takes.
 *
 * <p>Undated articles come first because a story they start can still be joined by dated reports, whereas a dated
 * story is closed to undated ones (see {@link StoryClusterer}); the day, not the time of day, decides, because
 * many sources give no time and a time-of-day order would put those arbitrarily before or after the rest.
 */
public final class ArrivalOrder {

    /** Undated first, then by publication day; a stable sort keeps the input order among equals. */
    public static final Comparator<AnalyzedArticle> COMPARATOR = Comparator.comparing(
            (AnalyzedArticle a) -> day(a.article().published()), Comparator.nullsFirst(Comparator.naturalOrder()));

    private ArrivalOrder() {
    }

    /** A new list of the articles in arrival order. */
    public static List<AnalyzedArticle> sort(Collection<AnalyzedArticle> articles) {
        List<AnalyzedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(COMPARATOR);
        return ordered;
    }

    private static LocalDate day(PublicationDate published) {
        return published == null ? null : published.day();
    }
}
