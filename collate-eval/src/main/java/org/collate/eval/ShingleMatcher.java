package org.collate.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark, {@code evaluate.py}): bags of
 * word 4-gram shingles of the predicted and the true text, true/false positives and false negatives counted per
 * shingle and normalised to sum to 1 per document; precision and recall averaged over documents (precision only
 * where something was predicted or expected to be, as there), F1 of the two averages.
 *
 * <p>Words are runs of what Python's {@code \w} matches on {@code str}: letters, digits, other numeric characters and
 * underscore; combining marks split words, as they do there.
 */
public final class ShingleMatcher {

    /** Normalised counts for one document. */
    public record Counts(double tp, double fp, double fn) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }
    }

    private static final int N = 4;

    private ShingleMatcher() {
    }

    public static Counts match(String truth, String prediction) {
        Map<List<String>, Integer> t = shingles(truth);
        Map<List<String>, Integer> p = shingles(prediction);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        Map<List<String>, Integer> all = new HashMap<>(t);
        p.forEach((k, v) -> all.putIfAbsent(k, 0));
        for (List<String> key : all.keySet()) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Counts(tp / sum, fp / sum, fn / sum) : new Counts(0, 0, 0);
    }

    /** Precision and recall averaged over documents, as the benchmark does. */
    public static PrecisionRecall average(List<Counts> documents) {
        double p = 0;
        int pn = 0;
        double r = 0;
        int rn = 0;
        for (Counts c : documents) {
            if (c.tp + c.fp > 0) {
                p += c.precision();
                pn++;
            }
            if (c.tp + c.fn > 0) {
                r += c.recall();
                rn++;
            }
        }
        return new PrecisionRecall(pn == 0 ? 0 : p / pn, rn == 0 ? 0 : r / rn);
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> words = words(text);
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
            List<String> shingle = words.subList(i, Math.min(words.size(), i + N));
            if (!shingle.isEmpty()) {
                out.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return out;
    }
}
