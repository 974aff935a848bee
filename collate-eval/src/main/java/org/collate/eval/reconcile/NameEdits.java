package org.collate.eval.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Kind#NAME}: one mention of a person for certain respelt by a fixed rule set (see {@link #respellings}), the
 * given name or surname of five letters or more, the new spelling not already in the text.
 *
 * <p>The rules are written from the published ways transliterations and typing vary, not from the reconcile stage:
 * no respelling is checked against its name-similarity test, so a rule that makes a variant the detector cannot
 * match ("Aleksandr" → "Alexandr" is two edits in an eight-letter name) counts as a miss. Names under five letters are
 * left alone for the benchmark's own reason: a letter changed in "Li" or "Modi" makes another name as often as a
 * variant, so the right finding is not known.
 */
final class NameEdits implements EditMaker {

    static final int MIN_NAME_LETTERS = 5;
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String VOWELS = "aeiouy";
    /** Each lower-case letter's neighbours on a QWERTY keyboard, on its row and the rows above and below. */
    private static final Map<Character, String> KEYBOARD = Map.ofEntries(
            Map.entry('q', "wa"), Map.entry('w', "qeas"), Map.entry('e', "wrsd"), Map.entry('r', "etdf"),
            Map.entry('t', "ryfg"), Map.entry('y', "tugh"), Map.entry('u', "yihj"), Map.entry('i', "uojk"),
            Map.entry('o', "ipkl"), Map.entry('p', "ol"), Map.entry('a', "qwsz"), Map.entry('s', "awedxz"),
            Map.entry('d', "serfcx"), Map.entry('f', "drtgvc"), Map.entry('g', "ftyhbv"), Map.entry('h', "gyujnb"),
            Map.entry('j', "huikmn"), Map.entry('k', "jiolm"), Map.entry('l', "kop"), Map.entry('z', "asx"),
            Map.entry('x', "zsdc"), Map.entry('c', "xdfv"), Map.entry('v', "cfgb"), Map.entry('b', "vghn"),
            Map.entry('n', "bhjm"), Map.entry('m', "njk"));

    private final Gazetteer gazetteer;
    private final WordNetWords english;

    NameEdits(Gazetteer gazetteer, WordNetWords english) {
        this.gazetteer = gazetteer;
        this.english = english;
    }

