package org.collate.eval.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.reconcile.NameSimilarity;
import org.collate.reconcile.Synonyms;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

final class NameEdits implements EditMaker {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private final Gazetteer gazetteer;
    private final Synonyms synonyms = Synonyms.shared();

    NameEdits(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
        return names(c);
    }

    /**
     * A person for certain, not just what the recogniser calls one (it also takes "Virginia Democrats", "Indiana
     * Statehouse" or "Chief Strategy Officer" for people): a full name of two words or more, none of them a known
     * place, organisation, title or common English word (WordNet), that bears a title, speaks a quote, or starts with
     * a known given name and has its surname used alone elsewhere.
     */
    private boolean person(Entity e, AnalyzedArticle a) {
        if (e.kind() != EntityKind.PERSON) {
            return false;
        }
        String[] words = e.name().replaceAll("['’]s$", "").split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (gazetteer.lookup(w) != null || gazetteer.isTitleWord(w) || synonyms.isCommonWord(w)) {
                return false;
            }
        }
        String surname = words[words.length - 1];
        return !e.roles().isEmpty() || a.quotes().stream().anyMatch(q -> e.id().equals(q.entityId()))
                || gazetteer.isGivenName(words[0]) && e.variants().contains(surname);
    }

    private List<Candidate> names(ArticleContext c) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : c.a.entities()) {
            if (!person(e, c.a)) {
                continue;
            }
            String[] nameWords = e.name().replaceAll("['’]s$", "").split("\\s+");
            Set<String> ownWords = Set.of(nameWords[0], nameWords[nameWords.length - 1]);
            for (Mention m : e.mentions()) {
                if (c.inQuote(m.span())) {
                    continue;
                }
                Matcher w = WORD.matcher(m.text());
                while (w.find()) {
                    String word = w.group();
                    if (word.length() < 5 || !word.matches("\\p{Lu}\\p{Ll}+") || !ownWords.contains(word)) {
                        continue;
                    }
                    for (String respelt : respellings(word)) {
                        if (!c.text.contains(respelt)) {
                            int start = m.span().start() + w.start();
                            ArticleContext.add(out, c.single(Kind.NAME, word + " → " + respelt, start, start + word.length(),
                                    respelt));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final String VOWELS = "aeiouy";

    /**
     * Plausible respellings of a capitalised name, the ways transliterations and typos vary: "th" for "t" after "n"
     * or "a" and back ("Antony"/"Anthony", "Natalie"/"Nathalie"); a doubled consonant made single ("Russell" →
     * "Russel"); an "l" after "a", "i" or "o" and before a vowel doubled ("Philip" → "Phillip"); a final "y" after a
     * consonant for "i", and a final "i" after r, k, t, d or v for "y" ("Zelensky" → "Zelenski", "Dmitri" →
     * "Dmitry"); "k" for a hard "c" and back ("Nicolas" → "Nikolas"); "u" for "ou" ("Yousef" → "Yusef"); "sh" for
     * "sch" ("Schmidt" → "Shmidt"). Only those within {@link NameSimilarity}'s reach of the original are kept.
     */
    static List<String> respellings(String word) {
        Set<String> out = new LinkedHashSet<>();
        String w = word;
        for (int i = 1; i < w.length(); i++) {
            char ch = w.charAt(i);
            char prev = w.charAt(i - 1);
            boolean last = i == w.length() - 1;
            char next = last ? 0 : w.charAt(i + 1);
            if (ch == 'h' && prev == 't' && i >= 2 && "na".indexOf(w.charAt(i - 2)) >= 0) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (ch == 't' && !last && VOWELS.indexOf(next) >= 0 && "na".indexOf(prev) >= 0) {
                out.add(w.substring(0, i + 1) + "h" + w.substring(i + 1));
            }
            if (ch == prev && "bcdfgklmnprstz".indexOf(ch) >= 0) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (ch == 'l' && !last && "aio".indexOf(prev) >= 0 && VOWELS.indexOf(next) >= 0) {
                out.add(w.substring(0, i + 1) + ch + w.substring(i + 1));
            }
            if (last && ch == 'y' && VOWELS.indexOf(prev) < 0) {
                out.add(w.substring(0, i) + "i");
            }
            if (last && ch == 'i' && "rktdv".indexOf(prev) >= 0) {
                out.add(w.substring(0, i) + "y");
            }
            if (ch == 'c' && (last || "aou".indexOf(next) >= 0) && prev != 's') {
                out.add(w.substring(0, i) + "k" + w.substring(i + 1));
            }
            if (ch == 'k' && !last && "aou".indexOf(next) >= 0 && prev != 'c' && prev != 's') {
                out.add(w.substring(0, i) + "c" + w.substring(i + 1));
            }
            if (ch == 'o' && next == 'u') {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (ch == 's' && next == 'c' && i + 2 < w.length() && w.charAt(i + 2) == 'h') {
                out.add(w.substring(0, i + 1) + w.substring(i + 2));
            }
        }
        List<String> kept = new ArrayList<>();
        for (String r : out) {
            if (!NameSimilarity.fold(r).equals(NameSimilarity.fold(word)) && NameSimilarity.sameWord(r, word)) {
                kept.add(r);
            }
        }
        return kept;
    }

}
