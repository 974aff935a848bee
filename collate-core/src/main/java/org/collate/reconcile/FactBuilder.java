package org.collate.reconcile;

import org.collate.model.AnalyzedArticle;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.Mention;
import org.collate.model.Reading;
import org.collate.model.RosterEntity;
import org.collate.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns aligned units into facts. A unit whose statements differ in a checkable slot is {@code conflicting}, with
 * one reading per value; otherwise it is {@code agreed} when articles of two or more independent provenance groups
 * report it (copies of one source count once), else {@code single-source}. The roster adds the conflicts that live
 * in names rather than sentences: a person given two titles, a name spelt two ways.
 */
final class FactBuilder {

    private final SlotComparator comparator;
    private final EntityRoster roster;
    private final TitleJudge titles;
    /** {@link ReconcileSettings#minClaimWords()}: shorter lone sentences with no number are headings, fragments. */
    private final int minClaimWords;
    /** {@link ReconcileSettings#minNumberClaimWords()}: shorter lone sentences are no claims even with a number. */
    private final int minNumberClaimWords;

    FactBuilder(SlotComparator comparator, EntityRoster roster, ReconcileSettings settings) {
        this.comparator = comparator;
        this.roster = roster;
        this.titles = new TitleJudge(roster);
        this.minClaimWords = settings.minClaimWords();
        this.minNumberClaimWords = settings.minNumberClaimWords();
    }

