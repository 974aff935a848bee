package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.NumberMention;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Kind#NUMBER}: a cardinal, percentage or amount of money written in digits (never a year, a number beside a
 * month name, a list item's number or a number inside a date or quote) changed: its digits reversed (53 → 35) when
 * that gives another number without a leading zero, else its value doubled, written in the same style.
 */
final class NumberEdits implements EditMaker {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (NumberMention n : c.a.numbers()) {
            if (!(n.kind().equals("cardinal") || n.kind().equals("percent") || n.kind().equals("money"))
                    || c.inQuote(n.span()) || ArticleContext.any(c.dates, n.span())) {
                continue;
            }
            Matcher m = DIGITS.matcher(n.text());
            if (!m.find()) {
                continue;
            }
            String digits = m.group();
            if (digits.matches("(19|20)\\d\\d") || new BigDecimal(digits.replace(",", "")).signum() == 0) {
                continue;
            }
            int start = n.span().start() + m.start();
            int end = n.span().start() + m.end();
            if (c.dateOrListNumber(start, end)) {
                continue;
            }
            // "5G", "Covid-19", "$3.5bn": only numbers standing as words.
            if (end < c.text.length() && Character.isLetterOrDigit(c.text.charAt(end)) && !n.kind().equals("money")
                    || start > 0 && (Character.isLetterOrDigit(c.text.charAt(start - 1))
                    || c.text.charAt(start - 1) == '-')) {
                continue;
            }
            String changed = changedNumber(digits);
            ArticleContext.add(out, c.single(Kind.NUMBER, digits + " → " + changed, start, end, changed));
        }
        return out;
    }

    /** 53 → 35; where reversing gives the same number or a leading zero, the value doubled (5 → 10, 1,000 → 2,000). */
    static String changedNumber(String digits) {
        if (digits.matches("\\d+")) {
            String reversed = new StringBuilder(digits).reverse().toString();
            if (!reversed.equals(digits) && reversed.charAt(0) != '0') {
                return reversed;
            }
        }
        return doubled(digits);
    }

    private static String doubled(String digits) {
        BigDecimal v = new BigDecimal(digits.replace(",", "")).multiply(BigDecimal.TWO);
        String plain = v.toPlainString();
        if (!digits.contains(",")) {
            return plain;
        }
        String[] parts = plain.split("\\.");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = b.length() - 3; i > 0; i -= 3) {
            b.insert(i, ',');
        }
        return parts.length > 1 ? b + "." + parts[1] : b.toString();
    }
}
