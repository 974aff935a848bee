package org.collate.eval.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Kind#TITLE}: the title in the role before a person's full name (one starting with a known given name),
 * "Indian Prime Minister", replaced by another of its family (political, business, sport, military, legal, academic):
 * "Indian President", with the original's capitalisation.
 *
 * <p>The title is found by the generator's own list, {@link #TITLE_FAMILIES} (the longest family title among the
 * role's words), not by the reconcile stage's roster; titles that name one office ("defence"/"defense minister",
 * "chairman"/"chairwoman", "chief executive"/"CEO") never replace each other.
 */
final class TitleEdits implements EditMaker {

    /** Titles that can stand in for each other: one family per line of work. */
    static final List<List<String>> TITLE_FAMILIES = List.of(
            List.of("president", "prime minister", "vice president", "chancellor", "foreign minister",
                    "finance minister", "defence minister", "defense minister", "interior minister", "health minister",
                    "secretary of state", "governor", "mayor", "senator", "premier", "king", "queen", "speaker",
                    "ambassador", "representative", "congressman", "congresswoman", "attorney general"),
            List.of("chief executive", "ceo", "chairman", "chairwoman", "founder", "director", "manager", "president"),
            List.of("coach", "manager", "captain"),
            List.of("general", "colonel", "lieutenant", "captain", "admiral", "commander", "sergeant"),
            List.of("judge", "prosecutor", "attorney general", "chief justice", "justice"),
            List.of("professor", "economist", "director"));

    /** Spellings or forms of one office: a swap between them is no change of title. */
    static final List<Set<String>> SAME_OFFICE = List.of(Set.of("defence minister", "defense minister"),
            Set.of("chairman", "chairwoman"), Set.of("congressman", "congresswoman", "representative"),
            Set.of("chief executive", "ceo"));
    /** Every family title, longest first, so that "vice president" is found before "president". */
    private static final List<String> ALL_TITLES = TITLE_FAMILIES.stream().flatMap(List::stream).distinct()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    private final Gazetteer gazetteer;

    TitleEdits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : c.a.entities()) {
            String[] words = e.name().split("\\s+");
            if (e.kind() != EntityKind.PERSON || words.length < 2 || !gazetteer.isGivenName(words[0])) {
                continue; // "King of Monitors": a title before something that is no person's full name
            }
            for (Mention m : e.mentions()) {
                if (m.role() == null || m.roleSpan() == null || m.roleSpan().end() > m.span().start()
                        || c.inQuote(m.roleSpan())) {
                    continue;
                }
                String roleText = m.roleSpan().of(c.text);
                String head = null;
                int[] at = null;
                for (String title : ALL_TITLES) {
                    at = locateTitle(roleText, title);
                    if (at != null) {
                        head = title;
                        break;
                    }
                }
                if (head == null) {
                    continue;
                }
                String title = head;
                List<String> family = TITLE_FAMILIES.stream().filter(f -> f.contains(title)).findFirst().orElse(null);
                if (family == null) {
                    continue;
                }
                String found = roleText.substring(at[0], at[1]);
                for (String other : family) {
                    if (other.equals(head) || sameOffice(head, other)) {
                        continue;
                    }
                    String replacement = Character.isUpperCase(found.charAt(0)) ? titleCase(other) : other;
                    int start = m.roleSpan().start() + at[0];
                    ArticleContext.add(out, c.single(Kind.TITLE, head + " → " + other, start,
                            m.roleSpan().start() + at[1], replacement));
                }
            }
        }
        return out;
    }

    static boolean sameOffice(String a, String b) {
        return SAME_OFFICE.stream().anyMatch(s -> s.contains(a) && s.contains(b));
    }

    /** Where the head title's words stand in the role's text, as character offsets, or null. */
    static int[] locateTitle(String role, String head) {
        List<int[]> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(role);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        List<String> lower = words.stream().map(w -> role.substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
        int n = head.split(" ").length;
        for (int i = 0; i + n <= lower.size(); i++) {
            if (String.join(" ", lower.subList(i, i + n)).replace(".", "").equals(head)) {
                return new int[]{words.get(i)[0], words.get(i + n - 1)[1]};
            }
        }
        return null;
    }

    static String titleCase(String title) {
        StringBuilder b = new StringBuilder();
        for (String w : title.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.equals("of") ? w
                    : w.equals("ceo") ? "CEO" : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }
}
