package org.collate.analyze.segment;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The model's false sentence splits that {@link TextSegmenter#repairSplits} joins again, and true ones it keeps. */
class SentenceRepairTest {

    /** The paragraph cut after each of {@code cuts} (offsets just past the piece's last character). */
    private static List<String> repaired(String paragraph, int... cuts) {
        Span[] spans = new Span[cuts.length + 1];
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : paragraph.length();
            int start = from;
            while (start < to && paragraph.charAt(start) == ' ') {
                start++;
            }
            spans[i] = new Span(start, to);
            from = to;
        }
        return TextSegmenter.repairSplits(paragraph, spans).stream()
                .map(s -> paragraph.substring(s.getStart(), s.getEnd())).toList();
    }

    private static int after(String paragraph, String piece) {
        return paragraph.indexOf(piece) + piece.length();
    }

    @Test
    void aMonthAbbreviationBeforeADayOrAYearEndsNoSentence() {
        String p = "The case was decided in Jan. 2019 by the court. It goes on in Sept. 5 hearings.";
        assertThat(repaired(p, after(p, "Jan."), after(p, "court."), after(p, "Sept.")))
                .containsExactly("The case was decided in Jan. 2019 by the court.",
                        "It goes on in Sept. 5 hearings.");
    }

    @Test
    void aTokenisedMonthWithItsFullStopSpacedOffIsJoinedToo() {
        String p = "The patch was released on Dec . 18 . Users were told to update .";
        assertThat(repaired(p, after(p, "Dec ."), after(p, "18 .")))
                .containsExactly("The patch was released on Dec . 18 .", "Users were told to update .");
    }

    @Test
    void versusJoinsTwoNames() {
        String p = "The case, Smith v. Jones, was heard on Monday. Ali vs. Frazier was the fight.";
        assertThat(repaired(p, after(p, "v."), after(p, "Monday."), after(p, "vs.")))
                .containsExactly("The case, Smith v. Jones, was heard on Monday.", "Ali vs. Frazier was the fight.");
    }

    @Test
    void aMonthThatEndsASentenceBeforeAWordStillEndsIt() {
        String p = "He left in Dec. Then he came back. The team is No. 1 in the league.";
        assertThat(repaired(p, after(p, "Dec."), after(p, "back."), after(p, "No.")))
                .containsExactly("He left in Dec.", "Then he came back.", "The team is No. 1 in the league.");
    }
}
