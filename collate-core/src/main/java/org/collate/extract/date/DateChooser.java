package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides a page's publication day from the evidence, or abstains:
 * <ol>
 *   <li>Modification dates are never chosen, nor dates after tomorrow. Weak evidence (below a URL date in trust) is dropped when it falls
 *       outside the year and month the URL's path names, or lies more than a day after the page's latest
 *       structured date (a date in the future of the page is an event, not the publication).</li>
 *   <li>The most trusted publication candidate wins; among equals, the first on the page.</li>
 *   <li>A candidate too weak to stand alone (an unlabelled date by the headline, a {@code <time>} away from it) is
 *       taken only when another, independent piece of evidence names the same day; otherwise the chooser
 *       abstains, since a wrong date is worse than none.</li>
 *   <li>The day is then put in the page's own time zone by {@link LocalDay}.</li>
 * </ol>
 */
final class DateChooser {

    /** Evidence below this trust needs an independent candidate on the same day. */
    static final int STANDS_ALONE = DateCandidate.Trust.TEXT_LABELLED_FAR;

    /** The choice, and every candidate considered, for reports. */
    record Decision(Optional<PublicationDate> date, DateCandidate chosen, List<DateCandidate> candidates,
                    String note) {
    }

    Decision choose(List<DateCandidate> candidates, PageView page) {
        YearMonth urlMonth = UrlDates.month(page.url());
        LocalDate latestStructured = candidates.stream()
                .filter(c -> c.trust() >= DateCandidate.Trust.URL && c.role() != DateCandidate.Role.LOCAL_DAY)
                .map(c -> c.date().day()).max(Comparator.naturalOrder()).orElse(null);
        List<DateCandidate> published = new ArrayList<>();
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        for (DateCandidate c : candidates) {
            if (c.role() != DateCandidate.Role.PUBLISHED || c.date().day().isAfter(tomorrow)) {
                continue;
            }
            if (c.trust() < DateCandidate.Trust.URL) {
                LocalDate day = c.date().day();
                if (urlMonth != null && !YearMonth.from(day).equals(urlMonth)) {
                    continue;
                }
                if (latestStructured != null && day.isAfter(latestStructured.plusDays(1))) {
                    continue;
                }
            }
            published.add(c);
        }
        published.sort(Comparator.comparingInt(DateCandidate::trust).reversed());
        for (DateCandidate best : published) {
            if (best.trust() >= STANDS_ALONE || supported(best, candidates)) {
                LocalDay.Result local = LocalDay.adjust(best, candidates, page);
                return new Decision(Optional.of(local.date()), best, candidates, local.note());
            }
        }
        return new Decision(Optional.empty(), null, candidates,
                published.isEmpty() ? "no publication evidence" : "only weak, unconfirmed evidence");
    }

    /** Whether a candidate of another kind names the same day as {@code weak}. */
    private static boolean supported(DateCandidate weak, List<DateCandidate> all) {
        for (DateCandidate c : all) {
            if (c != weak && c.role() != DateCandidate.Role.MODIFIED && c.date().day().equals(weak.date().day())
                    && !c.date().source().equals(weak.date().source())) {
                return true;
            }
        }
        return false;
    }
}
