package org.collate.reconcile;

import org.collate.lexicon.ReportingVerbs;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a difference between two sentences that are not one copied sentence is one thing read two ways, or two
 * things. A copy's nearly identical sentence shows every change ({@link SlotComparator}); two outlets that wrote their
 * own sentences (or a rewrite, often a wire's later version) pick their own moments, scopes and participants, and a
 * difference is a disagreement only when it is about the same thing at the same time. Two renderings of one
 * statement (a translation) share its moment and calendar: only what a count is bounded by, what a day qualifies, a
 * length's dimension and the offices are checked. The cases below
 * are those the judged samples of the dev stories showed, each stated as the general convention it follows:
 * <ul>
 *   <li>two bounds open the same way ("at least 5 injured" / "at least 50 injured"; "more than 700" / "more than
 *   70") are both true of any count past the larger;</li>
 *   <li>time elapsed up to the writer's moment ("after four days of riots", "in the last three days", "one day
 *   after the bombings") depends on when each outlet wrote;</li>
 *   <li>a count bounded by its own period ("arrested three times since October") counts something other than one
 *   with another period or none ("arrested four times");</li>
 *   <li>a length of one dimension ("a depth of 10 km") is not the same as another ("55 km from the town");</li>
 *   <li>the day a person spoke ("she announced Tuesday", "tweeted on Monday") is the day of that statement, and two
 *   statements on two days are both true; a day that qualifies a noun ("Friday's quarterfinal") dates that noun,
 *   not the sentence's event; a day beside another participant ("signed Wynn on Tuesday" / "signed Bell
 *   Wednesday") dates another event;</li>
 *   <li>two titles a person can hold at once ({@link TitleJudge#compareIndependent}).</li>
 * </ul>
 */
final class IndependentReports {

    private static final Pattern TIME_UNIT = Pattern.compile("(?i)(second|minute|hour|day|night|week|month|year|"
            + "decade)s?\\b");
    /** Words before a span of time that measure it up to a moment: "after four days of", "in the last three days". */
    private static final Pattern ELAPSED_BEFORE = Pattern.compile("(?i)\\b(after|for|in the (last|past)|over the "
            + "(last|past)|within|during the (last|past)|the (last|past))\\s+$");
    /** Words after a span of time that measure it from or to a moment: "one day after", "three days ago". */
    private static final Pattern ELAPSED_AFTER = Pattern.compile("(?i)^\\s*(ago|after|before|later|earlier|since|"
            + "of)\\b");
    /** A period a count is bounded by: "since October", "this year", "so far", "in 2009", "last season". */
    private static final Pattern PERIOD = Pattern.compile("(?i)\\b(since\\s+\\p{L}+|so far|to date|this (year|"
            + "season|month|week)|last (year|season|month|week)|in (19|20)\\d\\d|previously|before|earlier|"
            + "in (his|her|their) career|all-time)\\b");
    /** Units of length: the dimension they measure is said by the words around them. */
    private static final Pattern LENGTH = Pattern.compile("(?i)(km|kilomet(er|re)s?|mi|miles?|m|met(er|re)s?|ft|"
            + "feet|foot|yards?)\\b");
    private static final Pattern DIMENSION_BEFORE = Pattern.compile("(?i)\\b(depth|height|altitude|distance|"
            + "length|width|radius|elevation|range)\\s+of\\s+(about\\s+|some\\s+|around\\s+|roughly\\s+)?$");
    private static final Pattern DIMENSION_AFTER = Pattern.compile("(?i)^\\s*[)\\]]?\\s*(from|away|deep|high|tall|"
            + "long|wide|north|south|east|west|northeast|northwest|southeast|southwest|off|below|above|under|"
            + "beneath|inland|offshore|outside)\\b");
    private static final Pattern UNIT_AHEAD = Pattern.compile("^\\s*(-\\s*)?" + TIME_UNIT.pattern());
    private static final Pattern PREVIOUSLY = Pattern.compile("(?i)\\b(previously|before|earlier|already)\\s+"
            + "(\\p{L}+\\s+)?$");
    private static final Pattern LENGTH_AHEAD = Pattern.compile("^\\s*" + LENGTH.pattern());
    private static final Pattern LENGTH_OF_FIGURE = Pattern.compile("\\d\\s*" + LENGTH.pattern());
    private static final Pattern POSSESSIVE = Pattern.compile("^\\s*['’]s?\\b");
    private static final Pattern ENDS_POSSESSIVE = Pattern.compile("['’]s?$");

    private final TitleJudge titles;

    IndependentReports(TitleJudge titles) {
        this.titles = titles;
    }

    /**
     * Whether {@code c}, found between {@code a} and {@code b}, is about one thing. {@code sameMoment}: the two are
     * renderings of one statement of one text, so its moment and calendar are the same in both, and only what bounds
     * a count ("since October"), what a day qualifies, what a length measures and which offices the titles name are
     * checked.
     */
    boolean oneThing(Conflict c, StorySentence a, StorySentence b, boolean sameMoment) {
        if (sameMoment) {
            return switch (c.slot()) {
                case "number" -> Objects.equals(countedSpan(period(a, c.first())), countedSpan(period(b, c.second())))
                        && sameDimension(a, c.first(), b, c.second());
                case "weekday", "date" -> possessive(a, c.first()) == possessive(b, c.second());
                case "role" -> sameOffices(c, a, b);
                default -> true;
            };
        }
        return switch (c.slot()) {
            case "number" -> sameQuantity(a, c.first(), b, c.second());
            case "weekday", "date" -> sameDay(a, c.first(), b, c.second());
            case "role" -> sameOffices(c, a, b);
            default -> true;
        };
    }

    private boolean sameOffices(Conflict c, StorySentence a, StorySentence b) {
        return titles.compareIndependent(c.first().text(), RoleSlot.lead(a, c.first().span()),
                c.second().text(), RoleSlot.lead(b, c.second().span())) != TitleJudge.Verdict.COMPATIBLE;
    }

    private static boolean sameQuantity(StorySentence a, Conflict.Value x, StorySentence b, Conflict.Value y) {
        int open = NumberSlot.openDirection(a, x);
        if (open != 0 && open == NumberSlot.openDirection(b, y)) {
            return false;
        }
        if (elapsed(a, x) || elapsed(b, y)) {
            return false;
        }
        return Objects.equals(period(a, x), period(b, y)) && sameDimension(a, x, b, y);
    }

    private static boolean sameDimension(StorySentence a, Conflict.Value x, StorySentence b, Conflict.Value y) {
        String dx = dimension(a, x);
        String dy = dimension(b, y);
        return dx == null || dy == null || dx.equals(dy);
    }

    /** Whether a value is a span of time measured up to or from a moment ("after four days of", "one day after"). */
    static boolean elapsed(StorySentence s, Conflict.Value v) {
        String after = after(s, v.span().end(), 30);
        String unitAfter = TIME_UNIT.matcher(v.text()).find() ? after : null;
        if (unitAfter == null) {
            Matcher m = UNIT_AHEAD.matcher(after);
            if (!m.find()) {
                return false;
            }
            unitAfter = after.substring(m.end());
        }
        return ELAPSED_BEFORE.matcher(before(s, v.span().start(), 24)).find()
                || ELAPSED_AFTER.matcher(unitAfter).find();
    }

    /** The period that bounds a count, in the rest of its clause, lower case; or null. */
    static String period(StorySentence s, Conflict.Value v) {
        String after = after(s, v.span().end(), 60);
        int clauseEnd = after.length();
        for (String stop : List.of(",", ";", " and ", " but ", ".")) {
            int at = after.indexOf(stop);
            if (at >= 0 && at < clauseEnd) {
                clauseEnd = at;
            }
        }
        Matcher m = PERIOD.matcher(after.substring(0, clauseEnd));
        if (m.find()) {
            String p = m.group(1).toLowerCase(Locale.ROOT);
            return p.equals("before") || p.equals("earlier") ? "previously" : p;
        }
        Matcher previously = PREVIOUSLY
                .matcher(before(s, v.span().start(), 40));
        return previously.find() ? "previously" : null;
    }

    /**
     * The part of a count's period that says what is counted ("since October", "previously", "to date"), or null
     * for a calendar period ("this year", "in 2021") that renderings of one text share whatever words they use.
     */
    private static String countedSpan(String period) {
        if (period == null || period.startsWith("this ") || period.startsWith("last ") || period.startsWith("in 1")
                || period.startsWith("in 2")) {
            return null;
        }
        return period;
    }

    /** The dimension a length measures ("depth", "from", "high"), when the words around it say; else null. */
    static String dimension(StorySentence s, Conflict.Value v) {
        String after = after(s, v.span().end(), 40);
        Matcher unit = LENGTH_AHEAD.matcher(after);
        boolean ownUnit = LENGTH_OF_FIGURE.matcher(v.text()).find();
        if (!ownUnit && !unit.find()) {
            return null;
        }
        String rest = ownUnit ? after : after.substring(unit.end());
        rest = rest.replaceFirst("^\\s*\\([^)]*\\)", ""); // "10 kilometers (6 miles) deep"
        Matcher b = DIMENSION_BEFORE.matcher(before(s, v.span().start(), 40));
        if (b.find()) {
            return b.group(1).toLowerCase(Locale.ROOT);
        }
        Matcher a = DIMENSION_AFTER.matcher(rest);
        return a.find() ? a.group(1).toLowerCase(Locale.ROOT) : "";
    }

    private static boolean sameDay(StorySentence a, Conflict.Value x, StorySentence b, Conflict.Value y) {
        if (spoken(a, x.span()) || spoken(b, y.span())) {
            return false;
        }
        if (possessive(a, x) != possessive(b, y)) {
            return false;
        }
        String px = nearestParticipant(a, x.span());
        String py = nearestParticipant(b, y.span());
        return px == null || py == null || NameSimilarity.sameWord(px, py) || px.equalsIgnoreCase(py);
    }

    /** Whether a day dates a statement: a reporting verb just before it ("announced Tuesday", "said on Monday"). */
    static boolean spoken(StorySentence s, Span day) {
        List<Token> tokens = s.sentence().tokens();
        int first = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= day.start()) {
                first = i;
                break;
            }
        }
        for (int k = first - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
            String w = tokens.get(k).text();
            if (ReportingVerbs.isSpeechVerb(w)) {
                return true;
            }
            if (!w.equalsIgnoreCase("on") && !w.equalsIgnoreCase("late") && !w.equalsIgnoreCase("early")
                    && !w.equalsIgnoreCase("this")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a day qualifies a noun ("Friday's quarterfinal"). */
    static boolean possessive(StorySentence s, Conflict.Value v) {
        return ENDS_POSSESSIVE.matcher(v.text()).find() || POSSESSIVE.matcher(after(s, v.span().end(), 4)).find();
    }

    /** The last word of the participant (a name, not a place) nearest to a span in its sentence, or null. */
    static String nearestParticipant(StorySentence s, Span span) {
        Mention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Mention m : s.mentions()) {
            if (m.kind() == EntityKind.PLACE) {
                continue; // a place sets where, not who: "met in Samarkand on Friday"
            }
            int d = m.span().end() <= span.start() ? span.start() - m.span().end()
                    : m.span().start() >= span.end() ? m.span().start() - span.end() : 0;
            if (d < bestDistance) {
                bestDistance = d;
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String[] words = best.text().replaceAll("['’]s$", "").split("\\s+");
        return words[words.length - 1];
    }

    /** Up to {@code n} characters before {@code start}, within its sentence. */
    private static String before(StorySentence s, int start, int n) {
        int from = Math.max(s.sentence().span().start(), start - n);
        return from >= start ? "" : s.source().text().substring(from, start);
    }

    /** Up to {@code n} characters after {@code end}, within its sentence. */
    private static String after(StorySentence s, int end, int n) {
        int to = Math.min(s.sentence().span().end(), end + n);
        return to <= end ? "" : s.source().text().substring(end, to);
    }
}
