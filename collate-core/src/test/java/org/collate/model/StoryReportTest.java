package org.collate.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StoryReportTest {

    @Test
    void anUntitledStoryIsCalledByItsOpeningWordsCutAtASpace() {
        String text = "The council of Port Avel approved the harbour budget on Tuesday after a debate that lasted well "
                + "into the night.\n\nMore.";
        assertThat(untitled(text).displayTitle())
                .isEqualTo("The council of Port Avel approved the harbour budget on Tuesday after a debate that …");
    }

    @Test
    void anOpeningLineWithoutSpacesIsCutAtEightyNineCharacters() {
        // Found by PipelineFuzzTest: a long first line without a space (Chinese text, a URL) made the cut index -1.
        String chinese = "北京時間".repeat(30);
        assertThat(untitled(chinese).displayTitle()).isEqualTo(chinese.substring(0, 89) + " …");
        String url = "https://example.org/" + "a".repeat(200);
        assertThat(untitled(url).displayTitle()).isEqualTo(url.substring(0, 89) + " …");
    }

    @Test
    void theCutNeverSplitsASurrogatePair() {
        String emoji = "x".repeat(88) + "😀".repeat(10);
        String title = untitled(emoji).displayTitle();
        assertThat(title).isEqualTo("x".repeat(88) + " …");
        assertThat(Character.isHighSurrogate(title.charAt(title.length() - 3))).isFalse();
    }

    private static StoryReport untitled(String text) {
        Article article = new Article("a1", "test", null, null, null, null, "en", null, text, List.of(), "text");
        AnalyzedArticle analyzed = new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, List.of());
        return new StoryReport(new Story("s1", List.of("a1"), null, null, null), null, List.of(analyzed), Map.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