    @Override
    public List<Candidate> candidates(ArticleContext c, Random random) {
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
                    if (word.length() < MIN_NAME_LETTERS || !word.matches("\\p{Lu}\\p{Ll}+")
                            || !ownWords.contains(word)) {
                        continue;
                    }
                    for (String respelt : respellings(word)) {
                        if (!c.text.contains(respelt)) {
                            int start = m.span().start() + w.start();
                            ArticleContext.add(out, c.single(Kind.NAME, word + " → " + respelt, start,
                                    start + word.length(), respelt));
                        }
                    }
                }
            }
        }
        return out;
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
            if (gazetteer.lookup(w) != null || gazetteer.isTitleWord(w) || english.isCommonWord(w)) {
                return false;
            }
        }
        String surname = words[words.length - 1];
        return !e.roles().isEmpty() || a.quotes().stream().anyMatch(q -> e.id().equals(q.entityId()))
                || gazetteer.isGivenName(words[0]) && e.variants().contains(surname);
    }

    /**
     * The respellings of a capitalised name by the rules transliterations and typing follow, in this order, each
     * applied once at one place:
     * <ol>
     *   <li>a doubled consonant made single ("Russell" → "Russel"), a single l, m, n, r, s or t between vowels doubled
     *   ("Philip" → "Phillip", "Mohamed" → "Mohammed");</li>
     *   <li>"ph" ↔ "f" ("Stephen" → "Stefen", "Josef" → "Joseph");</li>
     *   <li>"y" ↔ "i" after a consonant ("Zelensky" → "Zelenski", "Dmitri" → "Dmitry", the -sky/-ski of Slavic
     *   names), and a final "ij" ↔ "y" (the Dutch and older Slavic "Zelenskij");</li>
     *   <li>"ks" ↔ "x" ("Aleksandr" → "Alexandr");</li>
     *   <li>a hard "c" ↔ "k" ("Nicolas" → "Nikolas", "Viktor" → "Victor");</li>
     *   <li>an "h" dropped after "t" or "c", or added after a "t" or "c" before a vowel ("Anthony" → "Antony",
     *   "Nicolas" → "Nicholas");</li>
     *   <li>one typo: a letter after the first replaced by a neighbouring key of a QWERTY keyboard, the place and
     *   the key chosen from the name's hash so that the same name always gets the same typo.</li>
     * </ol>
     * The first letter keeps its case; the name itself and any spelling equal to it in another case are left out.
     */
    static List<String> respellings(String word) {
        boolean capital = Character.isUpperCase(word.charAt(0));
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char ch = w.charAt(i);
            char prev = i > 0 ? w.charAt(i - 1) : 0;
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            boolean consonant = Character.isLetter(ch) && VOWELS.indexOf(ch) < 0;
            // 1. doubled consonants
            if (i > 0 && consonant && ch == prev) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (i > 0 && "lmnrst".indexOf(ch) >= 0 && VOWELS.indexOf(prev) >= 0 && next != 0
                    && VOWELS.indexOf(next) >= 0) {
                out.add(w.substring(0, i + 1) + ch + w.substring(i + 1));
            }
            // 2. ph ↔ f
            if (ch == 'p' && next == 'h') {
                out.add(w.substring(0, i) + "f" + w.substring(i + 2));
            }
            if (ch == 'f' && prev != 'f' && next != 'f') {
                out.add(w.substring(0, i) + "ph" + w.substring(i + 1));
            }
            // 3. y ↔ i after a consonant, final ij ↔ y
            if (i > 0 && ch == 'y' && VOWELS.indexOf(prev) < 0) {
                out.add(w.substring(0, i) + "i" + w.substring(i + 1));
            }
            if (i > 0 && ch == 'i' && VOWELS.indexOf(prev) < 0 && (next == 0 || VOWELS.indexOf(next) < 0)
                    && next != 'j') {
                out.add(w.substring(0, i) + "y" + w.substring(i + 1));
            }
            if (ch == 'i' && next == 'j' && i + 2 == n) {
                out.add(w.substring(0, i) + "y");
            }
            if (ch == 'y' && i == n - 1 && i > 0 && VOWELS.indexOf(prev) < 0) {
                out.add(w.substring(0, i) + "ij");
            }
            // 4. ks ↔ x
            if (ch == 'k' && next == 's') {
                out.add(w.substring(0, i) + "x" + w.substring(i + 2));
            }
            if (ch == 'x') {
                out.add(w.substring(0, i) + "ks" + w.substring(i + 1));
            }
            // 5. hard c ↔ k
            if (ch == 'c' && prev != 's' && next != 'k' && next != 'h' && (next == 0 || "aou".indexOf(next) >= 0
                    || VOWELS.indexOf(next) < 0 && Character.isLetter(next))) {
                out.add(w.substring(0, i) + "k" + w.substring(i + 1));
            }
            if (ch == 'k' && prev != 'c' && prev != 's' && (next == 0 || "aou".indexOf(next) >= 0
                    || VOWELS.indexOf(next) < 0 && Character.isLetter(next) && next != 'h' && next != 's')) {
                out.add(w.substring(0, i) + "c" + w.substring(i + 1));
            }
            // 6. h after t or c
            if (ch == 'h' && (prev == 't' || prev == 'c') && i > 0) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if ((ch == 't' || ch == 'c') && next != 0 && VOWELS.indexOf(next) >= 0) {
                out.add(w.substring(0, i + 1) + "h" + w.substring(i + 1));
            }
        }
        String typo = keyboardTypo(w);
        if (typo != null) {
            out.add(typo);
        }
        List<String> kept = new ArrayList<>();
        for (String r : out) {
            if (!r.equals(w)) {
                kept.add(capital ? Character.toUpperCase(r.charAt(0)) + r.substring(1) : r);
            }
        }
        return kept;
    }

    /** One letter after the first replaced by a neighbouring key, place and key from the word's hash; or null. */
    static String keyboardTypo(String lower) {
        if (lower.length() < 2) {
            return null;
        }
        int h = Math.abs(lower.hashCode() % 1_000_003);
        int at = 1 + h % (lower.length() - 1);
        String keys = KEYBOARD.get(lower.charAt(at));
        if (keys == null) {
            return null;
        }
        char key = keys.charAt((h / 7) % keys.length());
        return lower.substring(0, at) + key + lower.substring(at + 1);
    }
}
