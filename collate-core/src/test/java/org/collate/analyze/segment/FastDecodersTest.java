package org.collate.analyze.segment;

import com.fasterxml.jackson.databind.ObjectMapper;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.collate.testing.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The caching tokenizer and the beam tagger give exactly what OpenNLP's own decoders give. */
class FastDecodersTest {

    private static SentenceDetectorME sentences;
    private static TokenizerME tokenizer;
    private static POSTaggerME tagger;
    private static POSModel posModel;
    private static TokenizerModel tokenizerModel;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream s = open("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin");
             InputStream t = open("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin");
             InputStream p = open("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            sentences = new SentenceDetectorME(new SentenceModel(s));
            tokenizerModel = new TokenizerModel(t);
            tokenizer = new TokenizerME(tokenizerModel);
            posModel = new POSModel(p);
            tagger = new POSTaggerME(posModel);
        }
    }

    private static InputStream open(String name) {
        return FastDecodersTest.class.getResourceAsStream(name);
    }

    private static final List<String> TRICKY = List.of(
            "The U.S. economy grew 2.5% in Q3, officials said on Friday at 3 p.m.",
            "\"We won't stop,\" she said. “It’s over,” he replied — and left.",
            "Shares of Apple Inc. rose $1.2bn (about €1.1bn) to 1,234.56 points; e-mail: a.b@c.com!",
            "Mr. O'Neil's co-worker, Dr. Smith-Jones, arrived at 10:30 a.m. on Jan. 5, 2024...",
            "x", "", "   ", "a b c d e f g", "((( ))) ... !!! ??? ''",
            "Non-breaking\u00a0space and\ttabs\nand new lines");

    @Test
    void theBeamTaggerReproducesTheModel() {
        assertThat(BeamTagger.of(posModel)).as("the UD model is one the beam tagger reproduces").isNotNull();
    }

    @Test
    void sameTokensAndTagsOnTrickyText() {
        compare(TRICKY);
    }

    @Test
    void sameTokensAndTagsOnTheSeeds() {
        List<String> texts = new ArrayList<>();
        texts.add(TestData.sampleText(TestData.SPUN_SEED));
        texts.add(TestData.sampleText(TestData.WIRE_SEED));
        compare(texts);
    }

    @Test
    void sameTokensAndTagsOnTheStorySet() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(TestData.shared("eval/stories/dev.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null && texts.size() < 200) {
                if (!line.isBlank()) {
                    texts.add(json.readTree(line).path("text").asText(""));
                }
            }
        }
        compare(texts);
    }

    private static void compare(List<String> texts) {
        CachingTokenizer caching = new CachingTokenizer(new TokenizerME(tokenizerModel), CachingTokenizer.newMemory());
        BeamTagger beam = BeamTagger.of(posModel);
        int compared = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass answers from the tokenizer's memory
            for (String text : texts) {
                for (String paragraph : text.split("\n+")) {
                    for (Span s : sentences.sentPosDetect(paragraph)) {
                        String sentence = paragraph.substring(s.getStart(), s.getEnd());
                        Span[] expected = tokenizer.tokenizePos(sentence);
                        Span[] actual = caching.tokenizePos(sentence);
                        assertThat(actual).as(sentence).containsExactly(expected);
                        String[] words = Span.spansToStrings(expected, sentence);
                        if (pass == 0 && words.length > 0) {
                            assertThat(beam.tag(words)).as(sentence).containsExactly(tagger.tag(words));
                            compared += words.length;
                        }
                    }
                }
            }
        }
        assertThat(compared).isPositive();
    }
}
