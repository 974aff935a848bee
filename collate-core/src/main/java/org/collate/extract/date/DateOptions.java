package org.collate.extract.date;

import org.collate.model.PublicationDate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The days a page could be dated by, each with the features the learned chooser weighs ({@link DateRanker}): which
 * kinds of evidence name the day and the strongest of them, how many sources agree, how the day ranks against the
 * page's other days, whether it fits the URL's month or shares a day with a modification date. Each publication
 * candidate is first put on the page's own day ({@link LocalDay}); days after tomorrow and modification dates are no
 * options. The features name kinds of evidence, never a site or a word of a page.
 */
final class DateOptions {

    private final DateTrust trust;
    private final int standsAlone;
    private final UrlDates urls;

    DateOptions(DateSettings settings, UrlDates urls) {
        this.trust = settings.trust();
        this.standsAlone = trust.textLabelledFar();
        this.urls = urls;
    }

    /** A day the page could be dated by, and the most trusted candidate naming it. */
    record Day(DateOption option, DateCandidate top) {
    }

    /**
     * @param pageDate the page's first stamped date ({@link PageDates}), asked for only when no other candidate may
     *                 be a publication date
     */
    List<Day> of(List<DateCandidate> candidates, PageView page, Supplier<Optional<DateCandidate>> pageDate) {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        YearMonth urlMonth = urls.month(page.url());
        LocalDate latestStructured = DateChooser.latestStructured(candidates, trust);
        // What may be a publication date at all is the rules' to say, as it is for the hand chooser: weak evidence
        // that contradicts the URL's month or lies after the page's structured dates, and evidence too weak to
        // stand alone that nothing else confirms, are no options; the page's first stamped date is one only when
        // nothing else is. Which option is the day is the model's to say.
        List<DateCandidate> published = new ArrayList<>();
        for (DateCandidate c : candidates) {
            if (DateChooser.admissible(c, trust, urlMonth, latestStructured, tomorrow)
                    && (c.trust() >= standsAlone || DateChooser.supported(c, candidates))) {
                published.add(c);
            }
        }
        if (published.isEmpty()) {
            pageDate.get().filter(c -> DateChooser.plausible(c, candidates, urlMonth, latestStructured, tomorrow))
                    .ifPresent(published::add);
        }
        // Each day's candidates, strongest first; days in the order the page first names them.
        Map<LocalDate, List<DateCandidate>> byDay = new LinkedHashMap<>();
        Map<DateCandidate, PublicationDate> local = new java.util.IdentityHashMap<>();
        for (DateCandidate c : published) {
            PublicationDate d = LocalDay.adjust(c, candidates, page, standsAlone).date();
            local.put(c, d);
            byDay.computeIfAbsent(d.day(), k -> new ArrayList<>()).add(c);
        }
        if (byDay.isEmpty()) {
            return List.of();
        }
        byDay.values().forEach(l -> l.sort(Comparator.comparingInt(DateCandidate::trust).reversed()));
        List<LocalDate> byStrength = new ArrayList<>(byDay.keySet());
        byStrength.sort(Comparator.comparingInt((LocalDate d) -> byDay.get(d).get(0).trust()).reversed());
        LocalDate firstDay = byDay.keySet().iterator().next();
        List<Day> out = new ArrayList<>();
        for (Map.Entry<LocalDate, List<DateCandidate>> e : byDay.entrySet()) {
            LocalDate day = e.getKey();
            DateCandidate top = e.getValue().get(0);
            Set<String> f = new TreeSet<>();
            Set<String> sources = new HashSet<>();
            for (DateCandidate c : e.getValue()) {
                f.add("kind=" + trust.kindOf(c.trust()));
                sources.add(c.date().source());
                if (!local.get(c).day().equals(c.date().day())) {
                    f.add("moved");
                }
            }
            String topKind = trust.kindOf(top.trust());
            String agree = "sources=" + Math.min(3, sources.size());
            f.add("top=" + topKind);
            f.add(agree);
            f.add("top=" + topKind + "&" + agree);
            f.add("rank=" + Math.min(2, byStrength.indexOf(day)));
            // Only what tells one day of a page from another can weigh in a choice among them: what is the same
            // for all of a page's days (their number, a URL without a date) cancels out of the softmax.
            if (urlMonth != null) {
                f.add(YearMonth.from(day).equals(urlMonth) ? "url=fits" : "url=other");
            }
            for (DateCandidate c : candidates) {
                if (c.role() == DateCandidate.Role.MODIFIED) {
                    f.add(c.date().day().equals(day) ? "modified=same"
                            : c.date().day().isBefore(day) ? "modified=earlier" : "modified=later");
                } else if (c.role() == DateCandidate.Role.LOCAL_DAY && c.date().day().equals(day)) {
                    f.add("local=same");
                }
            }
            if (day.equals(firstDay)) {
                f.add("first");
            }
            out.add(new Day(new DateOption(local.get(top), List.copyOf(f)), top));
        }
        return out;
    }
}
