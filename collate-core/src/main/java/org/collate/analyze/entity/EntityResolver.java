package org.collate.analyze.entity;

import org.collate.lexicon.MiddleInitials;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups one article's mentions into entities, the way a reader links names: a full name opens an entity; a
 * surname, or honorific and surname, joins the person whose name holds it, the most recently named first ("Mr
 * Modi" → "Narendra Modi"; "Xi" → "Xi Jinping"), without its title when two people share the surname; an acronym
 * in brackets joins the name before it ("Shanghai Cooperation Organisation (SCO)"); places and organisations join
 * by their gazetteer name ("Kiev" and "Kyiv").
 * A lone capitalised word that matches nothing and has no evidence of being a name is dropped.
 */
final class EntityResolver {

    private static final class Builder {
        final String key;
        EntityKind kind;
        final List<CandidateMention> mentions = new ArrayList<>();
        final Set<String> nameTokens = new LinkedHashSet<>();
        String acronym;

        Builder(String key, EntityKind kind) {
            this.key = key;
            this.kind = kind;
        }

        CandidateMention last() {
            return mentions.get(mentions.size() - 1);
        }
    }

    List<Entity> resolve(List<CandidateMention> candidates, String text) {
        Map<String, Builder> byKey = new LinkedHashMap<>();
        List<CandidateMention> singles = new ArrayList<>();
        // Pass 1: names that identify on their own.
        for (CandidateMention m : candidates) {
            if (m.canonical() != null && m.kind() != EntityKind.PERSON) {
                add(byKey, "k:" + m.canonical(), m);
            } else if (!m.singleWord() && m.kind() != null) {
                Builder b = personWithSameEnds(byKey, m);
                if (b != null) {
                    b.mentions.add(m);
                    b.nameTokens.addAll(strip(m.nameWords()));
                } else {
                    add(byKey, "n:" + normalise(m.name()), m);
                }
            } else {
                singles.add(m);
            }
        }
        linkAcronyms(byKey, candidates, text);
        // Pass 2: single words join the person (or named thing) that holds them, else stand alone with evidence.
        List<CandidateMention> unresolved = new ArrayList<>();
        for (CandidateMention m : singles) {
            String word = strip(m.nameWords()).get(0);
            Builder target = bestHolder(byKey, word, m);
            if (target != null) {
                // Two people of one surname ("Bill Clinton", "Hillary Clinton"): a titled "President Clinton" joins
                // the one named last, but whose title it is the surname cannot tell, so neither is given it.
                target.mentions.add(m.role() != null && personsNamed(byKey, word) > 1 ? m.withoutRole() : m);
                if (m.personEvidence() && target.kind != EntityKind.PERSON
                        && target.kind != EntityKind.PLACE && target.kind != EntityKind.ORGANIZATION) {
                    target.kind = EntityKind.PERSON;
                }
            } else {
                unresolved.add(m);
            }
        }
        for (CandidateMention m : unresolved) {
            String word = strip(m.nameWords()).get(0);
            Builder existing = byKey.get("n:" + normalise(word));
            if (existing != null) {
                existing.mentions.add(m);
                if (m.kind() != null && existing.kind == null) {
                    existing.kind = m.kind();
                }
            } else if (m.kind() != null) {
                add(byKey, "n:" + normalise(word), m);
            }
        }
        return build(byKey, text);
    }

    /** "Recep Tayyip Erdogan" and "Recep Erdogan" name one person: same first and last words. */
    private static Builder personWithSameEnds(Map<String, Builder> byKey, CandidateMention m) {
        List<String> words = strip(m.nameWords());
        for (Builder b : byKey.values()) {
            if (b.kind != EntityKind.PERSON && m.kind() != EntityKind.PERSON) {
                continue;
            }
            List<String> other = strip(b.mentions.get(0).nameWords());
            if (other.size() >= 2 && words.size() >= 2 && other.get(0).equals(words.get(0))
                    && other.get(other.size() - 1).equals(words.get(words.size() - 1))
                    && !MiddleInitials.differ(other, words)) { // "George W. Bush", "George H.W. Bush"
                return b;
            }
        }
        return null;
    }

    private static Builder bestHolder(Map<String, Builder> byKey, String word, CandidateMention m) {
        Builder best = null;
        int bestScore = 0;
        for (Builder b : byKey.values()) {
            int score = holds(b, word);
            if (score == 0) {
                continue;
            }
            // Among equals, the one named most recently before this mention.
            boolean better = score > bestScore || score == bestScore && best != null
                    && lastBefore(b, m) > lastBefore(best, m);
            if (better) {
                best = b;
                bestScore = score;
            }
        }
        return best;
    }

    /** The score a name's last word gives a person's (or an unknown kind's) full name. */
    private static final int SURNAME = 3;

    /**
     * How well {@code b} holds the single word {@code word}: 4 its acronym, {@link #SURNAME} a person's last name,
     * 2 an organisation's or a person's first word, 1 another word of a person's name, 0 not at all.
     */
    private static int holds(Builder b, String word) {
        if (word.equals(b.acronym)) {
            return 4;
        }
        List<String> tokens = new ArrayList<>(b.nameTokens);
        if (tokens.size() < 2) {
            return 0;
        }
        if (b.kind == EntityKind.ORGANIZATION) {
            // "SoftBank" for "SoftBank Group Corp": an organisation's first word names it.
            return tokens.get(0).equals(word) ? 2 : 0;
        }
        if (b.kind == EntityKind.PERSON || b.kind == EntityKind.OTHER) {
            if (tokens.get(tokens.size() - 1).equals(word)) {
                return SURNAME;
            }
            return tokens.get(0).equals(word) ? 2 : tokens.contains(word) ? 1 : 0;
        }
        return 0;
    }

    /** How many names {@code surname} joins as their last name ({@link #holds}). */
    private static int personsNamed(Map<String, Builder> byKey, String surname) {
        int n = 0;
        for (Builder b : byKey.values()) {
            if (holds(b, surname) == SURNAME) {
                n++;
            }
        }
        return n;
    }

    private static int lastBefore(Builder b, CandidateMention m) {
        int last = -1;
        for (CandidateMention x : b.mentions) {
            if (x.span().start() < m.span().start()) {
                last = Math.max(last, x.span().start());
            }
        }
        return last;
    }

    /** "(SCO)" right after a name makes SCO that entity's acronym. */
    private static void linkAcronyms(Map<String, Builder> byKey, List<CandidateMention> candidates, String text) {
        for (Builder b : byKey.values()) {
            for (CandidateMention m : b.mentions) {
                int end = m.span().end();
                if (end + 2 < text.length() && text.startsWith(" (", end)) {
                    int close = text.indexOf(')', end + 2);
                    if (close > end + 2 && close - end <= 12) {
                        String inside = text.substring(end + 2, close);
                        if (inside.matches("\\p{Lu}[\\p{Lu}\\p{N}&.\\-]{1,9}")) {
                            b.acronym = inside;
                        }
                    }
                }
            }
        }
        for (CandidateMention m : candidates) {
            if (!m.singleWord()) {
                continue;
            }
            String word = m.nameWords().get(0);
            for (Builder b : byKey.values()) {
                if (b.acronym == null && b.kind == EntityKind.ORGANIZATION && word.length() >= 2
                        && word.equals(initials(b.mentions.get(0).nameWords()))) {
                    b.acronym = word;
                }
            }
        }
    }

    private static String initials(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (MentionFinder.capitalised(w)) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static void add(Map<String, Builder> byKey, String key, CandidateMention m) {
        Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, m.kind()));
        if (b.kind == null || b.kind == EntityKind.OTHER && m.kind() != null) {
            b.kind = m.kind();
        }
        b.mentions.add(m);
        b.nameTokens.addAll(strip(m.nameWords()));
    }

    private static List<Entity> build(Map<String, Builder> byKey, String text) {
        List<Builder> builders = new ArrayList<>();
        for (Builder b : byKey.values()) {
            if (b.kind != null) {
                b.mentions.sort((x, y) -> x.span().compareTo(y.span()));
                builders.add(b);
            }
        }
        builders.sort((x, y) -> x.mentions.get(0).span().compareTo(y.mentions.get(0).span()));
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (Builder b : builders) {
            String id = "e" + (++n);
            EntityKind kind = b.mentions.stream().anyMatch(CandidateMention::personEvidence)
                    && b.kind != EntityKind.PLACE && b.kind != EntityKind.ORGANIZATION ? EntityKind.PERSON : b.kind;
            LinkedHashSet<String> variants = new LinkedHashSet<>();
            LinkedHashSet<String> roles = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            String name = null;
            for (CandidateMention m : b.mentions) {
                variants.add(m.text());
                if (m.role() != null) {
                    roles.add(m.role());
                }
                String plain = String.join(" ", strip(m.nameWords()));
                if (name == null || plain.length() > name.length()) {
                    name = plain;
                }
                mentions.add(new Mention(m.span(), m.text(), kind, id, m.role(), m.roleSpan()));
            }
            if (b.acronym != null) {
                variants.add(b.acronym);
            }
            out.add(new Entity(id, kind, name, List.copyOf(variants), List.copyOf(roles), mentions));
        }
        return out;
    }

    private static final Pattern POSSESSIVE_END = Pattern.compile("['’]s?$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?\\b");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Name words without possessive endings. */
    static List<String> strip(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(POSSESSIVE_END.matcher(w).replaceFirst(""));
        }
        return out;
    }

    static String normalise(String name) {
        return NOT_ALPHANUMERIC.matcher(POSSESSIVE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ")
                .strip();
    }
}
