package org.collate.analyze.quote;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.collate.analyze.entity.EntityRecognizer;
import org.collate.analyze.entity.Gazetteer;
import org.collate.analyze.segment.EnglishModels;
import org.collate.analyze.segment.TextSegmenter;
import org.collate.model.Entity;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Span;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text, with sentences and entities as the analyzer finds them: every quote's spans lie inside the text and
 * nothing throws. Inputs are cut at 2,000 characters: a text heavy with quotation marks takes super-linear time
 * today (known, being fixed with the per-document time budget), and a fuzzer that hangs there finds nothing else.
 * Seeds in {@code QuoteExtractorFuzzTestInputs/extracts/}.
 */
class QuoteExtractorFuzzTest {

    static final int MAX_CHARS = 2_000;

    private static final TextSegmenter SEGMENTER = new TextSegmenter(EnglishModels.shared());
    private static final EntityRecognizer ENTITIES = new EntityRecognizer(Gazetteer.shared());
    private static final QuoteExtractor QUOTES = new QuoteExtractor();

    @FuzzTest(maxDuration = "5m")
    void extracts(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        if (text.length() > MAX_CHARS) {
            text = text.substring(0, MAX_CHARS);
        }
        List<Sentence> sentences = SEGMENTER.segment(text, "en");
        List<Entity> entities = ENTITIES.recognise(sentences, text);
        for (Quote q : QUOTES.extract(text, sentences, entities)) {
            assertInside(q.span(), text);
            assertInside(q.speakerSpan(), text);
            assertInside(q.verbSpan(), text);
            assertInside(q.reportedBySpan(), text);
            assertThat(q.text()).isNotNull();
        }
    }

    private static void assertInside(Span span, String text) {
        if (span != null) {
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
        }
    }
}
