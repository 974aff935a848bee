package org.collate.eval.date;

import org.collate.learn.ChoiceWeights;
import org.collate.eval.Folds;
import org.collate.eval.learn.ChoiceModelFitter;
import org.collate.extract.date.DateOption;
import org.collate.extract.date.DateRanker;
import org.collate.extract.date.DateSettings;
import org.collate.extract.date.PublicationDateExtractor;
import org.collate.model.PublicationDate;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Learns the publication-date chooser ({@link DateRanker}) from labelled pages, and
 * estimates by cross-validation what it does on pages it was not trained on: each page's options
 * ({@link PublicationDateExtractor#options}), the one whose day is the gold day marked right.
 */
public final class DateChooserTraining {

    private DateChooserTraining() {
    }

    /**
     * A page of a set: its options, its gold day (null: the page has none) and the day the hand rules give it (null:
     * none), for comparison.
     */
    public record Page(String set, String url, List<DateOption> options, LocalDate gold, LocalDate rules) {

        /** Which options are right: those on the gold day. */
        boolean[] right() {
            boolean[] r = new boolean[options.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = options.get(i).date().day().equals(gold);
            }
            return r;
        }
    }

    /** Reads a set's pages ({@code gold.json} and {@code html/}, as {@code eval dates} does). */
    public static List<Page> pages(Path dir, String set) throws IOException {
        // The hand rules' extractor: its options are the learned chooser's (they do not depend on the model, which is
        // not read, so that a model can be trained where none is shipped yet), and its own choice is the comparison.
        PublicationDateExtractor rules = new PublicationDateExtractor(
                DateSettings.DEFAULT.withLearnedChooser(false));
        List<Page> out = new ArrayList<>();
        for (DateEvaluator.GoldPage g : DateEvaluator.goldPages(dir)) {
            org.jsoup.nodes.Document doc = g.parse();
            out.add(doc == null ? new Page(set, g.url(), List.of(), g.day(), null)
                    : new Page(set, g.url(), rules.options(doc, g.url()), g.day(),
                    rules.extract(doc, g.url()).map(PublicationDate::day).orElse(null)));
        }
        return out;
    }

    /** The weights learned from {@code pages}. */
    public static Map<String, Double> fit(List<Page> pages) {
        List<ChoiceModelFitter.Example> examples = new ArrayList<>();
        for (Page p : pages) {
            boolean[] right = p.right();
            boolean any = false;
            for (boolean r : right) {
                any |= r;
            }
            if (!any) {
                continue; // no option is the gold day (or the page has none): nothing to learn about the choice
            }
            examples.add(new ChoiceModelFitter.Example(p.options().stream().map(DateOption::features).toList(),
                    right));
        }
        return ChoiceModelFitter.fit(examples, ChoiceModelFitter.Settings.DEFAULT);
    }

    /**
     * The model learned from {@code pages}, its threshold set for {@code coverage} of the pages among them that offer
     * a day.
     */
    public static DateRanker train(List<Page> pages, double coverage) {
        Map<String, Double> w = fit(pages);
        return DateRanker.of(w, threshold(w, pages, coverage));
    }

    /**
     * The highest threshold at which the chooser still dates at least {@code coverage} of the pages that offer a day
     * (pages whose best day is as probable as the last one needed are all dated); 0 at a coverage of 1, where it
     * dates every page that offers a day.
     */
    public static double threshold(Map<String, Double> w, List<Page> pages, double coverage) {
        DateRanker model = DateRanker.of(w, 0);
        List<Double> p = new ArrayList<>();
        for (Page page : pages) {
            ChoiceWeights.Choice c = model.best(page.options());
            if (c.index() >= 0) {
                p.add(c.probability());
            }
        }
        p.sort(java.util.Comparator.reverseOrder());
        int needed = (int) Math.ceil(p.size() * coverage - 1e-9);
        return needed >= p.size() || needed == 0 ? 0 : p.get(needed - 1);
    }

    /** One page's cross-validated outcome: the day given (null: abstained) and the gold. */
    public record Outcome(Page page, LocalDate given) {
    }

    /**
     * Deals each set's pages into {@code k} folds with {@code seed}, and dates each fold's pages with a chooser
     * trained, and its threshold set for {@code coverage} ({@link #threshold}), on the other folds of every set.
     */
    public static List<Outcome> crossValidate(List<List<Page>> sets, int k, long seed, double coverage) {
        List<int[]> folds = new ArrayList<>();
        for (List<Page> set : sets) {
            folds.add(Folds.deal(set.size(), k, seed));
        }
        List<Outcome> out = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Page> train = new ArrayList<>();
            for (int s = 0; s < sets.size(); s++) {
                for (int i = 0; i < sets.get(s).size(); i++) {
                    if (folds.get(s)[i] != f) {
                        train.add(sets.get(s).get(i));
                    }
                }
            }
            DateRanker model = train(train, coverage);
            for (int s = 0; s < sets.size(); s++) {
                for (int i = 0; i < sets.get(s).size(); i++) {
                    if (folds.get(s)[i] == f) {
                        Page p = sets.get(s).get(i);
                        int c = model.choose(p.options());
                        out.add(new Outcome(p, c >= 0 ? p.options().get(c).date().day() : null));
                    }
                }
            }
        }
        return out;
    }
}
