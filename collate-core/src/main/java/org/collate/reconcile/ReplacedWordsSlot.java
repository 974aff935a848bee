package org.collate.reconcile;

import org.collate.lexicon.NumberWords;

import org.collate.model.Mention;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.collate.reconcile.SlotContext.mentionAt;
import static org.collate.reconcile.SlotContext.personAt;
import static org.collate.reconcile.SlotContext.runValue;
import static org.collate.reconcile.SlotContext.value;

/**
 * What the other slots miss where the analysis read two nearly identical sentences differently because of the very
 * words that differ: in the words that replace one another ({@link TokenDiff}), digits that differ ("nearly
 * 60-year-old" / "nearly 120-year-old"), two different titles before the same person ("President Donald Trump" /
 * "U.S. Secretary of State Donald Trump", the title having moved the sentence split), and a name word respelt where
 * one side names an entity ("Jessie Buckley" / "Jesie Buckley", the recogniser no longer taking the respelt name for
 * a person). Inflections and derived forms are no respellings ("Russia"/"Russian"). It runs last and adds only the
 * slots the others have not already reported.
 */
final class ReplacedWordsSlot implements SlotCheck {

    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** Plural and possessive endings: a word's forms, not its spellings. */
    private static final Set<String> INFLECTIONS = Set.of("s", "es");
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");

    private final SlotContext context;

    ReplacedWordsSlot(SlotContext context) {
        this.context = context;
    }

    @Override
    public void compare(StorySentence a, StorySentence b, List<Conflict> out) {
        boolean number = hasSlot(out, "number");
        boolean role = hasSlot(out, "role");
        boolean spelling = hasSlot(out, "spelling");
        if (number && role && spelling) {
            return;
        }
        for (TokenDiff.Run r : context.diff().of(a.sentence().tokens(), b.sentence().tokens())) {
            if (r.from().isEmpty() || r.to().isEmpty()) {
                continue;
            }
            Conflict.Value fromValue = runValue(a, r.from());
            Conflict.Value toValue = runValue(b, r.to());
            // Digits read from the characters, not the tokens: a tokeniser may cut "2.74" into "2.7" and "4".
            List<String> fromDigits = digitGroups(figures(fromValue.text()));
            List<String> toDigits = digitGroups(figures(toValue.text()));
            if (!number && !fromDigits.isEmpty() && !toDigits.isEmpty() && !fromDigits.equals(toDigits)
                    && NumberWords.differentValues(fromValue.text(), toValue.text())
                    && NumberSlot.qualifier(a, fromValue).equals(NumberSlot.qualifier(b, toValue))) {
                boolean converted = UnitConversion.sameMeasure(fromValue.text(), toValue.text());
                out.add(new Conflict("number", converted ? "measure in another unit" : "number", fromValue, toValue,
                        converted));
                number = true;
            }
            if (!role && r.after() != null) {
                Mention person = personAt(a, r.after());
                if (person == null) {
                    person = personAt(b, r.afterTo());
                }
                TitleJudge.Verdict v = context.titles().compare(r.fromText(), r.toText());
                if ((v == TitleJudge.Verdict.CONFLICT || v == TitleJudge.Verdict.VARIANT) && person != null) {
                    String id = context.entities().of(person == personAt(a, r.after()) ? a.articleId()
                            : b.articleId(), person.entityId());
                    out.add(new Conflict("role", (id != null ? context.name(id) : person.text()) + "'s title",
                            runValue(a, r.from()), runValue(b, r.to()), v == TitleJudge.Verdict.VARIANT));
                    role = true;
                }
            }
            if (!spelling && r.from().size() == r.to().size()) {
                for (int k = 0; k < r.from().size() && !spelling; k++) {
                    Token x = r.from().get(k);
                    Token y = r.to().get(k);
                    Mention mx = mentionAt(a, x);
                    Mention my = mentionAt(b, y);
                    if ((mx != null || my != null) && respelt(x.text(), y.text())) {
                        String id = mx != null ? context.entities().of(a.articleId(), mx.entityId())
                                : context.entities().of(b.articleId(), my.entityId());
                        out.add(Conflict.variant("spelling", "spelling of " + (id != null ? context.name(id) : x.text()),
                                value(a, x.span(), x.text()), value(b, y.span(), y.text())));
                        spelling = true;
                    }
                }
            }
        }
    }

    /**
     * The figures of a run as a reader compares them: a parenthesis is an aside (a conversion, "$1 million ($1.52
     * million)"), a clock time one value however written ("5:10 a.m." / "5.10am"), a thousands separator cut apart
     * by a tokenised source ("1 , 000") no separator.
     */
    static String figures(String text) {
        String t = PARENTHESIS.matcher(text).replaceAll(" ");
        t = CLOCK.matcher(t).replaceAll(m -> m.group(1) + "h" + m.group(2) + m.group(3).toLowerCase(java.util.Locale.ROOT));
        String before;
        do {
            before = t;
            t = SPACED_THOUSANDS.matcher(t).replaceAll("$1$2");
        } while (!t.equals(before));
        return t;
    }

    private static final Pattern PARENTHESIS = Pattern.compile("\\([^)]*\\)?");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b(\\d{1,2})\\s*[:.]\\s*(\\d{2})\\s*([ap])\\.?\\s*m\\b\\.?");
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(\\d)\\s*,\\s*(\\d{3})(?!\\d)");

    private static List<String> digitGroups(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = DIGIT_GROUP.matcher(text);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        return out;
    }

    /** Two capitalised words that are spellings of one name, not one word and its inflection. */
    static boolean respelt(String x, String y) {
        if (!NAME_WORD.matcher(x).matches() || !NAME_WORD.matcher(y).matches()) {
            return false;
        }
        String fx = NameSimilarity.fold(x);
        String fy = NameSimilarity.fold(y);
        if (fx.equals(fy)) {
            return false;
        }
        String shorter = fx.length() <= fy.length() ? fx : fy;
        String longer = shorter == fx ? fy : fx;
        if (longer.startsWith(shorter) && INFLECTIONS.contains(longer.substring(shorter.length()))
                || NameSimilarity.derivedForm(x, y)) {
            return false;
        }
        return NameSimilarity.sameWord(x, y);
    }

    private static boolean hasSlot(List<Conflict> conflicts, String slot) {
        return conflicts.stream().anyMatch(c -> c.slot().equals(slot));
    }
}
