package org.collate.reconcile;

import org.collate.lexicon.NumberWords;
import org.collate.model.NumberMention;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.collate.reconcile.SlotContext.value;

/**
 * Quantities that differ. Values both sentences give are taken out first, whatever they count ("230 miles to 300
 * miles" read twice is no conflict between 230 and 300). What is left conflicts where the two numbers count the same
 * thing: the same noun; or, in aligned sentences, the same words on either side ("a $3 billion buyout" / "a $6
 * billion buyout"); or, when each sentence has just one number left, neither says what it counts and the two
 * sentences state the same things otherwise ({@link StatementMatch#overlap}), that number. Lone numbers of two
 * sentences that say different things are two things (a girl's age and a prison term).
 * Sentences that are only related by their entities ({@code aligned} false) need the same noun.
 */
final class NumberSlot implements SlotCheck {

    private final boolean aligned;
    /** Share of the shorter sentence's terms the other holds for two counts of one noun to be one count. */
    static final double COUNTED_OVERLAP = 0.4;

    /** @param aligned whether the sentences were aligned (else only related by their entities) */
    NumberSlot(boolean aligned) {
        this.aligned = aligned;
    }

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        List<NumberMention> left = new ArrayList<>(a.numbers());
        List<NumberMention> right = new ArrayList<>(b.numbers());
        for (Iterator<NumberMention> it = left.iterator(); it.hasNext(); ) {
            NumberMention x = it.next();
            for (int j = 0; j < right.size(); j++) {
                NumberMention y = right.get(j);
                if (!x.kind().equals("vague") && !y.kind().equals("vague") && compatible(x, y)) {
                    right.remove(j);
                    it.remove();
                    break;
                }
            }
        }
        if (left.size() >= 2 && right.size() >= 2) {
            // Two figures or more differ on each side ("five passes for 68 yards" / "3 passes for 37 yards"): the
            // sentences give the figures of two things, not two readings of one.
            return;
        }
        for (NumberMention x : left) {
            NumberMention differing = null;
            boolean agrees = false;
            for (NumberMention y : right) {
                if (!sameThing(a, x, b, y, aligned, left.size() == 1 && right.size() == 1)) {
                    continue;
                }
                // Qualified alike ("about 17,000" / "about 17,700", "more than 700" / "more than 70"), the stated
                // figures are compared; qualified differently ("more than 180" / "at least 150"), their ranges.
                if (compatible(x, y) || !qualifier(a, x).equals(qualifier(b, y))
                        && compatible(bounds(a, x), bounds(b, y), x, y)) {
                    agrees = true;
                } else if (differing == null) {
                    differing = y;
                }
            }
            if (differing != null && !agrees) {
                String about = x.counted() != null ? lemma(x.counted()) : x.kind().equals("percent") ? "percentage"
                        : x.kind().equals("money") ? "amount of money" : "number";
                out.add(new Conflict("number", about, value(a, x.span(), reading(x, a)),
                        value(b, differing.span(), reading(differing, b))));
                return;
            }
        }
    }

    private static boolean sameThing(StorySentence a, NumberMention x, StorySentence b, NumberMention y,
                                     boolean aligned, boolean lone) {
        if (!StatementMatch.sameOwner(a, x, b, y) || fragment(x) || fragment(y) || age(a, x) != age(b, y)) {
            return false;
        }
        if (x.counted() != null && y.counted() != null) {
            // The same noun counted in aligned sentences that share words: a translation may change the verb
            // ("amounted to 115 thousand vehicles" / "15,000 vehicles were released"); independent reports must make
            // the same statement anyway (SlotComparator). Sentences that share less must tell of one action.
            if (!lemma(x.counted()).equals(lemma(y.counted()))) {
                return false;
            }
            return aligned && StatementMatch.overlap(a, b) >= COUNTED_OVERLAP || StatementMatch.sameAction(a, x, b, y);
        }
        if (!StatementMatch.sameAction(a, x, b, y)) {
            return false;
        }
        if (!aligned || !x.kind().equals(y.kind()) || !Objects.equals(x.unit(), y.unit())) {
            return false;
        }
        if (lone && x.counted() == null && y.counted() == null
                && StatementMatch.overlap(a, b) >= StatementMatch.SAME_FACT_OVERLAP) {
            return true;
        }
        return around(a, x.span(), -1).equals(around(b, y.span(), -1))
                && around(a, x.span(), 1).equals(around(b, y.span(), 1));
    }

    /** "16-year-old", "4 years old": an age, never the same thing as a duration ("up to 14 years in prison"). */
    private static boolean age(StorySentence s, NumberMention n) {
        String text = s.source().text();
        String after = text.substring(n.span().end(), Math.min(text.length(), n.span().end() + 14));
        return AGE.matcher(after).lookingAt();
    }

    private static final Pattern AGE = Pattern.compile(
            "(?i)\\s?-?\\s?(year|yr|month|week)s?\\s?-?\\s?old");

    /** "000" of "230 , 000" cut apart by a tokenised source: a piece of a number, not one. */
    private static boolean fragment(NumberMention n) {
        return n.text().length() > 1 && n.text().startsWith("0") && Character.isDigit(n.text().charAt(1));
    }

    /** The token just before ({@code side} -1) or just after (1) a span in its sentence, lower case; "" at the edge. */
    private static String around(StorySentence s, Span span, int side) {
        List<Token> tokens = s.sentence().tokens();
        if (side < 0) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (tokens.get(i).span().end() <= span.start()) {
                    return tokens.get(i).text().toLowerCase(Locale.ROOT);
                }
            }
        } else {
            for (Token t : tokens) {
                if (t.span().start() >= span.end()) {
                    return t.text().toLowerCase(Locale.ROOT);
                }
            }
        }
        return "";
    }

    private static String reading(NumberMention n, StorySentence s) {
        if (n.countedSpan() != null && n.countedSpan().start() >= n.span().end()
                && n.countedSpan().start() - n.span().end() < 40) {
            return s.source().text().substring(n.span().start(), n.countedSpan().end());
        }
        return n.text();
    }

    /**
     * The values a number can mean as its sentence qualifies it: "more than 180" and "at least 150" are open above,
     * "up to 14" below, "about 10,000" within a tenth, "2-3" or "2 to 3" the range; a bare number its value.
     */
    static double[] bounds(StorySentence s, NumberMention n) {
        double[] r = range(n);
        String before = before(s, n.span().start());
        if (ABOVE.matcher(before).find()) {
            return new double[]{r[0], Double.POSITIVE_INFINITY};
        }
        if (BELOW.matcher(before).find()) {
            return new double[]{Double.NEGATIVE_INFINITY, r[1]};
        }
        if (ABOUT.matcher(before).find()) {
            return new double[]{n.value() * 0.9, n.value() * 1.1};
        }
        Matcher upper = RANGE_END.matcher(after(s, n.span().end()));
        if (upper.lookingAt()) {
            double high = Double.parseDouble(upper.group(1).replace(",", ""));
            if (high > n.value()) {
                return new double[]{r[0], high};
            }
        }
        Matcher lower = RANGE_START.matcher(before);
        if (lower.find()) {
            double low = Double.parseDouble(lower.group(1).replace(",", ""));
            if (low < n.value()) {
                return new double[]{low, r[1]};
            }
        }
        return r;
    }

    private static final Pattern ABOVE = Pattern.compile(
            "(more[- ]than|over|at least|in excess of|upwards of|no fewer than|no less than)\\s*\\$?$");
    private static final Pattern BELOW = Pattern.compile("(less than|fewer than|under|up to|at most|no more than)\\s*\\$?$");
    private static final Pattern ABOUT = Pattern.compile(
            "(about|around|nearly|almost|some|approximately|roughly|an estimated|close to)\\s*\\$?$");
    private static final Pattern RANGE_END = Pattern.compile("\\s?(?:-|–|to)\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\b");
    private static final Pattern RANGE_START = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s?(?:-|–|to)\\s?$");
    private static final Pattern QUALIFIER = Pattern.compile("\\b(more[- ]than|over|"
            + "at least|in excess of|upwards of|no fewer than|no less than|less than|fewer than|under|up to|at most|"
            + "no more than|about|around|nearly|almost|some|approximately|roughly|an estimated|close to)\\b");

    /** The 24 characters before {@code start} in the sentence's article, lower case: where a qualifier stands. */
    private static String before(StorySentence s, int start) {
        return s.source().text().substring(Math.max(0, start - 24), start).toLowerCase(Locale.ROOT);
    }

    /** The 12 characters after {@code end}: where a range's upper end stands. */
    private static String after(StorySentence s, int end) {
        String text = s.source().text();
        return text.substring(end, Math.min(text.length(), end + 12));
    }

    /** The qualifying words ending a text ("more than", "about"), or null. */
    private static String qualifyingWords(String before) {
        for (Pattern p : List.of(ABOVE, BELOW, ABOUT)) {
            Matcher m = p.matcher(before);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * The words that qualify a number ("more than", "about"), "range" for "2-3", or "" for a bare figure: two sources
     * that qualify alike ("more than 700" / "more than 70") state different figures; "more than 180" and "at least
     * 150" state two bounds that both hold.
     */
    static String qualifier(StorySentence s, NumberMention n) {
        String before = before(s, n.span().start());
        String words = qualifyingWords(before);
        if (words != null) {
            return words;
        }
        return RANGE_END.matcher(after(s, n.span().end())).lookingAt() || RANGE_START.matcher(before).find()
                ? "range" : "";
    }

    /**
     * Which way a value is open, as its qualifying words say: 1 above ("more than 5"), -1 below ("up to 5"), 0 for a
     * stated or approximate figure.
     */
    static int openDirection(StorySentence s, Conflict.Value v) {
        String words = qualifier(s, v);
        if (words.isEmpty()) {
            return 0;
        }
        return ABOVE.matcher(words).find() ? 1 : BELOW.matcher(words).find() ? -1 : 0;
    }

    /** The qualifying words before a value, or at its start ("about", "more than"), or "" for a bare figure. */
    static String qualifier(StorySentence s, Conflict.Value v) {
        String words = qualifyingWords(before(s, v.span().start()));
        if (words != null) {
            return words;
        }
        Matcher m = QUALIFIER.matcher(v.text().toLowerCase(Locale.ROOT));
        return m.lookingAt() ? m.group(1) : "";
    }

    /** Whether two ranges of values meet, the units allowing. */
    private static boolean compatible(double[] rx, double[] ry, NumberMention x, NumberMention y) {
        if (x.unit() != null && y.unit() != null && !x.unit().equals(y.unit())) {
            return false;
        }
        return rx[0] <= ry[1] && ry[0] <= rx[1];
    }

    /** Whether two quantities can both be true: equal values, or a number within a vague amount's range. */
    static boolean compatible(NumberMention x, NumberMention y) {
        return compatible(range(x), range(y), x, y);
    }

    private static double[] range(NumberMention n) {
        if (n.kind().equals("vague")) {
            NumberWords.Range r = NumberWords.vague(n.text());
            if (r != null) {
                return new double[]{r.low(), r.high()};
            }
        }
        // Rounded figures in prose ("1.2 million") tolerate the rounding.
        double tolerance = Math.abs(n.value()) * 0.005;
        return new double[]{n.value() - tolerance, n.value() + tolerance};
    }

    static String lemma(String noun) {
        String n = noun.toLowerCase(Locale.ROOT);
        if (n.endsWith("ies") && n.length() > 4) {
            return n.substring(0, n.length() - 3) + "y";
        }
        if (n.endsWith("s") && !n.endsWith("ss") && n.length() > 3) {
            return n.substring(0, n.length() - 1);
        }
        return n;
    }
}
