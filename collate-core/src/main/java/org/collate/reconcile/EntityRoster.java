package org.collate.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.collate.lexicon.MiddleInitials;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Evidence;
import org.collate.model.Mention;
import org.collate.model.RosterEntity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * The story's entities: each article's entities merged across articles, every name variant and role kept with the
 * articles that use it. People merge when their surnames are spellings of one name and their given names do not
 * contradict ("Anthony Blinken" and "Antony Blinken"; not "Hunter Biden" and "Joe Biden"); places and organisations
 * by gazetteer name, else by spelling. Variants that look like misspellings, and articles that give one person two
 * different titles, are called out.
 */
final class EntityRoster {

    /** Roles too generic to contradict another ("Chinese leader" and "Chinese President" agree). */
    private static final Set<String> GENERIC_ROLES = Set.of("leader", "official", "counterpart", "head", "chief",
            "spokesman", "spokeswoman", "spokesperson", "candidate", "analyst", "diplomat", "envoy");

    /**
     * The roster and the map from each article's local entity ids to roster ids; {@code groups} are the merged
     * entities it was named from, in roster order ({@link #named}).
     */
    record Result(List<RosterEntity> entities, Map<String, String> rosterIdOf, Map<String, List<String>> contradictions,
                  List<Group> groups) {
        /** The roster id of an article's local entity, or null. */
        String of(String articleId, String localId) {
            return rosterIdOf.get(articleId + "\u0000" + localId);
        }
    }

    private final Gazetteer gazetteer;
    /** Judges the titles one article gives a person (it reads head titles through this roster). */
    private final TitleJudge titles = new TitleJudge(this);

    EntityRoster(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final class Group {
        final EntityKind kind;
        final List<AnalyzedArticle> articles = new ArrayList<>();
        final List<Entity> members = new ArrayList<>();
        String surname;
        String given;

        Group(EntityKind kind) {
            this.kind = kind;
        }
    }

    /** The roster, each spelling of a name counting once per article that uses it. */
    Result build(List<AnalyzedArticle> articles) {
        List<Group> groups = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        for (AnalyzedArticle a : articles) {
            for (Entity e : a.entities()) {
                if (e.kind() == EntityKind.OTHER) {
                    continue;
                }
                Group g = find(groups, byKey, e);
                if (g == null) {
                    g = new Group(e.kind());
                    if (e.kind() == EntityKind.PERSON) {
                        String[] words = e.name().split("\\s+");
                        g.surname = words[words.length - 1];
                        g.given = words.length > 1 ? words[0] : null;
                    }
                    groups.add(g);
                    byKey.put(key(e), g);
                } else if (g.given == null && e.kind() == EntityKind.PERSON && e.name().contains(" ")) {
                    g.given = e.name().split("\\s+")[0];
                }
                g.members.add(e);
                g.articles.add(a);
            }
        }
        // The roster lists the most talked-about entities first.
        groups.sort((x, y) -> Integer.compare(mentionCount(y), mentionCount(x)));
        Map<String, String> idOf = new HashMap<>();
        for (int n = 0; n < groups.size(); n++) {
            Group g = groups.get(n);
            for (int i = 0; i < g.members.size(); i++) {
                idOf.put(g.articles.get(i).id() + "\u0000" + g.members.get(i).id(), id(n));
            }
        }
        return name(List.copyOf(groups), idOf, id -> 1.0);
    }

    /**
     * The same roster, each entity named as the most trusted sources name it: {@code trust} weighs each article's
     * vote for a spelling (a copy or a rewrite counts for less than the article it derives from, so a
     * machine-translated copy's "Anthony" does not outvote the wire's "Antony"). The entities and their ids stay.
     */
    Result named(Result roster, ToDoubleFunction<String> trust) {
        return name(roster.groups(), roster.rosterIdOf(), trust);
    }

    private Result name(List<Group> groups, Map<String, String> idOf,
                        ToDoubleFunction<String> trust) {
        List<RosterEntity> out = new ArrayList<>();
        Map<String, List<String>> contradictions = new LinkedHashMap<>();
        for (int n = 0; n < groups.size(); n++) {
            out.add(entity(id(n), groups.get(n), contradictions, trust));
        }
        return new Result(out, idOf, contradictions, groups);
    }

    /** The roster id of the {@code n}-th entity (from 0) in roster order. */
    private static String id(int n) {
        return "r" + (n + 1);
    }

    private static int mentionCount(Group g) {
        return g.members.stream().mapToInt(e -> e.mentions().size()).sum();
    }

    private Group find(List<Group> groups, Map<String, Group> byKey, Entity e) {
        Group exact = byKey.get(key(e));
        if (exact != null) {
            return exact;
        }
        for (Group g : groups) {
            if (g.kind != e.kind()) {
                continue;
            }
            if (e.kind() == EntityKind.PERSON) {
                String[] words = e.name().split("\\s+");
                String surname = words[words.length - 1];
                String given = words.length > 1 ? words[0] : null;
                if (NameSimilarity.sameWord(surname, g.surname)
                        && (given == null || g.given == null || NameSimilarity.sameWord(given, g.given))
                        && g.members.stream().noneMatch(m -> MiddleInitials.differ(List.of(words),
                        List.of(m.name().split("\\s+"))))) {
                    return g;
                }
            } else if (NameSimilarity.sameWord(e.name(), g.members.get(0).name())) {
                return g;
            }
        }
        return null;
    }

    /** Exact identity: gazetteer name for known places and organisations, folded name otherwise. */
    private String key(Entity e) {
        if (e.kind() != EntityKind.PERSON) {
            for (String v : e.variants()) {
                Gazetteer.Entry entry = gazetteer.lookup(v);
                if (entry != null && !entry.demonym()) {
                    return e.kind().label() + ":" + entry.canonical();
                }
            }
        }
        return e.kind().label() + ":" + NameSimilarity.fold(e.name());
    }

    private RosterEntity entity(String id, Group g, Map<String, List<String>> contradictions,
                                ToDoubleFunction<String> trust) {
        Map<String, Set<String>> variantArticles = new LinkedHashMap<>();
        Map<String, Set<String>> roleArticles = new LinkedHashMap<>();
        Map<String, Double> nameVotes = new LinkedHashMap<>();
        List<Evidence> mentions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < g.members.size(); i++) {
            Entity e = g.members.get(i);
            AnalyzedArticle a = g.articles.get(i);
            nameVotes.merge(e.name(), trust.applyAsDouble(a.id()), Double::sum);
            for (Mention m : e.mentions()) {
                variantArticles.computeIfAbsent(m.text().replaceAll("['’]s$", ""), k -> new LinkedHashSet<>()).add(a.id());
                mentions.add(new Evidence(a.id(), m.text(), m.span()));
            }
            for (String role : e.roles()) {
                roleArticles.computeIfAbsent(role, k -> new LinkedHashSet<>()).add(a.id());
            }
            if (contradicts(e.roles())) {
                String note = "article " + a.id() + " calls " + e.name() + " " + quoteAll(e.roles());
                notes.add(note);
                contradictions.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(e.name() + ": " + quoteAll(e.roles()));
            }
        }
        String name = nameVotes.entrySet().stream()
                .max((x, y) -> x.getValue().equals(y.getValue())
                        ? Integer.compare(x.getKey().length(), y.getKey().length())
                        : Double.compare(x.getValue(), y.getValue()))
                .map(Map.Entry::getKey).orElse(g.members.get(0).name());
        List<RosterEntity.Variant> variants = new ArrayList<>();
        for (Map.Entry<String, Set<String>> v : variantArticles.entrySet()) {
            variants.add(new RosterEntity.Variant(v.getKey(), List.copyOf(v.getValue()), spellingNote(v.getKey(), name)));
        }
        for (RosterEntity.Variant v : variants) {
            if (v.note() != null) {
                notes.add("'" + v.name() + "' (" + String.join(", ", v.articleIds()) + ") " + v.note());
            }
        }
        List<RosterEntity.RoleUse> roles = new ArrayList<>();
        roleArticles.forEach((role, ids) -> roles.add(new RosterEntity.RoleUse(role, List.copyOf(ids))));
        return new RosterEntity(id, g.kind, name, variants, roles, notes, mentions);
    }

