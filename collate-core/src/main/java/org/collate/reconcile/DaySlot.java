package org.collate.reconcile;

import org.collate.model.DateMention;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.collate.reconcile.SlotContext.value;

/**
 * Days of one event: a weekday each names that the other does not, else two different resolved days, where the verbs
 * nearest to the days are the same ({@link StatementMatch#sameEvent}); a statement's day and an interview's day are
 * two events.
 */
final class DaySlot implements SlotCheck {

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        // Each names a day the other does not: "spent Monday … after Thursday's fight" / "spent Tuesday … after
        // Thursday's fight".
        Set<DayOfWeek> wa = weekdays(a);
        Set<DayOfWeek> wb = weekdays(b);
        DateMention da = firstWeekdayOutside(a, wb);
        DateMention db = firstWeekdayOutside(b, wa);
        if (da != null && db != null && StatementMatch.sameEvent(a, da, b, db)) {
            out.add(new Conflict("weekday", "day of the week", value(a, da.span(), da.text()),
                    value(b, db.span(), db.text())));
            return;
        }
        for (DateMention x : a.dates()) {
            for (DateMention y : b.dates()) {
                if (!x.relative() && !y.relative() && x.resolved() != null && y.resolved() != null
                        && x.granularity().equals("day") && y.granularity().equals("day")
                        && !x.resolved().equals(y.resolved())
                        && a.dates().stream().noneMatch(d -> y.resolved().equals(d.resolved()))
                        && StatementMatch.sameEvent(a, x, b, y)) {
                    out.add(new Conflict("date", "date", value(a, x.span(), x.text()), value(b, y.span(), y.text())));
                    return;
                }
            }
        }
    }

    private static Set<DayOfWeek> weekdays(StorySentence s) {
        Set<DayOfWeek> out = new HashSet<>();
        for (DateMention d : s.dates()) {
            if (d.weekday() != null) {
                out.add(d.weekday());
            }
        }
        return out;
    }

    /** The first weekday the sentence names that is not among {@code others}, or null. */
    private static DateMention firstWeekdayOutside(StorySentence s, Set<DayOfWeek> others) {
        return s.dates().stream().filter(d -> d.weekday() != null && !others.contains(d.weekday())).findFirst()
                .orElse(null);
    }
}
