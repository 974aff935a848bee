package org.collate.reconcile;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two titles given to one person can both be true. A person holds several titles, current and past, so only
 * two different offices at the same time disagree ("Prime Minister" / "President", "CEO" / "CFO"). The same office
 * worded otherwise is a variant: a synonym or an abbreviation ("Foreign Secretary" / "Foreign Minister", "COO" /
 * "chief operating officer"), a shorter form ("Secretary" / "Defense Secretary"). A title of another time
 * ("former", "then-", "ex-", "-elect") or a status ("nominee", "candidate", "founder") sits with any other; so does a generic
 * description ("official", "leader"), which the roster does not read as a title at all.
 */
final class TitleJudge {

    enum Verdict {
        /** The same title. */
        SAME,
        /** The same office worded otherwise. */
        VARIANT,
        /** Both can be true: another time, a status, a description. */
        COMPATIBLE,
        /** Two offices one person cannot hold at once. */
        CONFLICT
    }

    /** Words that place a title at another time, or make it a status rather than an office held. */
    private static final Pattern OTHER_TIME = Pattern.compile("(?i)\\b(former|ex|then|late|outgoing|incoming|"
            + "future|elect|designate|nominee|nominated|candidate|would-be|retired|erstwhile|one-time|onetime|"
            + "interim|acting|presumptive|hopeful|founder|co-founder|cofounder)\\b");

    /**
     * Offices of state whose rank sets them apart ("Deputy Minister" is not the minister); elsewhere a rank is detail
     * of one trade ("Assistant District Attorney" is a prosecutor).
     */
    private static final Set<String> OFFICES_OF_STATE = Set.of("minister", "president", "governor", "chancellor",
            "mayor", "premier", "secretary", "director");

    /** A title after "of (the)" is the office of the person the name's own title serves. */
    private static final Pattern OF_ANOTHER = Pattern.compile("(?i)\\bof(\\s+the)?\\s*$");

    /**
     * Words that name an office's rank: "Deputy Minister" is not "Minister". A title with such a word differs from
     * one without it.
     */
    private static final Set<String> RANKS = Set.of("deputy", "vice", "vice-", "assistant", "under", "associate",
            "junior", "lieutenant");

    /**
     * One spelling per office for words that name the same office in different places or styles. Written by hand:
     * no maintained resource gathers the English synonyms of government and company titles (WordNet files
     * "minister" and "secretary" apart), and the list is short and general, not fitted to a page.
     */
    private static final Map<String, String> SAME_OFFICE = Map.ofEntries(
            Map.entry("secretary", "minister"), Map.entry("defence", "defense"),
            Map.entry("ceo", "chief executive"), Map.entry("chief executive officer", "chief executive"),
            Map.entry("coo", "chief operating officer"), Map.entry("cfo", "chief financial officer"),
            Map.entry("chairman", "chair"), Map.entry("chairwoman", "chair"), Map.entry("chairperson", "chair"),
            Map.entry("pm", "prime minister"), Map.entry("premier", "prime minister"),
            // The abbreviations with their full stop and, as headlines write them, without it ("Gov Fallin").
            Map.entry("gov.", "governor"), Map.entry("gov", "governor"), Map.entry("sen.", "senator"),
            Map.entry("sen", "senator"), Map.entry("rep.", "representative"), Map.entry("rep", "representative"),
            Map.entry("pres.", "president"), Map.entry("pres", "president"), Map.entry("gen.", "general"),
            Map.entry("gen", "general"), Map.entry("lt.", "lieutenant"), Map.entry("lt", "lieutenant"),
            Map.entry("secretary of state", "foreign minister"), Map.entry("external affairs minister",
                    "foreign minister"), Map.entry("spokeswoman", "spokesperson"),
            Map.entry("spokesman", "spokesperson"), Map.entry("justice", "judge"), Map.entry("attorney", "lawyer"),
            Map.entry("prosecutor", "lawyer"), Map.entry("counsel", "lawyer"), Map.entry("solicitor", "lawyer"));

    private final EntityRoster roster;

    TitleJudge(EntityRoster roster) {
        this.roster = roster;
    }

