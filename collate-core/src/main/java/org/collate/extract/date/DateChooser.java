package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Decides a page's publication day from the evidence, or abstains:
 * <ol>
 *   <li>Modification dates are never chosen, nor dates after tomorrow. Weak evidence (below a URL date in trust)
 *       is dropped when it falls outside the year and month the URL's path names, or lies more than a day after
 *       the page's latest structured date (a date in the future of the page is an event, not the
 *       publication).</li>
 *   <li>The most trusted publication candidate wins, counting what other kinds of evidence on the same day add
 *       ({@link #corroboration}); among equals, the first on the page. A generic date meta that nothing confirms
 *       ranks below a date the page shows by its headline on another day.</li>
 *   <li>A candidate too weak to stand alone (an unlabelled date by the headline, a {@code <time>} away from it) is
 *       taken only when another, independent piece of evidence names the same day; otherwise the chooser
 *       abstains, since a wrong date is worse than none; unless the page stamps a date on a line of its own and
 *       nothing else dates it ({@link PageDates}), a last resort that passes the tests weak evidence passes.</li>
 *   <li>The day is then put in the page's own time zone by {@link LocalDay}.</li>
 * </ol>
 */
final class DateChooser {

    private final DateTrust trust;
    /** Evidence below this trust needs an independent candidate on the same day: a labelled date far down. */
    private final int standsAlone;
    /** What each other kind of evidence on the same day adds to a candidate's trust, and the most it adds. */
    private final int corroboration;
    private final int maxCorroboration;
    private final UrlDates urls;

    DateChooser(DateSettings settings, UrlDates urls) {
        this.trust = settings.trust();
        this.standsAlone = trust.textLabelledFar();
        this.corroboration = settings.corroboration();
        this.maxCorroboration = settings.maxCorroboration();
        this.urls = urls;
    }

    /** The choice, and every candidate considered, for reports. */
    record Decision(Optional<PublicationDate> date, DateCandidate chosen, List<DateCandidate> candidates,
                    String note) {
    }

    /**
     * @param pageDate the page's first written date ({@link PageDates}), asked for only when nothing else dates the
     *                 page
     */
    Decision choose(List<DateCandidate> candidates, PageView page, Supplier<Optional<DateCandidate>> pageDate) {
        YearMonth urlMonth = urls.month(page.url());
        LocalDate latestStructured = latestStructured(candidates, trust);
        List<DateCandidate> published = new ArrayList<>();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        for (DateCandidate c : candidates) {
            if (admissible(c, trust, urlMonth, latestStructured, tomorrow)) {
                published.add(c);
            }
        }
        Map<DateCandidate, Integer> score = new IdentityHashMap<>();
        for (DateCandidate c : published) {
            int bonus = corroboration(c, published);
            score.put(c, bonus == 0 && isGenericMeta(c) && shownOtherwise(c, published) ? standsAlone - 1
                    : c.trust() + bonus);
        }
        published.sort(Comparator.comparingInt((DateCandidate c) -> score.get(c)).reversed());
        for (DateCandidate best : published) {
            if (score.get(best) >= standsAlone || supported(best, candidates)) {
                LocalDay.Result local = LocalDay.adjust(best, candidates, page, standsAlone);
                return new Decision(Optional.of(local.date()), best, candidates, local.note());
            }
        }
        Optional<DateCandidate> fallback = pageDate.get().filter(c -> plausible(c, candidates, urlMonth,
                latestStructured, tomorrow));
        if (fallback.isPresent()) {
            List<DateCandidate> all = new ArrayList<>(candidates);
            all.add(fallback.get());
            return new Decision(Optional.of(fallback.get().date()), fallback.get(), all,
                    published.isEmpty() ? "nothing else dates the page" : "only weak, unconfirmed evidence besides");
        }
        return new Decision(Optional.empty(), null, candidates,
                published.isEmpty() ? "no publication evidence" : "only weak, unconfirmed evidence");
    }

    /**
     * Whether a candidate may be the publication date at all, for either chooser: a publication date, not after
     * tomorrow, and, when weaker than a URL date, fitting the page ({@link #fitsPage}).
     */
    static boolean admissible(DateCandidate c, DateTrust trust, YearMonth urlMonth, LocalDate latestStructured,
                              LocalDate tomorrow) {
        return c.role() == DateCandidate.Role.PUBLISHED && !c.date().day().isAfter(tomorrow)
                && (c.trust() >= trust.url() || fitsPage(c.date().day(), urlMonth, latestStructured));
    }

    /** The latest day the page's structured evidence (a URL's trust or more, not a local day) names, or null. */
    static LocalDate latestStructured(List<DateCandidate> candidates, DateTrust trust) {
        return candidates.stream()
                .filter(c -> c.trust() >= trust.url() && c.role() != DateCandidate.Role.LOCAL_DAY)
                .map(c -> c.date().day()).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Whether weak evidence's day fits the page: within the year and month its URL names, and not more than a day
     * after its latest structured date (a date in the future of the page is an event, not the publication).
     */
    private static boolean fitsPage(LocalDate day, YearMonth urlMonth, LocalDate latestStructured) {
        return (urlMonth == null || YearMonth.from(day).equals(urlMonth))
                && (latestStructured == null || !day.isAfter(latestStructured.plusDays(1)));
    }

    /**
     * Whether the last-resort date passes the tests weak evidence passes (not after tomorrow, {@link #fitsPage}) and
     * is not a day the page gives as a modification.
     */
    static boolean plausible(DateCandidate c, List<DateCandidate> candidates, YearMonth urlMonth,
                                     LocalDate latestStructured, LocalDate tomorrow) {
        LocalDate day = c.date().day();
        if (day.isAfter(tomorrow) || !fitsPage(day, urlMonth, latestStructured)) {
            return false;
        }
        for (DateCandidate other : candidates) {
            if (other.role() == DateCandidate.Role.MODIFIED && other.date().day().equals(day)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A bonus for each other kind of evidence ({@code json-ld}, {@code meta}, {@code time}, {@code url},
     * {@code text}) naming the same day, up to {@link DateSettings#maxCorroboration()}: two strong sources that
     * disagree are settled by which day the rest of the page confirms, while a weak date needs more than one ally to
     * pass a strong one.
     */
    private int corroboration(DateCandidate c, List<DateCandidate> published) {
        Set<String> kinds = new HashSet<>();
        for (DateCandidate other : published) {
            if (other.date().day().equals(c.date().day()) && !other.date().source().equals(c.date().source())) {
                kinds.add(other.date().source());
            }
        }
        return Math.min(maxCorroboration, corroboration * kinds.size());
    }

    /** A generic date meta ({@code date}, {@code dc.date}): it may record any moment of the item's life. */
    private boolean isGenericMeta(DateCandidate c) {
        return c.trust() <= trust.metaGeneric() && c.date().source().equals("meta");
    }

    /**
     * Whether the page shows another day by its headline (a byline, a date element, a labelled date): a generic
     * date meta ({@code date}, {@code dcterms.date}) that nothing confirms is then the CMS's record of some other
     * moment (the item's creation, its last save), and the visible date is the one readers are given.
     */
    private boolean shownOtherwise(DateCandidate meta, List<DateCandidate> published) {
        for (DateCandidate c : published) {
            if (c.date().source().equals("text") && c.trust() >= standsAlone
                    && !c.date().day().equals(meta.date().day())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a candidate of another kind names the same day as {@code weak}. */
    static boolean supported(DateCandidate weak, List<DateCandidate> all) {
        for (DateCandidate c : all) {
            if (c != weak && c.role() != DateCandidate.Role.MODIFIED && c.date().day().equals(weak.date().day())
                    && !c.date().source().equals(weak.date().source())) {
                return true;
            }
        }
        return false;
    }
}
