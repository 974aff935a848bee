package org.collate.extract.html;

import org.collate.extract.ExtractSettings;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collate.extract.html.Fixtures.PROSE;

class CommentThreadTest {

    private static int start(String bodyHtml) {
        List<TextBlock> blocks = BlockSplitter.split(Fixtures.parse(bodyHtml).body());
        String[] lower = new String[blocks.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = blocks.get(i).text().toLowerCase(Locale.ROOT);
        }
        return CommentThread.start(blocks, lower, ProseTest.of(ExtractSettings.DEFAULT));
    }

    private static String story() {
        return PROSE.get(0) + "<br><br>" + PROSE.get(1) + "<br><br>" + PROSE.get(2) + "<br><br>";
    }

    @Test
    void aLabelConfirmedBySignaturesStartsTheThread() {
        String html = "<td>" + story() + "<b>Comments (2)</b><br>Posted by joe123 at 3:14pm on 5/14/2008<br>"
                + PROSE.get(3) + "<br>Posted by realist at 6:45pm on 5/14/2008<br>" + PROSE.get(4) + "</td>";

        assertThat(start(html)).isEqualTo(3);
    }

    @Test
    void signaturesWithADateStartTheThreadWithoutALabel() {
        String html = "<td>" + story() + "fly_guy said on February 2, 2008 at 9:15 AM:<br>" + PROSE.get(3)
                + "<br>Martha B. said on February 2, 2008 at 11:40 AM:<br>" + PROSE.get(4) + "</td>";

        assertThat(start(html)).isEqualTo(3);
    }

    @Test
    void aPromptWithNothingButAFormAfterItStartsTheThread() {
        assertThat(start("<div>" + story() + "<h3>Leave a Reply</h3><label>Name (required)</label></div>"))
                .isEqualTo(3);
    }

    @Test
    void lettersAnsweredInTheTextAndABylineAreNotAThread() {
        // An author answering letters inside the piece: names without a time are not commenters' signatures.
        String letters = "<div>" + story() + "Makali wrote:<br>" + PROSE.get(3) + "<br>Various people wrote:<br>"
                + PROSE.get(4) + "</div>";
        assertThat(start(letters)).isEqualTo(-1);
        // The article's own "Posted by" line stands above the text.
        String byline = "<div>Posted by Jane Roe at 3:14 PM on 5/14/2008<br>" + story() + "</div>";
        assertThat(start(byline)).isEqualTo(-1);
        // A "Comments" heading that nothing confirms is a heading of the text.
        String heading = "<div>" + story() + "<h3>Comments</h3>" + PROSE.get(3) + "</div>";
        assertThat(start(heading)).isEqualTo(-1);
    }
}
