package org.collate.serve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code POST /api/articles} accepts as a body, and what it refuses whole. */
class ArticleBatchTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void oneObjectAnArrayAndJsonLinesAllBecomeOneRecordPerLine() {
        assertThat(ArticleBatch.lines(utf8("{\n  \"title\": \"T\",\n  \"text\": \"Body.\"\n}")))
                .containsExactly("{\"title\":\"T\",\"text\":\"Body.\"}");
        assertThat(ArticleBatch.lines(utf8("[{\"text\":\"a\"},{\"html\":\"<p>b</p>\"}]"))).hasSize(2);
        assertThat(ArticleBatch.lines(utf8("{\"text\":\"a\"}\r\n\r\n{\"text\":\"b\"}\n"))).hasSize(2);
        assertThat(ArticleBatch.lines(utf8("\uFEFF{\"text\":\"a\"}"))).hasSize(1);
    }

    @Test
    void aRecordThatIsNotAnArticleRefusesTheBodyAndSaysWhichOne() {
        assertRefused("{\"text\":\"a\"}\n{\"text\":\"b\"}\nnot json", "line 3");
        assertRefused("{\"text\":\"a\"}\n{\"text\":\"   \"}", "line 2");
        assertRefused("[{\"text\":\"a\"},{\"text\":7}]", "item 2");
        assertRefused("[]", "no article");
        assertRefused("\"just a string\"", "not a JSON object");
        assertRefused("{\"text\":\"a\",\"text\":\"b\"}", "Duplicate field");
        assertRefused("   ", "empty");
    }

    @Test
    void aBodyThatIsNotUtf8IsRefused() {
        assertThatThrownBy(() -> ArticleBatch.lines(new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xFF, '"', '}'}))
                .isInstanceOf(ApiError.class).hasMessageContaining("UTF-8");
    }

    private static void assertRefused(String body, String words) {
        assertThatThrownBy(() -> ArticleBatch.lines(utf8(body)))
                .isInstanceOf(ApiError.class)
                .satisfies(e -> assertThat(((ApiError) e).status()).isEqualTo(400))
                .hasMessageContaining(words);
    }
}
