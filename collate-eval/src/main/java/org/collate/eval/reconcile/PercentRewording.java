package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.NumberMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link Kind#REWORDED}: "40%" ↔ "40 percent", outside quotes. */
final class PercentRewording implements EditMaker {

    private static final Pattern PERCENT_SIGN = Pattern.compile("(\\d[\\d.,]*)\\s*%");
    private static final Pattern PERCENT_WORD = Pattern.compile("(\\d[\\d.,]*)\\s+per\\s?cent");

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (NumberMention n : c.a.numbers()) {
            if (!n.kind().equals("percent") || c.inQuote(n.span())) {
                continue;
            }
            Matcher sign = PERCENT_SIGN.matcher(n.text());
            Matcher word = PERCENT_WORD.matcher(n.text());
            if (sign.matches()) {
                ArticleContext.add(out, c.single(Kind.REWORDED, "% → percent", n.span().start(), n.span().end(),
                        sign.group(1) + " percent"));
            } else if (word.matches()) {
                ArticleContext.add(out, c.single(Kind.REWORDED, "percent → %", n.span().start(), n.span().end(),
                        word.group(1) + "%"));
            }
        }
        return out;
    }
}
