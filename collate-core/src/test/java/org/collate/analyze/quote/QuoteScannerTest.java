package org.collate.analyze.quote;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteScannerTest {

    private static List<String> quoted(String text) {
        return QuoteScanner.scan(text, Paragraphs.of(text)).stream().map(q -> q.text(text)).toList();
    }

    @Test
    void everyQuoteStyle() {
        assertThat(quoted("He said “curly” and \"straight\" and «guillemets» and „low“ and ‘single’ and ''typewriter''."))
                .containsExactly("curly", "straight", "guillemets", "low", "single", "typewriter");
        assertThat(quoted("Sie sagte »umgekehrt« heute.")).containsExactly("umgekehrt");
    }

    @Test
    void apostrophesAndNestedQuotesAreNotQuotes() {
        assertThat(quoted("Clinton’s plan in the ’90s was the Clintons’ idea.")).isEmpty();
        assertThat(quoted("“They chanted ‘lock her up’ at Trump’s rally,” she said."))
                .containsExactly("They chanted ‘lock her up’ at Trump’s rally,");
        assertThat(quoted("He is 5'10\" tall.")).isEmpty();
    }

    @Test
    void wronglyCurledAndStraightMarksPairByTheirNeighbours() {
        assertThat(quoted("“We are here,“ he said. \"We stay,\" she said.")).containsExactly("We are here,", "We stay,");
        assertThat(quoted("Mixed “typography,\" he said.")).containsExactly("typography,");
    }

    @Test
    void ellipsesStayInside() {
        assertThat(quoted("“... we are ready … (…) to go...” he said.")).containsExactly("... we are ready … (…) to go...");
    }

    @Test
    void aQuoteOpenAtAParagraphEndContinuesIntoTheNextThatReopens() {
        String text = "“First paragraph of the quote.\n\n“Second paragraph,” he said.\n\nNarrative.";
        List<QuotedPassage> q = QuoteScanner.scan(text, Paragraphs.of(text));
        assertThat(q).hasSize(1);
        assertThat(q.get(0).parts()).hasSize(2);
        assertThat(q.get(0).text(text)).isEqualTo("First paragraph of the quote.\n\nSecond paragraph,");
        assertThat(q.get(0).content().of(text)).startsWith("First").endsWith("paragraph,");
    }

    @Test
    void anUnclosedQuoteEndsWithItsParagraphWhenTheNextDoesNotReopen() {
        String text = "He said “no more.\n\nThen he left.";
        assertThat(quoted(text)).containsExactly("no more.");
    }

    @Test
    void singleLineBreaksSeparateParagraphsUnlessTheLineIsWrapped() {
        String text = "Title line\n“One,” he said.\nNext paragraph\ncontinues here.";
        assertThat(Paragraphs.of(text)).extracting(s -> s.of(text))
                .containsExactly("Title line", "“One,” he said.", "Next paragraph\ncontinues here.");
    }
}
