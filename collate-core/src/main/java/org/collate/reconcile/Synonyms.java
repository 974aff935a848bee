package org.collate.reconcile;

import org.collate.lexicon.WordNet;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Synonymy and inflection from WordNet 3.1 (extJWNL and its bundled data, both from Maven Central): whether two
 * words can mean the same ("abandon"/"give up" share a sense; "said"/"say" share a base form), and a word's
 * synonyms. Loaded once, on first use; thread-safe.
 */
public final class Synonyms {

    private static volatile Synonyms shared;
    private final Dictionary dictionary;

    private Synonyms() {
        dictionary = WordNet.dictionary();
    }

    public static Synonyms shared() {
        Synonyms local = shared;
        if (local == null) {
            synchronized (Synonyms.class) {
                local = shared;
                if (local == null) {
                    shared = local = new Synonyms();
                }
            }
        }
        return local;
    }

    /**
     * The word's WordNet entries, one per part of speech it has (only {@code only}'s when that is not null). Callers
     * hold the dictionary's lock: extJWNL loads senses lazily.
     */
    private List<IndexWord> entries(String w, POS only) throws JWNLException {
        List<IndexWord> out = new ArrayList<>(4);
        for (POS pos : POS.getAllPOS()) {
            if (only == null || pos == only) {
                IndexWord iw = dictionary.getIndexWord(pos, w);
                if (iw != null) {
                    out.add(iw);
                }
            }
        }
        return out;
    }

    /** Base forms of a word in any part of speech ("went" → "go", "injured" → "injure", "injured"). */
    public Set<String> baseForms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        try {
            synchronized (dictionary) {
                for (POS pos : POS.getAllPOS()) {
                    out.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, w));
                }
            }
        } catch (JWNLException e) {
            // a word WordNet cannot analyse is its own base form
        }
        return out;
    }

    /**
     * Whether WordNet knows the word as a common word in some part of speech ("officer", "connect"), not only as a
     * name ("Williams", "Lucas" are WordNet entries too, written with a capital).
     */
    public boolean isCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        try {
            synchronized (dictionary) {
                for (IndexWord iw : entries(w, null)) {
                    for (Synset s : iw.getSenses()) {
                        for (Word x : s.getWords()) {
                            if (x.getLemma().equals(w)) {
                                return true;
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return false;
        }
        return false;
    }

    /** Whether the words share a base form or a WordNet sense. */
    public boolean similar(String a, String b) {
        Set<String> ba = baseForms(a);
        Set<String> bb = baseForms(b);
        for (String x : ba) {
            if (bb.contains(x)) {
                return true;
            }
        }
        Set<Long> sa = senses(ba);
        for (long s : senses(bb)) {
            if (sa.contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** Single-word synonyms of a word in its most common senses, most common first. */
    public List<String> synonyms(String word, int senses) {
        return synonyms(word, senses, null);
    }

    /**
     * Single-word synonyms of a word used as the given Universal Dependencies part of speech ({@code NOUN},
     * {@code VERB}, {@code ADJ}, {@code ADV}; null for any), in its most common senses, most common first.
     */
    public List<String> synonyms(String word, int senses, String udPos) {
        List<String> out = new ArrayList<>();
        String w = word.toLowerCase(Locale.ROOT);
        POS only = udPos == null ? null : switch (udPos) {
            case "NOUN" -> POS.NOUN;
            case "VERB" -> POS.VERB;
            case "ADJ" -> POS.ADJECTIVE;
            case "ADV" -> POS.ADVERB;
            default -> null;
        };
        if (udPos != null && only == null) {
            return out;
        }
        try {
            synchronized (dictionary) {
                for (IndexWord iw : entries(w, only)) {
                    List<Synset> ss = iw.getSenses();
                    for (int i = 0; i < Math.min(senses, ss.size()); i++) {
                        for (Word x : ss.get(i).getWords()) {
                            String lemma = x.getLemma().toLowerCase(Locale.ROOT);
                            if (!lemma.equals(w) && !lemma.contains(" ") && !out.contains(lemma)) {
                                out.add(lemma);
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return List.of();
        }
        return out;
    }

    /** Single-word antonyms of a word, from WordNet's lexical antonym links in any part of speech ("good" → "bad"). */
    public List<String> antonyms(String word) {
        List<String> out = new ArrayList<>();
        String w = word.toLowerCase(Locale.ROOT);
        try {
            synchronized (dictionary) {
                for (IndexWord iw : entries(w, null)) {
                    for (Synset s : iw.getSenses()) {
                        for (Word x : s.getWords()) {
                            if (!x.getLemma().equalsIgnoreCase(w)) {
                                continue;
                            }
                            for (Pointer p : x.getPointers()) {
                                if (p.getType() != PointerType.ANTONYM) {
                                    continue;
                                }
                                PointerTarget t = p.getTarget();
                                if (t instanceof Word target) {
                                    String lemma = target.getLemma().toLowerCase(Locale.ROOT);
                                    if (!lemma.contains(" ") && !out.contains(lemma)) {
                                        out.add(lemma);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return List.of();
        }
        return out;
    }

    private Set<Long> senses(Set<String> forms) {
        Set<Long> out = new HashSet<>();
        try {
            synchronized (dictionary) {
                for (String f : forms) {
                    for (IndexWord iw : entries(f, null)) {
                        for (Synset s : iw.getSenses()) {
                            out.add(s.getOffset() * 4 + iw.getPOS().getId());
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            return out;
        }
        return out;
    }
}
