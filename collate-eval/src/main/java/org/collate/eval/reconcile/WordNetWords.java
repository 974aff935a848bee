package org.collate.eval.reconcile;

import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.Locale;

/**
 * Whether WordNet 3.1 lists a word as a common English word, read straight from extJWNL's dictionary: the benchmark
 * uses it only to tell a person's name from a phrase the recogniser took for one ("Virginia Democrats"), and opens
 * its own dictionary so that nothing it decides goes through the reconcile stage's own WordNet tests.
 */
final class WordNetWords {

    private final Dictionary dictionary;

    WordNetWords() {
        try {
            dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("cannot load WordNet: " + e.getMessage(), e);
        }
    }

    /** Whether some sense of the word is written in lower case ("officer"), not only as a name ("Williams"). */
    boolean isCommonWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        try {
            synchronized (dictionary) { // extJWNL loads senses lazily
                for (POS pos : POS.getAllPOS()) {
                    IndexWord iw = dictionary.getIndexWord(pos, w);
                    if (iw == null) {
                        continue;
                    }
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
}
