package org.collate.eval.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.reconcile.EntityRoster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private final Gazetteer gazetteer;
    private final EntityRoster titles;

    TitleEdits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.titles = new EntityRoster(gazetteer);
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
                String head = titles.headTitle(m.role());
                if (head == null) {
                    continue;
                }
                String roleText = m.roleSpan().of(c.text);
                int[] at = locateTitle(roleText, head);
                if (at == null) {
                    continue;
                }
                List<String> family = TITLE_FAMILIES.stream().filter(f -> f.contains(head)).findFirst().orElse(null);
                if (family == null) {
                    continue;
                }
                String found = roleText.substring(at[0], at[1]);
                for (String other : family) {
                    if (other.equals(head)) {
                        continue;
                    }
                    String replacement = Character.isUpperCase(found.charAt(0)) ? titleCase(other) : other;
                    String newRole = roleText.substring(0, at[0]) + replacement + roleText.substring(at[1]);
                    String newHead = titles.headTitle(newRole);
                    if (newHead != null && !newHead.equals(head)) {
                        int start = m.roleSpan().start() + at[0];
                        ArticleContext.add(out, c.single(Kind.TITLE, head + " → " + other, start,
                                m.roleSpan().start() + at[1], replacement));
                    }
                }
            }
        }
        return out;
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
