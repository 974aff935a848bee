package org.collate.analyze.quantity;

import org.collate.lexicon.NumberWords;
import org.collate.limit.Deadline;
import org.collate.model.NumberMention;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the quantities a text states and what they count: "53 dead", "dozens injured", "thousands of troops",
 * "$1.2 billion", "40%", "four Central Asian nations". Works on tokens so offsets are exact; the counted noun is
 * the first noun after the number (past adjectives, or after "of"), or a participle such as "injured" or "dead".
 * Numbers that are parts of dates (years, days of the month, times) are left to the temporal extractor.
 */
public final class NumberExtractor {

    private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY",
            "₹", "INR", "₽", "RUB", "US$", "USD");
    private static final Map<String, String> CURRENCY_WORDS = Map.ofEntries(Map.entry("dollars", "USD"),
            Map.entry("dollar", "USD"), Map.entry("euros", "EUR"), Map.entry("euro", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("yuan", "CNY"), Map.entry("rubles", "RUB"), Map.entry("roubles", "RUB"), Map.entry("rupees", "INR"),
            Map.entry("yen", "JPY"));
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> COUNTABLE_TAGS = Set.of("NOUN", "PROPN");
    // Compiled once: String.matches compiles its pattern on every call, and these run on every token.
    // "1,000th" is an ordinal with a thousands separator, as "21st" is one without.
    private static final Pattern DIGITS = Pattern.compile(
            "\\d{1,3}(,\\d{3})+(\\.\\d+)?(st|nd|rd|th)?|\\d+(\\.\\d+)?(st|nd|rd|th)?");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(,\\d{3})*(st|nd|rd|th)|\\d+(st|nd|rd|th)");
    private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(st|nd|rd|th)$");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern DAY = Pattern.compile("\\d{1,2}(st|nd|rd|th)?");
    private static final Pattern AM_PM = Pattern.compile("(?i)[ap]\\.?m\\.?");
    private static final Pattern PARTICIPLE = Pattern.compile("(?i).*(ed|en|wn)$");

    /** A number word's value: a cardinal ("seven", "twenty-four") or a multiplier ("thousand", "dozen"), or 0. */
    private static double wordValue(String word) {
        int cardinal = NumberWords.cardinal(word);
        return cardinal > 0 ? cardinal : NumberWords.multiplier(word);
    }

    /** The value of "twenty" "-" "four" written without spaces, starting at token {@code i}, or -1. */
    private static int hyphenatedCardinal(List<Token> t, int i) {
        if (i + 2 >= t.size() || !t.get(i + 1).text().equals("-")
                || t.get(i + 1).span().start() != t.get(i).span().end()
                || t.get(i + 2).span().start() != t.get(i + 1).span().end()) {
            return -1;
        }
        return NumberWords.combine(NumberWords.cardinal(t.get(i).text()), NumberWords.cardinal(t.get(i + 2).text()));
    }

    public List<NumberMention> extract(String text, List<Sentence> sentences) {
        List<NumberMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            Deadline.check();
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                int next = read(text, t, i, out);
                i = next > i ? next : i + 1;
            }
        }
        return out;
    }

    /** Reads a quantity starting at token {@code i}; returns the index after it, or {@code i} if there is none. */
    private int read(String text, List<Token> t, int i, List<NumberMention> out) {
        String w = t.get(i).text();
        String lower = w.toLowerCase(Locale.ROOT);
        int start = i;
        String unit = null;
        String kind;
        double value;
        int end;
        if (CURRENCY_SYMBOLS.containsKey(w) && i + 1 < t.size() && isDigits(t.get(i + 1).text())) {
            unit = CURRENCY_SYMBOLS.get(w);
            value = parseDigits(t.get(i + 1).text());
            end = i + 2;
            kind = "money";
        } else if (isDigits(w)) {
            if (isDatePart(t, i)) {
                return i;
            }
            value = parseDigits(w);
            end = i + 1;
            kind = ORDINAL.matcher(w).matches() ? "ordinal" : "cardinal";
        } else if (NumberWords.vague(lower) != null) {
            value = NumberWords.vague(lower).low();
            end = i + 1;
            kind = "vague";
        } else if ((lower.equals("a") || lower.equals("one")) && i + 1 < t.size()
                && t.get(i + 1).text().equalsIgnoreCase("dozen")) {
            value = 12;
            end = i + 2;
            kind = "cardinal";
        } else if (wordValue(lower) > 0 && !lower.equals("dozen") && !(lower.equals("one") && isPronounUse(t, i))) {
            value = wordValue(lower);
            end = i + 1;
            int hyphenated = hyphenatedCardinal(t, i);
            if (hyphenated > 0) { // "twenty-four": the tokenizer splits it at the hyphen
                value = hyphenated;
                end = i + 3;
            }
            while (end < t.size() && wordValue(t.get(end).text()) > 0
                    && !t.get(end).text().equalsIgnoreCase("dozen")) {
                double v = wordValue(t.get(end).text());
                value = v >= 100 ? value * v : value + v;
                end++;
            }
            kind = "cardinal";
        } else {
            return i;
        }
        if (!kind.equals("vague") && !kind.equals("ordinal") && end < t.size()) {
            String scale = t.get(end).text().toLowerCase(Locale.ROOT);
            if (NumberWords.scale(scale) > 0 && !(scale.equals("m") && unit == null)) {
                value *= NumberWords.scale(scale);
                end++;
            }
        }
        if (end < t.size()) {
            String after = t.get(end).text().toLowerCase(Locale.ROOT);
            if (after.equals("%") || after.equals("percent")) {
                kind = "percent";
                unit = "%";
                end++;
            } else if (after.equals("per") && end + 1 < t.size() && t.get(end + 1).text().equalsIgnoreCase("cent")) {
                kind = "percent";
                unit = "%";
                end += 2;
            } else if (CURRENCY_WORDS.containsKey(after)) {
                kind = "money";
                unit = CURRENCY_WORDS.get(after);
                end++;
            }
        }
        Span span = new Span(t.get(start).span().start(), t.get(end - 1).span().end());
        String counted = null;
        Span countedSpan = null;
        if (!kind.equals("percent") && !kind.equals("money")) {
            int c = countedNoun(t, end);
            if (c >= 0) {
                counted = t.get(c).text();
                countedSpan = t.get(c).span();
            }
        }
        out.add(new NumberMention(span, span.of(text), kind, value, unit, counted, countedSpan));
        return end;
    }

    /** The first noun after the number, past adjectives or after "of (the)"; or a participle ("injured"). */
    private static int countedNoun(List<Token> t, int from) {
        int k = from;
        if (k < t.size() && t.get(k).text().equals("of")) {
            k++;
            if (k < t.size() && (t.get(k).text().equals("the") || t.get(k).text().equals("them"))) {
                k++;
            }
        }
        for (int steps = 0; k < t.size() && steps < 4; k++, steps++) {
            Token tok = t.get(k);
            if (COUNTABLE_TAGS.contains(tok.pos())) {
                // Run to the last noun of a compound ("Central Asian nations", "border guards").
                while (k + 1 < t.size() && COUNTABLE_TAGS.contains(t.get(k + 1).pos())) {
                    k++;
                }
                return k;
            }
            if (steps == 0 && (tok.pos().equals("ADJ") || tok.pos().equals("VERB"))
                    && (k + 1 >= t.size() || !COUNTABLE_TAGS.contains(t.get(k + 1).pos()))
                    && !(tok.pos().equals("ADJ") && k + 1 < t.size() && t.get(k + 1).pos().equals("ADJ"))) {
                return tok.pos().equals("VERB") && !PARTICIPLE.matcher(tok.text()).matches() ? -1 : k;
            }
            if (!(tok.pos().equals("ADJ") || tok.pos().equals("NUM") || tok.text().equals("-")
                    || tok.pos().equals("X") && Character.isLetter(tok.text().charAt(0)))) {
                return -1;
            }
            if (tok.pos().equals("X")) {
                return k; // no tagger for the language: the next word is the best guess
            }
        }
        return -1;
    }

    /** "one of the", "the one who": a pronoun, not a count. */
    private static boolean isPronounUse(List<Token> t, int i) {
        return i + 1 < t.size() && (t.get(i + 1).text().equals("of") || t.get(i + 1).pos().equals("PRON"))
                || i > 0 && t.get(i - 1).text().equalsIgnoreCase("the") || i > 0 && t.get(i - 1).text().equalsIgnoreCase("no");
    }

    private static boolean isDigits(String w) {
        // both alternatives start with a digit, and most tokens do not
        return !w.isEmpty() && w.charAt(0) >= '0' && w.charAt(0) <= '9' && DIGITS.matcher(w).matches();
    }

    private static double parseDigits(String w) {
        return Double.parseDouble(ORDINAL_SUFFIX.matcher(w).replaceAll("").replace(",", ""));
    }

    /** Years (1900–2099 standing alone or after a month), days beside a month name, and clock times. */
    private static boolean isDatePart(List<Token> t, int i) {
        String w = t.get(i).text();
        boolean monthBefore = i > 0 && MONTHS.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT).replace(".", ""));
        boolean monthAfter = i + 1 < t.size() && MONTHS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT).replace(".", ""));
        if (YEAR.matcher(w).matches()) {
            boolean counted = i + 1 < t.size() && COUNTABLE_TAGS.contains(t.get(i + 1).pos())
                    && !MONTHS.contains(t.get(i + 1).text().toLowerCase(Locale.ROOT));
            return !counted;
        }
        if (DAY.matcher(w).matches() && (monthBefore || monthAfter)) {
            return true;
        }
        return i + 1 < t.size() && (t.get(i + 1).text().equals(":") || AM_PM.matcher(t.get(i + 1).text()).matches());
    }
}
