package org.collate.analyze.segment;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * OpenNLP's English models (Universal Dependencies EWT: sentences, tokens, parts of speech), read once per JVM from
 * the {@code opennlp-models-*-en} jars and shared: the {@code ThreadSafe*} wrappers keep one decoder per thread.
 */
public final class EnglishModels {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile EnglishModels shared;

    final ThreadSafeSentenceDetectorME sentences;
    final ThreadSafeTokenizerME tokenizer;
    final ThreadSafePOSTaggerME tagger;

    private EnglishModels() {
        try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            sentences = new ThreadSafeSentenceDetectorME(new SentenceModel(s));
            tokenizer = new ThreadSafeTokenizerME(new TokenizerModel(t));
            tagger = new ThreadSafePOSTaggerME(new POSModel(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EnglishModels.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
        }
        return in;
    }

    public static EnglishModels shared() {
        EnglishModels local = shared;
        if (local == null) {
            synchronized (EnglishModels.class) {
                local = shared;
                if (local == null) {
                    shared = local = new EnglishModels();
                }
            }
        }
        return local;
    }
}
