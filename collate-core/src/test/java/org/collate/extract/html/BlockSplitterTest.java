package org.collate.extract.html;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockSplitterTest {

    private static List<TextBlock> split(String html) {
        Element body = Fixtures.parse("<html><body>" + html + "</body></html>").body();
        return BlockSplitter.split(body);
    }

    @Test
    void blockElementsAndLineBreaksCutTextInlineElementsFlow() {
        List<TextBlock> blocks = split("<div>One <b>bold</b> <a href=x>link</a>.<br>Two<p>Three</p>Four</div>");

        assertThat(blocks).extracting(TextBlock::text).containsExactly("One bold link.", "Two", "Three", "Four");
        assertThat(blocks.get(0).linkChars()).isEqualTo(4);
        assertThat(blocks.get(0).chars()).isEqualTo(12);
        assertThat(blocks.get(2).tag()).isEqualTo("p");
        assertThat(blocks.get(3).tag()).isEqualTo("div");
    }

    @Test
    void whitespaceCollapsesAndInvisibleCharactersGo() {
        assertThat(BlockSplitter.normalise("  a\u00a0\u00a0b\n\n\tc\u200bd\u00ad  ")).isEqualTo("a b cd");
        assertThat(split("<p> \n </p><p>\u00a0</p>")).isEmpty();
    }

    @Test
    void headingsAreMarked() {
        List<TextBlock> blocks = split("<h2>Heading</h2><p>Text</p>");
        assertThat(blocks.get(0).heading()).isTrue();
        assertThat(blocks.get(1).heading()).isFalse();
    }
}