    /**
     * @param x     one role as an article gives it ("US Secretary of State", "former President")
     * @param xLead the few words before it in its article ("then-" of "then-Senator"), or ""
     */
    Verdict compare(String x, String xLead, String y, String yLead) {
        if (OF_ANOTHER.matcher(xLead == null ? "" : xLead).find() || OF_ANOTHER.matcher(yLead == null ? "" : yLead).find()) {
            return Verdict.COMPATIBLE; // "Press Secretary of the Russian President Dmitry Peskov": not Peskov's title
        }
        if (OTHER_TIME.matcher(x + " " + tail(xLead)).find() || OTHER_TIME.matcher(y + " " + tail(yLead)).find()) {
            return Verdict.COMPATIBLE;
        }
        String tx = roster.headTitle(x);
        String ty = roster.headTitle(y);
        if (tx == null || ty == null) {
            return Verdict.COMPATIBLE;
        }
        tx = withRank(tail(xLead) + " " + x, tx);
        ty = withRank(tail(yLead) + " " + y, ty);
        if (tx.equals(ty)) {
            return x.equalsIgnoreCase(y) ? Verdict.SAME : Verdict.VARIANT;
        }
        Set<String> wx = canonicalWords(tx);
        Set<String> wy = canonicalWords(ty);
        if (wx.equals(wy)) {
            return Verdict.VARIANT;
        }
        // "Minister" / "Prime Minister": the shorter form of the same office, unless the longer adds a rank.
        Set<String> shorter = wx.size() <= wy.size() ? wx : wy;
        Set<String> longer = shorter == wx ? wy : wx;
        boolean ofState = shorter.stream().anyMatch(OFFICES_OF_STATE::contains)
                || longer.stream().anyMatch(OFFICES_OF_STATE::contains);
        Set<String> withoutRanks = new LinkedHashSet<>(longer);
        withoutRanks.removeAll(RANKS);
        Set<String> shorterWithoutRanks = new LinkedHashSet<>(shorter);
        shorterWithoutRanks.removeAll(RANKS);
        if (longer.containsAll(shorter) && (!ofState
                || longer.stream().filter(w -> !shorter.contains(w)).noneMatch(RANKS::contains))
                || !ofState && (withoutRanks.containsAll(shorterWithoutRanks) || shorterWithoutRanks.containsAll(withoutRanks))) {
            return Verdict.VARIANT;
        }
        // "President and General Manager Billy King": the article gives both titles together.
        if (mentions(xLead, ty) || mentions(yLead, tx)) {
            return Verdict.COMPATIBLE;
        }
        return Verdict.CONFLICT;
    }

    private static boolean mentions(String lead, String title) {
        return lead != null && lead.toLowerCase(Locale.ROOT).contains(title.toLowerCase(Locale.ROOT));
    }

    /**
     * Like {@link #compare(String, String, String, String)}, for the titles two independent outlets give one person:
     * two offices conflict only when they could be offices of the same body ("Prime Minister" / "President" of a
     * country, "Director" / "President" of an organisation). A title that is no office of a body (a trade or a
     * description: "Professor", "author", "producer"), or offices of bodies of different kinds ("Mayor" of a city,
     * "President" of a region), can both be true: a person holds several. Renderings of one source are judged by
     * the plain comparison: a copy that changes a title changes the fact.
     */
    Verdict compareIndependent(String x, String xLead, String y, String yLead) {
        Verdict v = compare(x, xLead, y, yLead);
        if (v != Verdict.CONFLICT) {
            return v;
        }
        Set<String> bx = bodies(x);
        Set<String> by = bodies(y);
        return bx.isEmpty() || by.isEmpty() || java.util.Collections.disjoint(bx, by) ? Verdict.COMPATIBLE
                : Verdict.CONFLICT;
    }

