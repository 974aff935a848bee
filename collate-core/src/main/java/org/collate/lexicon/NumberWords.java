package org.collate.lexicon;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English numbers written as words: the cardinals below a hundred ("one" … "ninety-nine"), the multipliers
 * ("hundred", "million", "dozen") and the vague amounts ("dozens", "thousands") with the range each can mean. The one
 * list the number extractor, the temporal extractor and the reconciler's word comparisons read.
 *
 * <p>"zero" is left out: in news copy it is mostly part of an idiom ("zero-sum", "zero tolerance"), not a count.
 */
public final class NumberWords {

    /** A range of values a vague amount can mean, both ends included. */
    public record Range(double low, double high) {
    }

    /**
     * The cardinals one to ninety-nine as English writes them, from ICU's spell-out rules (CLDR data) rather than a
     * hand-typed list: "one" … "nineteen", the tens, and the compounds ("twenty-four").
     */
    private static final Map<String, Integer> CARDINALS = new LinkedHashMap<>();
    /** The one-word cardinals (units and tens), for the pattern that finds them in running text. */
    private static final List<String> SIMPLE = new ArrayList<>();
    private static final List<String> UNIT_WORDS = new ArrayList<>();
    private static final List<String> TEN_WORDS = new ArrayList<>();

    static {
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        for (int i = 1; i < 100; i++) {
            String word = spellout.format(i);
            CARDINALS.put(word, i);
            if (!word.contains("-")) {
                SIMPLE.add(word);
                (i < 20 ? UNIT_WORDS : TEN_WORDS).add(word);
            }
        }
    }

    /** Words that multiply the number before them ("two hundred", "1.2 million"); "dozen" counts twelve. */
    private static final Map<String, Double> MULTIPLIERS = Map.of("hundred", 100.0, "thousand", 1e3,
            "million", 1e6, "billion", 1e9, "trillion", 1e12, "dozen", 12.0);

    /**
     * Abbreviated and regional multipliers after digits: "$5bn", "3m", "10k", the agencies' "5.2 mln" and "1.3 bln",
     * and South Asian English's "lakh" (100,000) and "crore" (ten million).
     */
    private static final Map<String, Double> ABBREVIATED_MULTIPLIERS = Map.of("bn", 1e9, "m", 1e6, "k", 1e3,
            "mn", 1e6, "mln", 1e6, "bln", 1e9, "tn", 1e12, "lakh", 1e5, "crore", 1e7);

    /**
     * Vague amounts: the least value each can mean ("dozens" is two dozen or more) up to where the next word would
     * be used instead ("hundreds" from 200).
     */
    private static final Map<String, Range> VAGUE = Map.of(
            "tens", new Range(20, 99), "dozens", new Range(24, 199), "scores", new Range(40, 199),
            "hundreds", new Range(200, 1999), "thousands", new Range(2000, 1_999_999),
            "millions", new Range(2e6, 2e9 - 1), "billions", new Range(2e9, 2e12));

    /** A cardinal below a hundred as written: "five", "twenty", "twenty-four", "twenty four". */
    private static final Pattern CARDINAL = Pattern.compile("(?i)\\b(?:(" + String.join("|", TEN_WORDS) + ")[- ]("
            + String.join("|", UNIT_WORDS.subList(0, 9)) + ")|(" + String.join("|", SIMPLE) + "))\\b");

    /** Feet and miles right after a number ("200ft", "85 miles"). */
    private static final Pattern IMPERIAL = Pattern.compile("(?i)\\s?(feet|foot|ft|miles|mile|mi)\\b");

    /** A written number: digits with thousands separators or a decimal part, and the scale word after it. */
    private static final Pattern WRITTEN = Pattern.compile("(?i)(\\d{1,3}(?:[,\\u00A0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)"
            + "(?:\\s?(thousand|million|billion|trillion|hundred|bn|mln|mn|bln|tn|lakh|crore|k|m)\\b)?");

    private NumberWords() {
    }

