package org.collate.analyze.quantity;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.collate.analyze.segment.EnglishModels;
import org.collate.analyze.segment.TextSegmenter;
import org.collate.model.NumberMention;
import org.collate.model.Sentence;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any text, segmented as the analyzer does: every number found points at its own characters (and its counted noun
 * at its own), and nothing throws. Seeds in {@code NumberExtractorFuzzTestInputs/extracts/}.
 */
class NumberExtractorFuzzTest {

    private static final TextSegmenter SEGMENTER = new TextSegmenter(EnglishModels.shared());
    private static final NumberExtractor NUMBERS = new NumberExtractor();

    @FuzzTest(maxDuration = "5m")
    void extracts(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        List<Sentence> sentences = SEGMENTER.segment(text, "en");
        for (NumberMention n : NUMBERS.extract(text, sentences)) {
            assertThat(n.span().end()).isLessThanOrEqualTo(text.length());
            assertThat(n.span().of(text)).isEqualTo(n.text());
            if (n.countedSpan() != null) {
                assertThat(n.countedSpan().end()).isLessThanOrEqualTo(text.length());
            }
        }
    }
}
