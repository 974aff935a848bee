package org.collate.extract.html;

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
 * Any bytes as an HTML page: the extractor returns a body of non-blank paragraphs or refuses the page with a reason;
 * through the whole extraction stage (decoding, language, assembling) no runtime error is ever the reason a page is
 * skipped. Seeds in {@code HtmlExtractionFuzzTestInputs/extracts/}.
 */
class HtmlExtractionFuzzTest {

    private static final HtmlArticleExtractor HTML = new HtmlArticleExtractor();
    private static final DocumentExtractor STAGE = new DocumentExtractor();
    private static final DeclaredMetadata AS_HTML = new DeclaredMetadata(null, null, null, null, null, null, "html");

    @FuzzTest(maxDuration = "5m")
    void extracts(byte[] input) {
        try {
            ExtractedContent content = HTML.extract(new String(input, StandardCharsets.UTF_8), DeclaredMetadata.NONE);
            assertThat(content.paragraphs()).isNotEmpty().allSatisfy(p -> assertThat(p).isNotBlank());
        } catch (RejectedDocumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        Extraction result = STAGE.extract(new RawDocument("fuzz.html", input, AS_HTML));
        if (result instanceof Extraction.Skipped skipped) {
            assertThat(skipped.reason()).doesNotStartWith("could not be read");
        }
    }
}
