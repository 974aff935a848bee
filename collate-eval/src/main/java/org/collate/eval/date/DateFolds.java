package org.collate.eval.date;

import org.collate.eval.Folds;

import java.util.Arrays;
import java.util.List;

/**
 * Splits a date benchmark's pages into k folds, the same way for the same seed, and scores each fold. The folds
 * give the honest figures of a rule set: rules are decided while reading the errors of the training folds only
 * ({@code collate eval dates --folds 5 --seed 1 --hold-out 0} lists those), and the held-out fold, whose pages were
 * never read, estimates what the rules do on pages they have not seen.
 *
 * @param k    the number of folds
 * @param fold each page's fold, in the report's page order
 */
public record DateFolds(int k, List<Integer> fold) {

    /** Accuracy and coverage over the pages of one fold (or of several). */
    public record Score(int pages, long dated, long correct) {
        public double accuracy() {
            return dated == 0 ? 1.0 : (double) correct / dated;
        }

        public double coverage() {
            return pages == 0 ? 0.0 : (double) dated / pages;
        }
    }

    /** Deals the report's pages into {@code k} folds after shuffling them with {@code seed}. */
    public static DateFolds of(DateEvaluator.Report report, int k, long seed) {
        return new DateFolds(k, Arrays.stream(Folds.deal(report.pages().size(), k, seed)).boxed().toList());
    }

    /** The score over the pages in fold {@code f} ({@code inFold}) or over every other fold ({@code !inFold}). */
    public Score score(DateEvaluator.Report report, int f, boolean inFold) {
        int pages = 0;
        long dated = 0;
        long correct = 0;
        for (int i = 0; i < report.pages().size(); i++) {
            if ((fold.get(i) == f) != inFold) {
                continue;
            }
            DateEvaluator.PageResult p = report.pages().get(i);
            pages++;
            if (p.predicted() != null) {
                dated++;
                if (p.outcome() == DateEvaluator.Outcome.CORRECT) {
                    correct++;
                }
            }
        }
        return new Score(pages, dated, correct);
    }
}
