package org.collate.extract;

import org.collate.model.RawDocument;
import org.collate.testing.Scaling;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

import static org.assertj.core.api.Assertions.assertThat;

/** Extraction of hostile pages and texts costs time in proportion to their size. */
class DocumentExtractorScalingTest {

    private static final DocumentExtractor EXTRACTOR = new DocumentExtractor();
    private static final String SENTENCE = "The minister said the plan would go ahead next year. ";

    private static void linear(String what, int n, IntFunction<String> content) {
        Scaling.assertLinear(what, n,
                k -> RawDocument.of("test", content.apply(k).getBytes(StandardCharsets.UTF_8)), EXTRACTOR::extract);
    }

    private static String repeat(String s, int n) {
        return s.repeat(n);
    }

    @Test
    void aPageOnOneLine() {
        linear("an HTML page on one line", 3_000,
                n -> "<html><head><title>One line</title></head><body><p>" + repeat(SENTENCE, n) + "</p></body></html>");
    }

    @Test
    void aTextOnOneLine() {
        linear("a text on one line", 5_000, n -> "One line\n\n" + repeat(SENTENCE, n));
    }

    @Test
    void aTextWithoutSpaces() {
        linear("a text without white space", 25_000, n -> "No space\n\n" + repeat("abcdefghij", n));
    }

    @Test
    void deeplyNestedTags() {
        linear("nested tags", 10_000, n -> "<html><head><title>Deep</title></head><body>" + repeat("<div>", n)
                + "<p>" + repeat(SENTENCE, 4) + "</p>" + repeat("</div>", n) + "</body></html>");
        String deep = "<html><body>" + repeat("<div>", 100_000) /* 100k nested tags */ + "<p>" + repeat(SENTENCE, 4) + "</p></body></html>";
        assertThat(EXTRACTOR.extract(RawDocument.of("deep", deep.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(Extraction.Extracted.class,
                        e -> {
                            assertThat(e.article().text()).contains("go ahead next year");
                            assertThat(e.warnings()).containsExactly("HTML nested more than 256 elements deep; deeper "
                                    + "elements were read as if at that depth (limit maxHtmlDepth)");
                        });
        String shallow = "<html><body>" + repeat("<div>", 100) + "<p>" + repeat(SENTENCE, 4) + "</p></body></html>";
        assertThat(EXTRACTOR.extract(RawDocument.of("shallow", shallow.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(Extraction.Extracted.class, e -> assertThat(e.warnings()).isEmpty());
    }
}
