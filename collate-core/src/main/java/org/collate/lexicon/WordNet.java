package org.collate.lexicon;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.PointerUtils;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.list.PointerTargetNode;
import net.sf.extjwnl.data.list.PointerTargetTree;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WordNet 3.1 (extJWNL and its bundled data, both from Maven Central), loaded once for the whole program: the
 * dictionary itself, for the stages that read synonyms, and whether a noun can name someone who speaks. Callers that
 * walk the dictionary hold its lock: extJWNL loads senses lazily.
 */
public final class WordNet {

    private static volatile Dictionary dictionary;
    /** Nouns already judged, since a story's quotes repeat their speakers. */
    private static final Map<String, Boolean> SPEAKERS = new ConcurrentHashMap<>();
    /** How many of a noun's senses, most frequent first, are looked at: the rare ones name anything. */
    private static final int SENSES = 5;
    /** The synsets a speaker descends from: a person, an organisation (a ministry, the police, a party), people. */
    private static final List<String> SPEAKER_ROOTS = List.of("person", "organization", "organisation", "people");

    private WordNet() {
    }

    public static Dictionary dictionary() {
        Dictionary local = dictionary;
        if (local == null) {
            synchronized (WordNet.class) {
                local = dictionary;
                if (local == null) {
                    try {
                        dictionary = local = Dictionary.getDefaultResourceInstance();
                    } catch (JWNLException e) {
                        throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
                    }
                }
            }
        }
        return local;
    }

    /**
     * Whether a common noun can name a speaker: one of its most frequent senses is a kind of person or of
     * organisation ("spokesman", "ministry", "police", "source"), not a thing or an event ("report", "summit",
     * "statement"). A noun WordNet does not know is given the benefit of the doubt.
     */
    public static boolean canSpeak(String noun) {
        String w = noun.toLowerCase(Locale.ROOT);
        return SPEAKERS.computeIfAbsent(w, WordNet::lookUpSpeaker);
    }

    private static boolean lookUpSpeaker(String w) {
        Dictionary d = dictionary();
        try {
            synchronized (d) {
                IndexWord iw = d.lookupIndexWord(POS.NOUN, w);
                if (iw == null) {
                    return true;
                }
                List<Synset> senses = new ArrayList<>(iw.getSenses());
                for (Synset s : senses.subList(0, Math.min(SENSES, senses.size()))) {
                    if (descendsFromSpeaker(s)) {
                        return true;
                    }
                }
                return false;
            }
        } catch (JWNLException e) {
            return true;
        }
    }

    private static boolean descendsFromSpeaker(Synset s) throws JWNLException {
        if (isSpeakerRoot(s)) {
            return true;
        }
        PointerTargetTree tree = PointerUtils.getHypernymTree(s);
        for (List<PointerTargetNode> branch : tree.toList()) {
            for (PointerTargetNode n : branch) {
                if (isSpeakerRoot(n.getSynset())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isSpeakerRoot(Synset s) {
        return s.getWords().stream().anyMatch(word -> SPEAKER_ROOTS.contains(word.getLemma())
                && s.getWords().get(0).getLemma().equals(word.getLemma()));
    }
}
