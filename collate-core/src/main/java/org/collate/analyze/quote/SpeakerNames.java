package org.collate.analyze.quote;

import org.collate.lexicon.WordNet;

import java.util.Locale;
import java.util.Set;

/**
 * The name a quote's speaker is given in the report: only a person or an organisation that speaks. A speaker
 * resolved to an entity keeps its name. An attribution left as a pronoun ("he", "they", "which") or a phrase built on
 * one ("this situation", "her statement") is an unknown speaker, never a name: the resolver already tried the named
 * person it may stand for. So is a phrase whose head noun is a thing or an event in every frequent sense WordNet gives
 * it ("the summit", "a report"), while "the spokesman", "the ministry" and "sources" speak.
 */
final class SpeakerNames {

    /** Pronouns and the determiners that make a phrase point back rather than name. */
    private static final Set<String> POINTING = Set.of("i", "me", "my", "he", "him", "his", "she", "her", "it", "its",
            "we", "us", "our", "you", "your", "they", "them", "their", "this", "that", "these", "those", "which", "who",
            "whom", "what", "there", "one", "someone", "somebody", "everyone", "anyone", "nobody", "such");

    private SpeakerNames() {
    }

    /** The speaker's name for the report, or null when the speaker is unknown. */
    static String named(Speaker s) {
        if (s == null || s.name() == null) {
            return null;
        }
        if (s.entityId() != null) {
            return s.name();
        }
        String[] words = s.name().strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return null;
        }
        if (POINTING.contains(bare(words[0])) && !acronym(words[0])) {
            return null;
        }
        String head = bare(words[words.length - 1]);
        boolean common = !head.isEmpty() && Character.isLowerCase(words[words.length - 1].charAt(0));
        if (common && head.chars().allMatch(Character::isLetter) && !WordNet.canSpeak(head)) {
            return null;
        }
        return s.name();
    }

    /** "US", "IT": letters in capitals name something; "I" alone is the pronoun. */
    private static boolean acronym(String word) {
        String letters = word.replaceAll("\\P{L}", "");
        return letters.length() > 1 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("^\\p{Punct}+|\\p{Punct}+$", "");
    }
}
