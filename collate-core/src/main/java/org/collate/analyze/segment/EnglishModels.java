package org.collate.analyze.segment;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * OpenNLP's English models (Universal Dependencies EWT: sentences, tokens, parts of speech), read once per JVM from
 * the {@code opennlp-models-*-en} jars and shared. The decoders are not thread-safe, so each thread gets its own
 * ({@link #decoders()}): a sentence detector, a {@link CachingTokenizer} (their memory is shared) and a
 * {@link BeamTagger} (OpenNLP's own tagger where the model is not one that class reproduces).
 */
public final class EnglishModels {

    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private static volatile EnglishModels shared;

    private final SentenceModel sentenceModel;
    private final TokenizerModel tokenizerModel;
    private final POSModel posModel;
    /** Checked once against the model; copied for each thread. Null where OpenNLP's tagger is needed. */
    private final BeamTagger beamTagger;
    private final Map<String, int[]> tokenizerMemory = CachingTokenizer.newMemory();
    private final ThreadLocal<Decoders> decoders = ThreadLocal.withInitial(this::newDecoders);

    private EnglishModels() {
        try (InputStream s = open(SENTENCES); InputStream t = open(TOKENS); InputStream p = open(POS)) {
            sentenceModel = new SentenceModel(s);
            tokenizerModel = new TokenizerModel(t);
            posModel = new POSModel(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenNLP English models", e);
        }
        beamTagger = BeamTagger.of(posModel);
    }

    /** One thread's decoders. */
    static final class Decoders {
        private final SentenceDetectorME sentences;
        private final CachingTokenizer tokenizer;
        private final BeamTagger tagger;
        private final POSModel posModel;
        private POSTaggerME fallback;

        private Decoders(SentenceDetectorME sentences, CachingTokenizer tokenizer, BeamTagger tagger,
                         POSModel posModel) {
            this.sentences = sentences;
            this.tokenizer = tokenizer;
            this.tagger = tagger;
            this.posModel = posModel;
        }

        Span[] sentences(String paragraph) {
            return sentences.sentPosDetect(breakLongRuns(paragraph));
        }

        Span[] tokens(String sentence) {
            return tokenizer.tokenizePos(sentence);
        }

        String[] tags(String[] words) {
            String[] tags = tagger == null ? null : tagger.tag(words);
            if (tags != null) {
                return tags;
            }
            if (fallback == null) {
                fallback = new POSTaggerME(posModel);
            }
            return fallback.tag(words);
        }
    }

    /**
     * The paragraph with a space in place of every {@value CachingTokenizer#MAX_CHUNK}th character of a run without
     * white space longer than that. The sentence detector's features for each candidate full stop include the whole
     * run around it, so a run of n characters with many full stops ("a.a.a.…") cost n^2; words are never that long,
     * so real text passes unchanged. Characters are replaced, not inserted, so the detector's offsets stay the
     * paragraph's.
     */
    static String breakLongRuns(String paragraph) {
        char[] chars = null;
        int run = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if (Character.isWhitespace(paragraph.charAt(i))) {
                run = 0;
            } else if (++run > CachingTokenizer.MAX_CHUNK && !Character.isLowSurrogate(paragraph.charAt(i))) {
                if (chars == null) {
                    chars = paragraph.toCharArray();
                }
                chars[i] = ' ';
                run = 0;
            }
        }
        return chars == null ? paragraph : new String(chars);
    }

    private Decoders newDecoders() {
        return new Decoders(new SentenceDetectorME(sentenceModel),
                new CachingTokenizer(new TokenizerME(tokenizerModel), tokenizerMemory),
                beamTagger == null ? null : beamTagger.forThread(), posModel);
    }

    /** The calling thread's decoders. */
    Decoders decoders() {
        return decoders.get();
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
