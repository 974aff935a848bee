package org.collate.extract.date;

import org.collate.learn.ChoiceWeights;
import org.collate.model.PublicationDate;
import org.jsoup.nodes.Document;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds an HTML page's publication date. Every evidence source reports candidates with a role (published,
 * modified, local day) and a trust level; the learned chooser ({@link DateRanker}, over the days the candidates name:
 * {@link DateOptions}) picks one or abstains, or, with {@link DateSettings#learnedChooser()} off, the hand rules
 * ({@link DateChooser}) do. The sources, most trusted first:
 * <ol>
 *   <li>{@link JsonLdDates}: {@code datePublished} of the main article in JSON-LD;</li>
 *   <li>{@link MetaDates}: {@code article:published_time} and other publication metas;</li>
 *   <li>{@link MarkupDates}: {@code itemprop="datePublished"} and {@code <time>} elements by the headline;</li>
 *   <li>{@link UrlDates}: a date in the URL's path;</li>
 *   <li>{@link SelfLinkDates}: a date inside a link to the page itself (a permalink);</li>
 *   <li>{@link TextDates}: labelled dates ("Published on …") and date elements by the headline, then the first
 *       unlabelled date by the headline when something else confirms it;</li>
 *   <li>{@link PageDates}, only when nothing above dates the page: the first date it stamps on a line of its own.</li>
 * </ol>
 * {@link ScriptDates} adds what the page's scripts say of its local day and time zone, which {@link LocalDay} uses to
 * put a UTC timestamp on the page's own day. Modification dates are never taken for publication dates; dates in comments, related articles, sidebars and
 * footers are not read; the day is the one the page states in its own zone. How far each kind of evidence is
 * trusted and how far from the headline it is looked for are {@link DateSettings}. Thread-safe.
 */
public final class PublicationDateExtractor {

    private final HeadlineFinder headlines;
    private final DateParser parser;
    private final JsonLdDates jsonLd;
    private final MetaDates metas;
    private final MarkupDates markup;
    private final UrlDates urls;
    private final TextDates text;
    private final SelfLinkDates selfLinks;
    private final ScriptDates scripts;
    private final PageDates pageDates;
    private final DateChooser chooser;
    private final DateOptions options;
    /** The learned chooser ({@link DateRanker#shipped()}), or null when the rules pick the day. */
    private final DateRanker ranker;

    /** An extractor with the default settings ({@link DateSettings#DEFAULT}). */
    public PublicationDateExtractor() {
        this(DateSettings.DEFAULT);
    }

    /** An extractor whose trust levels, windows and thresholds are {@code settings}'. */
    public PublicationDateExtractor(DateSettings settings) {
        DateLabels labels = new DateLabels(settings.windows());
        this.headlines = new HeadlineFinder(settings.headline());
        this.parser = new DateParser(settings);
        this.jsonLd = new JsonLdDates(settings.trust());
        this.metas = new MetaDates(settings.trust());
        this.markup = new MarkupDates(settings, labels);
        this.urls = new UrlDates(settings);
        this.text = new TextDates(settings, labels);
        this.selfLinks = new SelfLinkDates(settings, labels);
        this.scripts = new ScriptDates(settings.trust());
        this.pageDates = new PageDates(labels);
        this.chooser = new DateChooser(settings, urls);
        this.options = new DateOptions(settings, urls);
        this.ranker = settings.learnedChooser() ? DateRanker.shipped() : null; // a missing model fails here, at once
    }

    /** Finds the publication date of {@code doc} (whose URL is {@code url}, may be null). */
    public Optional<PublicationDate> extract(Document doc, String url) {
        return decide(doc, url, null).date();
    }

    /**
     * Finds the publication date of {@code doc}, also reading relative dates by the headline ("2 hours ago",
     * "ayer") against {@code seenAt}, when the page was retrieved, in the publisher's local time (null: unknown).
     */
    public Optional<PublicationDate> extract(Document doc, String url, LocalDateTime seenAt) {
        return decide(doc, url, seenAt).date();
    }

    /** The decision with every candidate considered, for evaluation reports. */
    DateChooser.Decision decide(Document doc, String url, LocalDateTime seenAt) {
        PageView page = new PageView(doc, url, seenAt, headlines, parser);
        List<DateCandidate> candidates = candidates(page, url);
        if (ranker == null) {
            return chooser.choose(candidates, page, () -> pageDates.find(page));
        }
        List<DateCandidate> all = new ArrayList<>(candidates);
        List<DateOptions.Day> days = options.of(candidates, page, () -> {
            Optional<DateCandidate> stamped = pageDates.find(page);
            stamped.ifPresent(all::add);
            return stamped;
        });
        ChoiceWeights.Choice best = ranker.best(days.stream().map(DateOptions.Day::option).toList());
        if (best.index() < 0) {
            return new DateChooser.Decision(Optional.empty(), null, all, "no publication evidence");
        }
        String p = String.format(Locale.ROOT, "learned chooser: p=%.2f over %d days", best.probability(),
                days.size());
        if (!ranker.dates(best)) {
            return new DateChooser.Decision(Optional.empty(), null, all, p + ", below its threshold");
        }
        DateOptions.Day day = days.get(best.index());
        return new DateChooser.Decision(Optional.of(day.option().date()), day.top(), all, p);
    }

    /**
     * The days {@code doc} could be dated by, each with the features the learned chooser weighs, for training and
     * scoring it ({@code collate train dates}).
     */
    public List<DateOption> options(Document doc, String url) {
        PageView page = new PageView(doc, url, null, headlines, parser);
        return options.of(candidates(page, url), page, () -> pageDates.find(page)).stream()
                .map(DateOptions.Day::option).toList();
    }

    private List<DateCandidate> candidates(PageView page, String url) {
        List<DateCandidate> candidates = new ArrayList<>();
        candidates.addAll(jsonLd.find(page));
        candidates.addAll(metas.find(page));
        candidates.addAll(markup.find(page));
        urls.find(url).ifPresent(candidates::add);
        selfLinks.find(page).ifPresent(candidates::add);
        candidates.addAll(text.find(page));
        candidates.addAll(scripts.find(page));
        return candidates;
    }

    /** A multi-line account of the decision on {@code doc}: every candidate, the choice and why. */
    public String explain(Document doc, String url) {
        DateChooser.Decision d = decide(doc, url, null);
        StringBuilder b = new StringBuilder();
        for (DateCandidate c : d.candidates()) {
            b.append(c == d.chosen() ? "  * " : "    ").append(c.date().iso()).append(' ').append(c.role())
                    .append(' ').append(c.trust()).append(' ').append(c.evidence()).append('\n');
        }
        b.append("    => ").append(d.date().map(PublicationDate::iso).orElse("none"));
        if (d.note() != null) {
            b.append(" (").append(d.note()).append(')');
        }
        return b.append('\n').toString();
    }
}