    List<Fact> build(List<AnalyzedArticle> articles, List<StorySentence> sentences, List<List<Integer>> units,
                     ProvenanceClassifier.Result provenance, List<RosterEntity> entities, boolean collapseCopies) {
        List<String> articleIds = articles.stream().map(AnalyzedArticle::id).toList();
        List<Fact> conflicts = new ArrayList<>();
        List<Fact> variants = new ArrayList<>();
        List<Fact> agreed = new ArrayList<>();
        List<Fact> single = new ArrayList<>();
        Set<String> conflictKeys = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (List<Integer> unit : units) {
            // A page's publication stamp is furniture, not a statement to compare or to credit to a source.
            List<StorySentence> members = unit.stream().map(sentences::get).filter(s -> !StatementMatch.isStamp(s))
                    .toList();
            if (members.isEmpty()) {
                continue;
            }
            if (members.size() == 1 && !claim(members.get(0))) {
                continue;
            }
            List<Conflict> found = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (members.get(i).article() == members.get(j).article()) {
                        continue; // one article's two sentences describe two things; sources disagree across articles
                    }
                    boolean renderings = provenance.renderings(members.get(i).article(), members.get(j).article(),
                            articleIds);
                    for (Conflict c : comparator.compare(members.get(i), members.get(j), renderings)) {
                        if (found.stream().noneMatch(f -> f.slot().equals(c.slot()))) {
                            found.add(c);
                        }
                    }
                }
            }
            boolean disagree = false;
            for (Conflict c : found) {
                // A quote over two sentences differs in both of their units: one conflict.
                if (reported.add(c.slot() + "\u0000" + c.first().span() + "\u0000" + c.second().span())) {
                    (c.variant() ? variants : conflicts).add(conflictFact(c, members, sentences));
                    conflictKeys.add(c.slot() + "\u0000" + c.about());
                }
                disagree |= !c.variant();
            }
            if (disagree) {
                continue;
            }
            // Variants only: the statements still report one fact (worded otherwise), agreed or single-source.
            List<StorySentence> agreeing = sameFactMembers(members, provenance, collapseCopies);
            if (agreeing.isEmpty()) {
                // Aligned, but no two independent sentences state the same fact: each source's statement stands alone.
                Map<Integer, StorySentence> perGroup = new LinkedHashMap<>();
                for (StorySentence s : members) {
                    perGroup.putIfAbsent(group(s, provenance, collapseCopies), s);
                }
                for (StorySentence s : perGroup.values()) {
                    if (claim(s) && !StatementMatch.isOpinion(s) && !StatementMatch.isQuestion(s)) {
                        single.add(statement(FactStatus.SINGLE_SOURCE, List.of(s)));
                    }
                }
                continue;
            }
            boolean independent = false;
            for (StorySentence x : agreeing) {
                for (StorySentence y : agreeing) {
                    independent |= independent(x, y, provenance, collapseCopies);
                }
            }
            FactStatus status = independent ? FactStatus.AGREED : FactStatus.SINGLE_SOURCE;
            if (status == FactStatus.SINGLE_SOURCE) {
                agreeing = members;
            }
            (status == FactStatus.AGREED ? agreed : single).add(statement(status, agreeing));
        }
        for (Conflict c : relatedConflicts(sentences, units)) {
            if (conflictKeys.add(c.slot() + "\u0000" + c.about())) {
                (c.variant() ? variants : conflicts).add(conflictFact(c, List.of(sentences.get(c.first().sentence()),
                        sentences.get(c.second().sentence())), sentences));
            }
        }
        for (Fact f : rosterConflicts(articles, entities)) {
            if (!conflictKeys.contains(f.slot() + "\u0000" + f.about())) {
                (f.status() == FactStatus.VARIANT ? variants : conflicts).add(f);
            }
        }
        agreed.sort((x, y) -> Integer.compare(y.articleIds().size(), x.articleIds().size()));
        List<Fact> out = new ArrayList<>();
        int n = 0;
        for (List<Fact> list : List.of(conflicts, variants, agreed, single)) {
            for (Fact f : list) {
                out.add(new Fact("f" + (++n), f.status(), f.about(), f.slot(), f.readings()));
            }
        }
        return out;
    }

    /**
     * Whether two sentences come from independent sources: different provenance groups and, where both name one, not
     * the same outlet (two pages of one site repeat its own furniture and house lines; they are one source).
     */
    private static boolean independent(StorySentence a, StorySentence b, ProvenanceClassifier.Result provenance,
                                       boolean collapseCopies) {
        if (group(a, provenance, collapseCopies) == group(b, provenance, collapseCopies)) {
            return false;
        }
        String oa = a.source().article().outlet();
        String ob = b.source().article().outlet();
        return !collapseCopies || oa == null || ob == null || oa.isBlank() || !oa.equalsIgnoreCase(ob);
    }

    private static int group(StorySentence s, ProvenanceClassifier.Result provenance, boolean collapseCopies) {
        return collapseCopies ? provenance.originalOf().get(s.article()) : s.article();
    }

    /**
     * The members that state the same fact as a member of another provenance group ({@link StatementMatch}), or none
     * when the unit holds one group only or no such pair; opinion is no fact to agree with.
     */
    private static List<StorySentence> sameFactMembers(List<StorySentence> members,
                                                       ProvenanceClassifier.Result provenance, boolean collapseCopies) {
        Set<Integer> groups = new HashSet<>();
        members.forEach(s -> groups.add(group(s, provenance, collapseCopies)));
        if (groups.size() < 2) {
            return members;
        }
        List<StorySentence> out = new ArrayList<>();
        for (StorySentence s : members) {
            if (StatementMatch.isOpinion(s)) {
                continue;
            }
            for (StorySentence t : members) {
                if (independent(s, t, provenance, collapseCopies)
                        && !StatementMatch.isOpinion(t) && StatementMatch.sameFact(s, t)) {
                    out.add(s);
                    break;
                }
            }
        }
        return out;
    }

    /** A fact of one statement, given by the members, labelled with the shortest of them. */
    private static Fact statement(FactStatus status, List<StorySentence> members) {
        StorySentence shortest = members.stream().min((x, y) -> Integer.compare(x.text().length(), y.text().length()))
                .orElseThrow();
        List<String> ids = members.stream().map(StorySentence::articleId).distinct().toList();
        List<Evidence> evidence = members.stream()
                .map(s -> new Evidence(s.articleId(), s.text(), s.sentence().span())).toList();
        return new Fact(null, status, about(shortest.text()), null, List.of(new Reading(shortest.text(), ids, evidence)));
    }

    /** Whether a sentence says enough to be a claim of its own: six words, or three with a number (by default). */
    boolean claim(StorySentence s) {
        int words = 0;
        for (org.collate.model.Token t : s.sentence().tokens()) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words >= minClaimWords || words >= minNumberClaimWords && !s.numbers().isEmpty();
    }

    /**
     * Conflicts between sentences that the one-to-one alignment put in different units but that speak of the same
     * things: quantities of the same noun, or casualties, where the two sentences name at least two entities in
     * common ("Kyrgyzstan and Tajikistan … left dozens injured" / "… Kyrgyzstan and Tajikistan … after deadly
     * clashes"). Weekdays and titles need aligned sentences: too many events share their actors. Two sentences each
 * aligned with one of the other's article are not compared: each statement is matched, and the two speak of
 * different things ("1 sack, 2 QH" and "1 sack, 1 QH" in a list of players' statistics).
     */
    private List<Conflict> relatedConflicts(List<StorySentence> sentences, List<List<Integer>> units) {
        Map<Integer, Integer> unitOf = new java.util.HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            for (int i : units.get(u)) {
                unitOf.put(i, u);
            }
        }
        List<StorySentence> slotted = sentences.stream()
                .filter(s -> !s.numbers().isEmpty() || CasualtySlot.mentionsCasualties(s.text())).toList();
        List<Conflict> out = new ArrayList<>();
        for (int i = 0; i < slotted.size(); i++) {
            for (int j = i + 1; j < slotted.size(); j++) {
                StorySentence a = slotted.get(i);
                StorySentence b = slotted.get(j);
                if (a.article() == b.article() || unitOf.get(a.index()).equals(unitOf.get(b.index()))
                        || sharedEntities(a, b) < 2
                        || hasCounterpart(b.article(), units.get(unitOf.get(a.index())), sentences)
                        && hasCounterpart(a.article(), units.get(unitOf.get(b.index())), sentences)) {
                    continue;
                }
                for (Conflict c : comparator.compareQuantities(a, b)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Whether a unit holds a sentence of the article. */
    private static boolean hasCounterpart(int otherArticle, List<Integer> unit, List<StorySentence> sentences) {
        for (int i : unit) {
            if (sentences.get(i).article() == otherArticle) {
                return true;
            }
        }
        return false;
    }

    private static int sharedEntities(StorySentence a, StorySentence b) {
        int n = 0;
        for (String e : a.entities()) {
            if (b.entities().contains(e)) {
                n++;
            }
        }
        return n;
    }

    private static Fact conflictFact(Conflict c, List<StorySentence> members, List<StorySentence> sentences) {
        Map<String, List<StorySentence>> byValue = new LinkedHashMap<>();
        Map<String, Span> spanOf = new LinkedHashMap<>();
        StorySentence first = sentences.get(c.first().sentence());
        StorySentence second = sentences.get(c.second().sentence());
        byValue.computeIfAbsent(c.first().text(), k -> new ArrayList<>()).add(first);
        byValue.computeIfAbsent(c.second().text(), k -> new ArrayList<>()).add(second);
        spanOf.put(first.index() + "", c.first().span());
        spanOf.put(second.index() + "", c.second().span());
        // The unit's other statements join the reading whose value they repeat.
        for (StorySentence s : members) {
            if (s == first || s == second) {
                continue;
            }
            for (Map.Entry<String, List<StorySentence>> e : byValue.entrySet()) {
                int at = s.text().indexOf(e.getKey());
                if (at >= 0) {
                    e.getValue().add(s);
                    int base = s.sentence().span().start();
                    spanOf.put(s.index() + "", new Span(base + at, base + at + e.getKey().length()));
                    break;
                }
            }
        }
        List<Reading> readings = new ArrayList<>();
        for (Map.Entry<String, List<StorySentence>> e : byValue.entrySet()) {
            List<String> ids = e.getValue().stream().map(StorySentence::articleId).distinct().toList();
            List<Evidence> evidence = new ArrayList<>();
            for (StorySentence s : e.getValue()) {
                evidence.add(new Evidence(s.articleId(), s.text(), s.sentence().span()));
                Span slot = spanOf.get(s.index() + "");
                if (slot != null) {
                    evidence.add(new Evidence(s.articleId(), s.source().text().substring(slot.start(), slot.end()), slot));
                }
            }
            readings.add(new Reading(e.getKey(), ids, evidence));
        }
        return new Fact(null, c.variant() ? FactStatus.VARIANT : FactStatus.CONFLICTING, c.about(), c.slot(), readings);
    }

    /** Titles that differ for one person, and names spelt two ways, across or within the articles. */
    private List<Fact> rosterConflicts(List<AnalyzedArticle> articles, List<RosterEntity> entities) {
        List<Fact> out = new ArrayList<>();
        for (RosterEntity e : entities) {
            Map<String, List<RosterEntity.RoleUse>> byTitle = new LinkedHashMap<>();
            Set<String> titled = new HashSet<>();
            // Each role's evidence is read once: every article's mentions are walked to find it.
            Map<String, List<Evidence>> evidenceOf = new HashMap<>();
            java.util.function.Function<String, List<Evidence>> evidenceFor =
                    role -> evidenceOf.computeIfAbsent(role, r -> roleEvidence(articles, e, r));
            String name = personalName(e);
            for (RosterEntity.RoleUse r : e.roles()) {
                String title = roster.headTitle(r.role());
                // A title counts where it stands beside a name of the person ("president France" in a transcript
                // is someone else's title that the roster took in with a place).
                if (title != null && evidenceFor.apply(r.role()).stream().anyMatch(ev -> namesEntity(ev, name))) {
                    byTitle.computeIfAbsent(title, k -> new ArrayList<>()).add(r);
                    titled.addAll(r.articleIds());
                }
            }
            // Titles that only one article gives are a contradiction within it (Modi "Prime Minister", then
            // "President", each time by his full name) or its own two people sharing a name ("activist Alaa Abdel",
            // "president Abdel"): within one article, each title must stand before the full name.
            boolean oneArticle = titled.size() == 1;
            if (byTitle.size() >= 2 && (!oneArticle || byTitle.values().stream().allMatch(uses -> uses.stream()
                    .anyMatch(u -> evidenceFor.apply(u.role()).stream().anyMatch(ev -> fullName(ev, name)))))) {
                TitleJudge.Verdict worst = TitleJudge.Verdict.SAME;
                List<List<RosterEntity.RoleUse>> groups = List.copyOf(byTitle.values());
                List<String> leads = groups.stream().map(g -> lead(articles, evidenceFor.apply(g.get(0).role())))
                        .toList();
                for (int i = 0; i < groups.size(); i++) {
                    for (int j = i + 1; j < groups.size(); j++) {
                        TitleJudge.Verdict v = oneArticle(groups.get(i), groups.get(j))
                                ? titles.compare(groups.get(i).get(0).role(), leads.get(i),
                                groups.get(j).get(0).role(), leads.get(j))
                                : titles.compareIndependent(groups.get(i).get(0).role(), leads.get(i),
                                groups.get(j).get(0).role(), leads.get(j));
                        if (v.compareTo(worst) > 0 && v != TitleJudge.Verdict.COMPATIBLE
                                || v == TitleJudge.Verdict.CONFLICT) {
                            worst = v;
                        }
                    }
                }
                if (worst == TitleJudge.Verdict.CONFLICT || worst == TitleJudge.Verdict.VARIANT) {
                    // One article giving both titles contradicts itself: still a conflict to show (Modi "Prime
                    // Minister", then "President", in the seeds' spun copy).
                    List<Reading> readings = new ArrayList<>();
                    for (List<RosterEntity.RoleUse> uses : groups) {
                        Set<String> ids = new LinkedHashSet<>();
                        List<Evidence> evidence = new ArrayList<>();
                        for (RosterEntity.RoleUse use : uses) {
                            ids.addAll(use.articleIds());
                            evidence.addAll(evidenceFor.apply(use.role()));
                        }
                        readings.add(new Reading(uses.get(0).role(), List.copyOf(ids), evidence));
                    }
                    if (readings.stream().map(Reading::value).distinct().count() > 1) {
                        out.add(new Fact(null, worst == TitleJudge.Verdict.CONFLICT ? FactStatus.CONFLICTING
                                : FactStatus.VARIANT, e.name() + "'s title", "role", readings));
                    }
                }
            }
            List<RosterEntity.Variant> misspelt = e.variants().stream().filter(v -> v.note() != null).toList();
            if (!misspelt.isEmpty()) {
                List<Reading> readings = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (RosterEntity.Variant v : e.variants()) {
                    boolean relevant = v.note() != null || misspelt.stream()
                            .anyMatch(m -> SpellingSlot.differingWord(m.name(), v.name()) != null);
                    if (relevant && seen.add(v.name())) {
                        readings.add(new Reading(v.name(), v.articleIds(), nameEvidence(e, v.name())));
                    }
                }
                // Spellings every article uses alike are its own variation (a name transliterated two ways within
                // each text), not a difference between the sources.
                boolean sourcesDiffer = readings.stream().map(r -> Set.copyOf(r.articleIds())).distinct().count() > 1;
                if (readings.size() >= 2 && sourcesDiffer) {
                    out.add(new Fact(null, FactStatus.VARIANT, "spelling of " + e.name(), "spelling", readings));
                }
            }
        }
        return out;
    }

    /**
     * Whether one article gives both groups' titles: then it contradicts itself and a different title is judged
     * strictly. Across articles, two outlets (or a rewrite with its own wording) may name two offices one person
     * holds; a copy that changes a title in a sentence it otherwise keeps is caught sentence by sentence
     * ({@link RoleSlot}, {@link SlotComparator}).
     */
    private static boolean oneArticle(List<RosterEntity.RoleUse> x, List<RosterEntity.RoleUse> y) {
        for (RosterEntity.RoleUse u : x) {
            for (RosterEntity.RoleUse w : y) {
                if (u.articleIds().stream().anyMatch(w.articleIds()::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A person's name without any "of …" the roster's name carries ("Manuel Valls of France"). */
    private static String personalName(RosterEntity e) {
        return e.name().split("\\s+of\\s+")[0];
    }

    /** Whether a role's evidence holds a word of the person's name. */
    private static boolean namesEntity(Evidence ev, String name) {
        for (String w : name.split("[\\s.]+")) {
            if (w.length() > 1 && ev.text().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a role's evidence holds every word of the person's name. */
    private static boolean fullName(Evidence ev, String name) {
        String[] words = name.split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(ev.text()::contains);
    }

    /** The characters before a role's first use (its evidence), where "then-" or "former" stands. */
    private static String lead(List<AnalyzedArticle> articles, List<Evidence> roleEvidence) {
        for (Evidence ev : roleEvidence) {
            for (AnalyzedArticle a : articles) {
                if (a.id().equals(ev.articleId())) {
                    return a.text().substring(Math.max(0, ev.span().start() - 20), ev.span().start());
                }
            }
        }
        return "";
    }

    private static List<Evidence> roleEvidence(List<AnalyzedArticle> articles, RosterEntity e, String role) {
        List<Evidence> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            for (var entity : a.entities()) {
                for (Mention m : entity.mentions()) {
                    if (role.equals(m.role()) && e.mentions().stream()
                            .anyMatch(x -> x.articleId().equals(a.id()) && x.span().equals(m.span()))) {
                        // The role may follow the name ("Joe Biden, the president"): the span covers both.
                        Span span = new Span(Math.min(m.roleSpan().start(), m.span().start()),
                                Math.max(m.roleSpan().end(), m.span().end()));
                        out.add(new Evidence(a.id(), span.of(a.text()), span));
                    }
                }
            }
        }
        return out;
    }

    private static List<Evidence> nameEvidence(RosterEntity e, String variant) {
        List<Evidence> out = new ArrayList<>();
        Set<String> articlesSeen = new HashSet<>();
        for (Evidence m : e.mentions()) {
            if (m.text().replaceAll("['’]s$", "").equals(variant) && articlesSeen.add(m.articleId())) {
                out.add(m);
            }
        }
        return out;
    }

    /** A short label for a statement: its first words. */
    static String about(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= 14) {
            return sentence;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 14)) + " …";
    }
}