    /** The kinds of body an office's holder serves, by its head word(s); none for a trade or a description. */
    private Set<String> bodies(String role) {
        String head = roster.headTitle(role);
        if (head == null) {
            return Set.of();
        }
        Set<String> words = canonicalWords(head);
        String joined = String.join(" ", words);
        Set<String> out = new LinkedHashSet<>();
        for (Map.Entry<String, Set<String>> e : BODIES.entrySet()) {
            if (e.getKey().contains(" ") ? joined.contains(e.getKey()) : words.contains(e.getKey())) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    private static final String COUNTRY = "country";
    private static final String REGION = "region";
    private static final String CITY = "city";
    private static final String ORGANISATION = "organisation";
    private static final String LEGISLATURE = "legislature";
    /**
     * The bodies whose offices a title names. Written by hand for the same reason as {@link #SAME_OFFICE}: a short,
     * general table of English office words, not fitted to a page; a title it does not list is no office of a body
     * and sits with any other.
     */
    private static final Map<String, Set<String>> BODIES = Map.ofEntries(
            Map.entry("president", Set.of(COUNTRY, REGION, ORGANISATION)),
            Map.entry("prime minister", Set.of(COUNTRY, REGION)),
            Map.entry("chancellor", Set.of(COUNTRY, ORGANISATION)),
            Map.entry("king", Set.of(COUNTRY)), Map.entry("queen", Set.of(COUNTRY)),
            Map.entry("emperor", Set.of(COUNTRY)), Map.entry("monarch", Set.of(COUNTRY)),
            Map.entry("minister", Set.of(COUNTRY, REGION)),
            Map.entry("governor", Set.of(REGION, ORGANISATION)),
            Map.entry("mayor", Set.of(CITY)),
            Map.entry("senator", Set.of(LEGISLATURE)), Map.entry("representative", Set.of(LEGISLATURE)),
            Map.entry("congressman", Set.of(LEGISLATURE)), Map.entry("congresswoman", Set.of(LEGISLATURE)),
            Map.entry("lawmaker", Set.of(LEGISLATURE)), Map.entry("speaker", Set.of(LEGISLATURE)),
            Map.entry("director", Set.of(ORGANISATION)), Map.entry("chief executive", Set.of(ORGANISATION)),
            Map.entry("chief operating officer", Set.of(ORGANISATION)),
            Map.entry("chief financial officer", Set.of(ORGANISATION)),
            Map.entry("chair", Set.of(ORGANISATION)), Map.entry("manager", Set.of(ORGANISATION)),
            Map.entry("commissioner", Set.of(ORGANISATION)), Map.entry("secretary-general", Set.of(ORGANISATION)),
            Map.entry("ambassador", Set.of("embassy")),
            Map.entry("judge", Set.of("court")),
            Map.entry("general", Set.of("army")), Map.entry("colonel", Set.of("army")),
            Map.entry("admiral", Set.of("army")), Map.entry("commander", Set.of("army")),
            Map.entry("lieutenant", Set.of("army")), Map.entry("sergeant", Set.of("army")),
            Map.entry("coach", Set.of("team")), Map.entry("captain", Set.of("team", "army")));

    /** Whether two roles conflict, read without their context. */
    Verdict compare(String x, String y) {
        return compare(x, "", y, "");
    }

    /** The head title with the rank word just before it in the role ("Deputy Foreign Minister" → "deputy foreign minister"). */
    private static String withRank(String role, String head) {
        String lower = role.toLowerCase(Locale.ROOT);
        int at = lower.indexOf(head);
        if (at <= 0) {
            return head;
        }
        String[] before = lower.substring(0, at).strip().split("\\s+");
        String last = before[before.length - 1];
        return RANKS.contains(last) ? last + " " + head : head;
    }

    private static Set<String> canonicalWords(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : SAME_OFFICE.entrySet()) {
            if (e.getKey().contains(" ") && t.contains(e.getKey())) {
                t = t.replace(e.getKey(), e.getValue());
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String w : t.split("[\\s-]+")) {
            String c = SAME_OFFICE.getOrDefault(w, w);
            out.addAll(Arrays.asList(c.split("\\s+")));
        }
        out.removeAll(List.of("of", "the", "and", "for"));
        return out;
    }

    /** The last two words before a role: enough for "then-" or "the former". */
    private static String tail(String lead) {
        if (lead == null || lead.isBlank()) {
            return "";
        }
        String[] w = lead.strip().split("\\s+");
        return String.join(" ", Arrays.copyOfRange(w, Math.max(0, w.length - 2), w.length));
    }
}
