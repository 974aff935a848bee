package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.NumberMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** {@link Kind#REWORDED}: a number from one to twenty written in digits ↔ in words ("5" ↔ "five"), outside quotes. */
final class NumberFormRewording implements EditMaker {

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty");

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (NumberMention n : c.a.numbers()) {
            if (!n.kind().equals("cardinal") || c.inQuote(n.span()) || ArticleContext.any(c.dates, n.span())) {
                continue;
            }
            String t = n.text();
            int start = n.span().start();
            int end = n.span().end();
            if (c.dateOrListNumber(start, end)) {
                continue;
            }
            if (t.matches("[1-9]|1\\d|20") && (start == 0 || Character.isWhitespace(c.text.charAt(start - 1)))
                    && (end >= c.text.length() || Character.isWhitespace(c.text.charAt(end)))) {
                String word = NUMBER_WORDS.get(Integer.parseInt(t));
                if (c.sentenceStart(start)) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                ArticleContext.add(out, c.single(Kind.REWORDED, t + " → " + word, start, end, word));
            } else if (t.matches("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty")) {
                String digits = Integer.toString(NUMBER_WORDS.indexOf(t));
                ArticleContext.add(out, c.single(Kind.REWORDED, t + " → " + digits, start, end, digits));
            }
        }
        return out;
    }
}
