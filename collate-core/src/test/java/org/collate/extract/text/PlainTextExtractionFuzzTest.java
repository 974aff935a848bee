package org.collate.extract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.collate.extract.DocumentExtractor;
import org.collate.extract.ExtractedContent;
import org.collate.extract.Extraction;
import org.collate.extract.RejectedDocumentException;
import org.collate.model.DeclaredMetadata;
import org.collate.model.RawDocument;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a plain-text article: the extractor returns non-blank paragraphs or refuses the text with a reason;
 * through the whole extraction stage no runtime error is ever the reason a text is skipped. Seeds in
 * {@code PlainTextExtractionFuzzTestInputs/extracts/}.
 */
class PlainTextExtractionFuzzTest {

    private static final PlainTextArticleExtractor TEXT = new PlainTextArticleExtractor();
    private static final DocumentExtractor STAGE = new DocumentExtractor();
    private static final DeclaredMetadata AS_TEXT = new DeclaredMetadata(null, null, null, null, null, null, "text");

    @FuzzTest(maxDuration = "5m")
    void extracts(byte[] input) {
        try {
            ExtractedContent content = TEXT.extract(new String(input, StandardCharsets.UTF_8), DeclaredMetadata.NONE);
            assertThat(content.paragraphs()).allSatisfy(p -> assertThat(p).isNotBlank());
        } catch (RejectedDocumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        Extraction result = STAGE.extract(new RawDocument("fuzz.txt", input, AS_TEXT));
        if (result instanceof Extraction.Skipped skipped) {
            assertThat(skipped.reason()).doesNotStartWith("could not be read");
        }
    }
}