    /** A variant whose words are misspellings of the main name's words ("Anthony" for "Antony"), or null. */
    private static String spellingNote(String variant, String name) {
        List<String> differences = new ArrayList<>();
        for (String v : variant.split("\\s+")) {
            for (String w : name.split("\\s+")) {
                String fv = NameSimilarity.fold(v);
                String fw = NameSimilarity.fold(w);
                if (!fv.equals(fw) && NameSimilarity.sameWord(v, w) && !NameSimilarity.derivedForm(v, w)) {
                    differences.add("'" + v + "' for '" + w + "'");
                }
            }
        }
        return differences.isEmpty() ? null : "spells " + String.join(", ", differences) + ": a variant or a misspelling";
    }

    /** Whether one article gives one person two titles that cannot both be true at once ({@link TitleJudge}). */
    private boolean contradicts(List<String> roles) {
        for (int i = 0; i < roles.size(); i++) {
            for (int j = i + 1; j < roles.size(); j++) {
                if (titles.compare(roles.get(i), roles.get(j)) == TitleJudge.Verdict.CONFLICT) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The title a role names, without nationality or organisation ("US Secretary of State" → "secretary of state"). */
    String headTitle(String role) {
        List<String> words = List.of(role.toLowerCase(Locale.ROOT).split("\\s+"));
        String best = null;
        for (int i = 0; i < words.size(); i++) {
            int n = gazetteer.titleLength(words, i);
            if (n > 0) {
                String t = String.join(" ", words.subList(i, i + n));
                // The most words win; among equals the last, the head of an English title ("Executive producer").
                if (best == null || n >= best.split(" ").length) {
                    best = t;
                }
            }
        }
        return best == null || GENERIC_ROLES.contains(best) ? null : best;
    }

    private static String quoteAll(List<String> roles) {
        List<String> q = new ArrayList<>();
        for (String r : roles) {
            q.add("'" + r + "'");
        }
        return String.join(" and ", q);
    }
}
