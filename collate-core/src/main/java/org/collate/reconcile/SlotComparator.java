package org.collate.reconcile;

import org.collate.model.DateMention;
import org.collate.model.Mention;
import org.collate.model.NumberMention;
import org.collate.model.Quote;
import org.collate.model.RosterEntity;
import org.collate.model.Span;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two aligned sentences slot by slot and reports where they differ in a way a fact-checker can check:
 * a quantity of the same thing ("dozens injured" / "53 injured"; a vague amount agrees with numbers in its range),
 * casualties (injured only / deaths), weekdays or dates, a person's title, a name's spelling, a country, and a
 * quote's words when two renderings are nearly the same but a word changes. Differences of form are not conflicts:
 * "five" and "5", "40%" and "40 percent", "Prime Minister" and "prime minister".
 */
final class SlotComparator {

    private static final Pattern INJURY = Pattern.compile("\\b(injur\\w*|wound\\w*|hurt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEATH = Pattern.compile(
            "\\b(dead|deaths?|died|dying|kill\\w*|deadly|fatal\\w*|lethal|casualt\\w*|lives)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|n't|nothing|none|nor)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Vague amounts and the ranges they cover. */
    private static final Map<String, double[]> VAGUE_RANGES = Map.of(
            "dozens", new double[]{24, 199}, "scores", new double[]{40, 199}, "hundreds", new double[]{200, 1999},
            "thousands", new double[]{2000, 1_999_999}, "millions", new double[]{2e6, 2e9 - 1},
            "billions", new double[]{2e9, 2e12}, "tens", new double[]{20, 99});

    private final EntityRoster roster;
    private final EntityRoster.Result entities;
    private final QuoteWordJudge quoteWords;

    SlotComparator(EntityRoster roster, EntityRoster.Result entities, QuoteWordJudge quoteWords) {
        this.roster = roster;
        this.entities = entities;
        this.quoteWords = quoteWords;
    }

    List<Conflict> compare(StorySentence a, StorySentence b) {
        List<Conflict> out = new ArrayList<>();
        numbers(a, b, out);
        casualties(a, b, out);
        dates(a, b, out);
        roles(a, b, out);
        spellings(a, b, out);
        quotes(a, b, out);
        return out;
    }

    /** Only the quantity slots (numbers, casualties): for sentences related by their entities, not aligned. */
    List<Conflict> compareQuantities(StorySentence a, StorySentence b) {
        List<Conflict> out = new ArrayList<>();
        numbers(a, b, out);
        casualties(a, b, out);
        return out;
    }

    static boolean mentionsCasualties(String text) {
        return INJURY.matcher(text).find() || DEATH.matcher(text).find();
    }

    private void numbers(StorySentence a, StorySentence b, List<Conflict> out) {
        for (NumberMention x : a.numbers()) {
            for (NumberMention y : b.numbers()) {
                boolean sameThing = x.counted() != null && y.counted() != null
                        && lemma(x.counted()).equals(lemma(y.counted()))
                        || x.counted() == null && y.counted() == null && x.kind().equals(y.kind())
                        && (x.kind().equals("percent") || x.kind().equals("money"))
                        && a.numbers().size() == 1 && b.numbers().size() == 1;
                if (sameThing && !compatible(x, y)) {
                    String about = x.counted() != null ? lemma(x.counted()) : x.kind().equals("percent") ? "percentage"
                            : "amount of money";
                    out.add(new Conflict("number", about, value(a, x.span(), reading(x, a)),
                            value(b, y.span(), reading(y, b))));
                    return;
                }
            }
        }
    }

    private static String reading(NumberMention n, StorySentence s) {
        if (n.countedSpan() != null && n.countedSpan().start() >= n.span().end()
                && n.countedSpan().start() - n.span().end() < 40) {
            return s.source().text().substring(n.span().start(), n.countedSpan().end());
        }
        return n.text();
    }

    /** Whether two quantities can both be true: equal values, or a number within a vague amount's range. */
    static boolean compatible(NumberMention x, NumberMention y) {
        double[] rx = range(x);
        double[] ry = range(y);
        if (x.unit() != null && y.unit() != null && !x.unit().equals(y.unit())) {
            return false;
        }
        return rx[0] <= ry[1] && ry[0] <= rx[1];
    }

    private static double[] range(NumberMention n) {
        if (n.kind().equals("vague")) {
            double[] r = VAGUE_RANGES.get(n.text().toLowerCase(Locale.ROOT));
            if (r != null) {
                return r;
            }
        }
        // Rounded figures in prose ("1.2 million") tolerate the rounding.
        double tolerance = Math.abs(n.value()) * 0.005;
        return new double[]{n.value() - tolerance, n.value() + tolerance};
    }

    private void casualties(StorySentence a, StorySentence b, List<Conflict> out) {
        String ta = a.text();
        String tb = b.text();
        Matcher ia = INJURY.matcher(ta);
        Matcher ib = INJURY.matcher(tb);
        Matcher da = DEATH.matcher(ta);
        Matcher db = DEATH.matcher(tb);
        boolean injA = ia.find();
        boolean injB = ib.find();
        boolean deathA = da.find();
        boolean deathB = db.find();
        if (injA && !deathA && deathB && !injB) {
            out.add(new Conflict("casualties", "casualties", phrase(a, ia), phrase(b, db)));
        } else if (injB && !deathB && deathA && !injA) {
            out.add(new Conflict("casualties", "casualties", phrase(a, da), phrase(b, ib)));
        }
    }

    /**
     * The words around a casualty term, the reading a person understands: the two words before it ("left dozens
     * injured") or, for an adjective, the noun after it ("deadly clashes").
     */
    private static Conflict.Value phrase(StorySentence s, Matcher m) {
        String text = s.text();
        int start = m.start();
        int end = m.end();
        int before = start;
        for (int k = 0; k < 2 && before > 0; k++) {
            int space = text.lastIndexOf(' ', before - 2);
            int candidate = space < 0 ? 0 : space + 1;
            if (text.substring(candidate, before).matches(".*[,.;:“”\"].*")) {
                break;
            }
            before = candidate;
        }
        int after = end;
        if (m.group().toLowerCase(Locale.ROOT).matches("deadly|fatal|lethal")) {
            int space = text.indexOf(' ', end + 1);
            after = space < 0 ? text.length() : space;
            before = start;
        }
        int base = s.sentence().span().start();
        String words = text.substring(before, after).replaceAll("[,.;:]+$", "");
        return new Conflict.Value(s.index(), words, new Span(base + before, base + before + words.length()));
    }

    private static void dates(StorySentence a, StorySentence b, List<Conflict> out) {
        Set<DayOfWeek> wa = weekdays(a);
        Set<DayOfWeek> wb = weekdays(b);
        if (!wa.isEmpty() && !wb.isEmpty() && disjoint(wa, wb)) {
            DateMention x = firstWeekday(a);
            DateMention y = firstWeekday(b);
            out.add(new Conflict("weekday", "day of the week", value(a, x.span(), x.text()), value(b, y.span(), y.text())));
            return;
        }
        for (DateMention x : a.dates()) {
            for (DateMention y : b.dates()) {
                if (!x.relative() && !y.relative() && x.resolved() != null && y.resolved() != null
                        && x.granularity().equals("day") && y.granularity().equals("day")
                        && !x.resolved().equals(y.resolved())
                        && a.dates().stream().noneMatch(d -> y.resolved().equals(d.resolved()))) {
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

    private static DateMention firstWeekday(StorySentence s) {
        return s.dates().stream().filter(d -> d.weekday() != null).findFirst().orElseThrow();
    }

    private static <T> boolean disjoint(Set<T> a, Set<T> b) {
        for (T t : a) {
            if (b.contains(t)) {
                return false;
            }
        }
        return true;
    }

    private void roles(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Mention x : a.mentions()) {
            if (x.role() == null) {
                continue;
            }
            String ex = entities.of(a.articleId(), x.entityId());
            for (Mention y : b.mentions()) {
                if (y.role() == null || ex == null || !ex.equals(entities.of(b.articleId(), y.entityId()))) {
                    continue;
                }
                String tx = roster.headTitle(x.role());
                String ty = roster.headTitle(y.role());
                if (tx != null && ty != null && !tx.equals(ty)) {
                    out.add(new Conflict("role", name(ex) + "'s title", value(a, x.roleSpan(), x.role()),
                            value(b, y.roleSpan(), y.role())));
                    return;
                }
            }
        }
    }

    private void spellings(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Mention x : a.mentions()) {
            String ex = entities.of(a.articleId(), x.entityId());
            for (Mention y : b.mentions()) {
                if (ex == null || !ex.equals(entities.of(b.articleId(), y.entityId()))) {
                    continue;
                }
                String differing = differingWord(x.text(), y.text());
                if (differing != null) {
                    out.add(new Conflict("spelling", "spelling of " + name(ex), value(a, x.span(), x.text()),
                            value(b, y.span(), y.text())));
                    return;
                }
            }
        }
    }

    /** A word of one name that is a close misspelling of a word of the other ("Anthony"/"Antony"), or null. */
    static String differingWord(String x, String y) {
        for (String wx : x.split("\\s+")) {
            for (String wy : y.split("\\s+")) {
                if (!NameSimilarity.fold(wx).equals(NameSimilarity.fold(wy)) && NameSimilarity.sameWord(wx, wy)) {
                    return wx;
                }
            }
        }
        return null;
    }

    private void quotes(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Quote x : a.quotes()) {
            for (Quote y : b.quotes()) {
                QuoteWordJudge.Change change = quoteWords.meaningChange(x.text(), y.text());
                if (change != null) {
                    out.add(new Conflict("quote", "the words of a quote" + (x.speaker() != null ? " by " + x.speaker() : ""),
                            value(a, x.span(), x.text()), value(b, y.span(), y.text())));
                    return;
                }
            }
        }
    }

    private String name(String rosterId) {
        for (RosterEntity e : entities.entities()) {
            if (e.id().equals(rosterId)) {
                return e.name();
            }
        }
        return rosterId;
    }

    private static Conflict.Value value(StorySentence s, Span span, String text) {
        return new Conflict.Value(s.index(), text, span);
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

    static boolean negated(String text) {
        return NEGATION.matcher(text).find();
    }
}