    /**
     * The value of a cardinal below a hundred, in any case, one word or joined by a hyphen ("seven" → 7,
     * "Twenty-four" → 24), or -1.
     */
    public static int cardinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer v = CARDINALS.get(w);
        if (v != null) {
            return v;
        }
        int hyphen = w.indexOf('-');
        if (hyphen > 0) {
            return combine(cardinal(w.substring(0, hyphen)), cardinal(w.substring(hyphen + 1)));
        }
        return -1;
    }

    /** Tens and a unit written apart make one number ("twenty" "four" → 24), or -1 when they do not. */
    public static int combine(int tens, int unit) {
        return tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9 ? tens + unit : -1;
    }

    /** The cardinal words one to ninety, one word each, smallest first. */
    public static Set<String> cardinals() {
        return new java.util.LinkedHashSet<>(SIMPLE);
    }

    /**
     * Every number a text states, as values: digits in any grouping ("8400", "8,400", "115 000") with their scale
     * word ("75 thousand" and "75,000" are both 75,000; "5.2 mln" is 5,200,000) and cardinals in words ("twenty-four"
     * is 24). For telling a different number from the same number written otherwise.
     */
    /**
     * Whether two texts give different numbers: each gives a value the other lacks (a value one leaves out, or one
     * added in brackets, is saying less or more, not otherwise), compared within half a percent, or 3% where one
     * text gives feet or miles and the other not, so that a converted unit ("200ft" / "60m") is the same value.
     */
    public static boolean differentValues(String a, String b) {
        List<Double> x = valuesIn(a);
        List<Double> y = valuesIn(b);
        // Exact but for the rounding of prose; a converted unit rounds more ("200ft" is 61 m, given as "60m").
        double tolerance = IMPERIAL.matcher(a).find() != IMPERIAL.matcher(b).find() ? 0.03 : 0.005;
        return !x.isEmpty() && !y.isEmpty() && lacking(x, y, tolerance) && lacking(y, x, tolerance);
    }

    /** Whether some value of {@code x} has no counterpart in {@code y}. */
    private static boolean lacking(List<Double> x, List<Double> y, double tolerance) {
        for (double v : x) {
            // Whole numbers under 10,000 (years, counts) are exact: 2004 is not 2014.
            boolean exact = v == Math.rint(v) && Math.abs(v) < 10_000;
            if (y.stream().noneMatch(w -> exact && w == v
                    || !exact && Math.abs(v - w) <= tolerance * Math.max(Math.abs(v), Math.abs(w)))) {
                return true;
            }
        }
        return false;
    }

    public static List<Double> valuesIn(String text) {
        String digits = toDigits(text);
        List<Double> out = new ArrayList<>();
        Matcher m = WRITTEN.matcher(digits);
        while (m.find()) {
            String number = m.group(1);
            double value;
            if (number.matches("\\d{1,3}(?:[,\\u00A0 ]\\d{3})+(?:\\.\\d+)?")) {
                value = Double.parseDouble(number.replaceAll("[,\\u00A0 ]", ""));
            } else {
                // "5,2" is a decimal comma only without a group of three after it (that case is matched above)
                value = Double.parseDouble(number.replace(',', '.'));
            }
            if (m.group(2) != null) {
                double scale = MULTIPLIERS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT),
                        ABBREVIATED_MULTIPLIERS.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), 1.0));
                value *= scale;
            }
            // Lengths in feet or miles are read in metres or kilometres, so that a converted figure is the same value.
            Matcher unit = IMPERIAL.matcher(digits.substring(m.end(), Math.min(digits.length(), m.end() + 8)));
            if (unit.lookingAt()) {
                value *= unit.group(1).toLowerCase(Locale.ROOT).startsWith("f") ? 0.3048 : 1.609344;
            }
            out.add(value);
        }
        return out;
    }

    /** The multiplier a word stands for ("million" → 1e6, "dozen" → 12), or 0. */
    public static double multiplier(String word) {
        return MULTIPLIERS.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
    }

    /** The multiplier a word or its abbreviation after digits stands for ("bn" → 1e9), or 0. */
    public static double scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("dozen") ? 0 : MULTIPLIERS.getOrDefault(w, ABBREVIATED_MULTIPLIERS.getOrDefault(w, 0.0));
    }

    /** The range a vague amount can mean ("dozens" → 24 to 199), or null. */
    public static Range vague(String word) {
        return VAGUE.get(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The text with every cardinal below a hundred written in words replaced by its digits ("five" → "5",
     * "twenty-four" and "twenty four" → "24"); everything else unchanged.
     */
    public static String toDigits(String text) {
        Matcher m = CARDINAL.matcher(text);
        return m.replaceAll(r -> {
            if (r.group(3) != null) {
                return Integer.toString(cardinal(r.group(3)));
            }
            return Integer.toString(combine(cardinal(r.group(1)), cardinal(r.group(2))));
        });
    }
}
