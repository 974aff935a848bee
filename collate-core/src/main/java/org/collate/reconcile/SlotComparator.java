package org.collate.reconcile;

import org.collate.lexicon.NumberWords;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two aligned sentences slot by slot and reports where they differ in a way a fact-checker can check: a
 * quantity of the same thing ("dozens injured" / "53 injured"; a vague amount agrees with numbers in its range;
 * values both give are no conflict, whatever they count), casualties (injured only / deaths), weekdays or dates, a
 * person's title, a name's spelling, and a direct quote's words when two renderings are nearly the same but a word
 * changes. Where the analysis read two nearly identical sentences differently, the words that replace one another
 * are compared too (numbers, titles, respelt names). Differences of form are not conflicts: "five" and "5", "40%"
 * and "40 percent", "Prime Minister" and "prime minister", "couldn't" and "could not", the same sentence twice.
 */
final class SlotComparator {

    private static final Pattern INJURY = Pattern.compile("\\b(injur\\w*|wound\\w*|hurt)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEATH = Pattern.compile(
            "\\b(dead|deaths?|died|dying|kill\\w*|deadly|fatal\\w*|lethal|casualt\\w*|lives)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("\\b(not|no|never|n't|nothing|none|nor)\\b",
            Pattern.CASE_INSENSITIVE);

    private final EntityRoster roster;
    private final EntityRoster.Result entities;
    private final QuoteWordJudge quoteWords;

    SlotComparator(EntityRoster roster, EntityRoster.Result entities, QuoteWordJudge quoteWords) {
        this.roster = roster;
        this.entities = entities;
        this.quoteWords = quoteWords;
    }

    List<Conflict> compare(StorySentence a, StorySentence b) {
        if (a.text().equals(b.text())) {
            return List.of(); // the same words say the same thing, however the analysis read them
        }
        List<Conflict> out = new ArrayList<>();
        numbers(a, b, out, true);
        casualties(a, b, out);
        dates(a, b, out);
        roles(a, b, out);
        spellings(a, b, out);
        quotes(a, b, out);
        wordDifferences(a, b, out);
        return out;
    }

    /**
     * What the slots above miss where the analysis read two nearly identical sentences differently because of the
     * very words that differ: in the words that replace one another ({@link TokenDiff}), digits that differ
     * ("nearly 60-year-old" / "nearly 120-year-old"), two different titles before the same person ("President Donald
     * Trump" / "U.S. Secretary of State Donald Trump", the title having moved the sentence split), and a name word
     * respelt where one side names an entity ("Jessie Buckley" / "Jesie Buckley", the recogniser no longer taking
     * the respelt name for a person). Inflections and derived forms are no respellings ("Russia"/"Russian").
     */
    private void wordDifferences(StorySentence a, StorySentence b, List<Conflict> out) {
        boolean number = hasSlot(out, "number");
        boolean role = hasSlot(out, "role");
        boolean spelling = hasSlot(out, "spelling");
        if (number && role && spelling) {
            return;
        }
        for (TokenDiff.Run r : TokenDiff.of(a.sentence().tokens(), b.sentence().tokens())) {
            if (r.from().isEmpty() || r.to().isEmpty()) {
                continue;
            }
            Conflict.Value fromValue = runValue(a, r.from());
            Conflict.Value toValue = runValue(b, r.to());
            // Digits read from the characters, not the tokens: a tokeniser may cut "2.74" into "2.7" and "4".
            List<String> fromDigits = digitGroups(fromValue.text());
            List<String> toDigits = digitGroups(toValue.text());
            if (!number && !fromDigits.isEmpty() && !toDigits.isEmpty() && !fromDigits.equals(toDigits)) {
                out.add(new Conflict("number", "number", fromValue, toValue));
                number = true;
            }
            if (!role && r.after() != null) {
                String tx = roster.headTitle(r.fromText());
                String ty = roster.headTitle(r.toText());
                Mention person = personAt(a, r.after());
                if (person == null) {
                    person = personAt(b, r.afterTo());
                }
                if (tx != null && ty != null && !tx.equals(ty) && person != null) {
                    String id = entities.of(person == personAt(a, r.after()) ? a.articleId() : b.articleId(),
                            person.entityId());
                    out.add(new Conflict("role", (id != null ? name(id) : person.text()) + "'s title",
                            runValue(a, r.from()), runValue(b, r.to())));
                    role = true;
                }
            }
            if (!spelling && r.from().size() == r.to().size()) {
                for (int k = 0; k < r.from().size() && !spelling; k++) {
                    org.collate.model.Token x = r.from().get(k);
                    org.collate.model.Token y = r.to().get(k);
                    Mention mx = mentionAt(a, x);
                    Mention my = mentionAt(b, y);
                    if ((mx != null || my != null) && respelt(x.text(), y.text())) {
                        String id = mx != null ? entities.of(a.articleId(), mx.entityId())
                                : entities.of(b.articleId(), my.entityId());
                        out.add(new Conflict("spelling", "spelling of " + (id != null ? name(id) : x.text()),
                                value(a, x.span(), x.text()), value(b, y.span(), y.text())));
                        spelling = true;
                    }
                }
            }
        }
    }

    private static final Pattern DIGIT_GROUP = Pattern.compile("\\d+(?:[.,]\\d+)*");
    /** Plural and possessive endings: a word's forms, not its spellings. */
    private static final Set<String> INFLECTIONS = Set.of("s", "es");

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

    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*");

    private static boolean hasSlot(List<Conflict> conflicts, String slot) {
        return conflicts.stream().anyMatch(c -> c.slot().equals(slot));
    }

    private static Conflict.Value runValue(StorySentence s, List<org.collate.model.Token> run) {
        Span span = new Span(run.get(0).span().start(), run.get(run.size() - 1).span().end());
        return new Conflict.Value(s.index(), span.of(s.source().text()), span);
    }

    private static Mention mentionAt(StorySentence s, org.collate.model.Token t) {
        for (Mention m : s.mentions()) {
            if (m.span().contains(t.span())) {
                return m;
            }
        }
        return null;
    }

    private static Mention personAt(StorySentence s, org.collate.model.Token t) {
        if (t == null) {
            return null;
        }
        for (Mention m : s.mentions()) {
            if (m.kind() == org.collate.model.EntityKind.PERSON && m.span().overlaps(t.span())) {
                return m;
            }
        }
        return null;
    }

    /** Only the quantity slots (numbers, casualties): for sentences related by their entities, not aligned. */
    List<Conflict> compareQuantities(StorySentence a, StorySentence b) {
        List<Conflict> out = new ArrayList<>();
        numbers(a, b, out, false);
        casualties(a, b, out);
        return out;
    }

    static boolean mentionsCasualties(String text) {
        return INJURY.matcher(text).find() || DEATH.matcher(text).find();
    }

    /**
     * Quantities that differ. Values both sentences give are taken out first, whatever they count ("230 miles to
     * 300 miles" read twice is no conflict between 230 and 300). What is left conflicts where the two numbers count
     * the same thing: the same noun; or, in aligned sentences, the same words on either side ("a $3 billion buyout"
     * / "a $6 billion buyout") or, when each sentence has just one number left and neither says what it counts, that
     * number. Sentences that are only related by their entities ({@code aligned} false) need the same noun.
     */
    private void numbers(StorySentence a, StorySentence b, List<Conflict> out, boolean aligned) {
        List<NumberMention> left = new ArrayList<>(a.numbers());
        List<NumberMention> right = new ArrayList<>(b.numbers());
        for (java.util.Iterator<NumberMention> it = left.iterator(); it.hasNext(); ) {
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
        for (NumberMention x : left) {
            NumberMention differing = null;
            boolean agrees = false;
            for (NumberMention y : right) {
                if (!sameThing(a, x, b, y, aligned, left.size() == 1 && right.size() == 1)) {
                    continue;
                }
                if (compatible(x, y)) {
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
        if (x.counted() != null && y.counted() != null) {
            return lemma(x.counted()).equals(lemma(y.counted()));
        }
        if (!aligned || !x.kind().equals(y.kind()) || !java.util.Objects.equals(x.unit(), y.unit())) {
            return false;
        }
        if (lone && x.counted() == null && y.counted() == null) {
            return true;
        }
        return around(a, x.span(), -1).equals(around(b, y.span(), -1))
                && around(a, x.span(), 1).equals(around(b, y.span(), 1));
    }

    /** The token just before ({@code side} -1) or just after (1) a span in its sentence, lower case; "" at the edge. */
    private static String around(StorySentence s, Span span, int side) {
        List<org.collate.model.Token> tokens = s.sentence().tokens();
        if (side < 0) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (tokens.get(i).span().end() <= span.start()) {
                    return tokens.get(i).text().toLowerCase(Locale.ROOT);
                }
            }
        } else {
            for (org.collate.model.Token t : tokens) {
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
            NumberWords.Range r = NumberWords.vague(n.text());
            if (r != null) {
                return new double[]{r.low(), r.high()};
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
        // Each names a day the other does not: "spent Monday … after Thursday's fight" / "spent Tuesday … after
        // Thursday's fight".
        Set<DayOfWeek> wa = weekdays(a);
        Set<DayOfWeek> wb = weekdays(b);
        DateMention da = firstWeekdayOutside(a, wb);
        DateMention db = firstWeekdayOutside(b, wa);
        if (da != null && db != null) {
            out.add(new Conflict("weekday", "day of the week", value(a, da.span(), da.text()),
                    value(b, db.span(), db.text())));
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

    /** The first weekday the sentence names that is not among {@code others}, or null. */
    private static DateMention firstWeekdayOutside(StorySentence s, Set<DayOfWeek> others) {
        return s.dates().stream().filter(d -> d.weekday() != null && !others.contains(d.weekday())).findFirst()
                .orElse(null);
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
                if (!NameSimilarity.fold(wx).equals(NameSimilarity.fold(wy)) && NameSimilarity.sameWord(wx, wy)
                        && !NameSimilarity.derivedForm(wx, wy)) {
                    return wx;
                }
            }
        }
        return null;
    }

    /**
     * Words changed in a direct quote. Reported speech is the reporter's wording, not the speaker's: its facts are
     * compared by the other slots ("said dozens were injured" / "said 53 were injured" agree).
     */
    private void quotes(StorySentence a, StorySentence b, List<Conflict> out) {
        for (Quote x : a.quotes()) {
            if (!x.direct()) {
                continue;
            }
            for (Quote y : b.quotes()) {
                if (!y.direct()) {
                    continue;
                }
                QuoteWordJudge.Change change = quoteWords.meaningChange(x.text(), y.text());
                if (change != null) {
                    String about = "the words of a quote" + (x.speaker() != null ? " by " + x.speaker() : "");
                    out.add(new Conflict("quote", about, value(a, x.span(), x.text()), value(b, y.span(), y.text())));
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
