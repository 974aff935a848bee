package org.collate.eval.reconcile;

import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.DateMention;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@link Kind#WEEKDAY}: a weekday not part of a full date or of a name ("Black Friday") moved a day earlier or later
 * ("on Friday" → "on Thursday").
 */
final class WeekdayEdits implements EditMaker {

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (DateMention d : c.a.dates()) {
            if (d.weekday() == null || d.text().chars().anyMatch(Character::isDigit) || c.inQuote(d.span())) {
                continue;
            }
            String name = d.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            int at = d.text().indexOf(name);
            if (at < 0) {
                continue;
            }
            int start = d.span().start() + at;
            if (capitalisedWordBefore(c.text, start)) {
                continue; // "Black Friday", "Cyber Monday": a name, not a day
            }
            for (int step : new int[]{-1, 1}) {
                DayOfWeek moved = d.weekday().plus(step);
                String movedName = moved.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                ArticleContext.add(out, c.single(Kind.WEEKDAY, name + " → " + movedName, start,
                        start + name.length(), movedName));
            }
        }
        return out;
    }

    /** Whether the word before this offset is capitalised and not the start of a sentence. */
    private static boolean capitalisedWordBefore(String text, int offset) {
        int e = offset;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || !Character.isUpperCase(text.charAt(b))) {
            return false;
        }
        int p = b;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p > 0 && ".!?\n“\"".indexOf(text.charAt(p - 1)) < 0;
    }
}
