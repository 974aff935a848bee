package org.collate.analyze.quantity;

import org.collate.analyze.AnalysisFixtures;
import org.collate.model.AnalyzedArticle;
import org.collate.model.NumberMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NumberExtractorTest {

    private static List<NumberMention> numbers(String text) {
        AnalyzedArticle a = AnalysisFixtures.analyze(text, null);
        a.numbers().forEach(n -> assertThat(n.span().of(a.text())).isEqualTo(n.text()));
        return a.numbers();
    }

    @Test
    void countsAndWhatTheyCount() {
        assertThat(numbers("Border clashes left dozens injured. At least 53 dead after the boat capsized. "
                + "Thousands of troops crossed. The fighting has left thousands dead."))
                .extracting(NumberMention::text, NumberMention::kind, NumberMention::counted)
                .containsExactly(tuple("dozens", "vague", "injured"), tuple("53", "cardinal", "dead"),
                        tuple("Thousands", "vague", "troops"), tuple("thousands", "vague", "dead"));
    }

    @Test
    void moneyPercentagesAndScales() {
        List<NumberMention> n = numbers("The deal is worth $1.2 billion, up 40% on last year, and 3 million euros more.");
        assertThat(n).extracting(NumberMention::kind, NumberMention::value, NumberMention::unit).containsExactly(
                tuple("money", 1.2e9, "USD"), tuple("percent", 40.0, "%"), tuple("money", 3e6, "EUR"));
    }

    @Test
    void numberWordsAndCompounds() {
        List<NumberMention> n = numbers("Four Central Asian nations and two hundred delegates met.");
        assertThat(n).extracting(NumberMention::value, NumberMention::counted)
                .containsExactly(tuple(4.0, "nations"), tuple(200.0, "delegates"));
    }

    @Test
    void anOrdinalWithAThousandsSeparatorIsOneOrdinal() {
        assertThat(numbers("Green had 14, including the 1,000th of his career, and the 21st in a row."))
                .extracting(NumberMention::text, NumberMention::kind, NumberMention::value)
                .contains(tuple("1,000th", "ordinal", 1000.0), tuple("21st", "ordinal", 21.0));
    }

    @Test
    void yearsDaysAndTimesAreNotCounts() {
        assertThat(numbers("It was founded in 2001 and met on 16 September at 10:30 to discuss it.")).isEmpty();
        assertThat(numbers("One of the leaders left.")).isEmpty();
    }

    @Test
    void aHyphenatedNumberWordIsOneNumber() {
        List<NumberMention> n = numbers("The storm killed twenty-four people.");
        assertThat(n).extracting(NumberMention::value, NumberMention::counted).containsExactly(tuple(24.0, "people"));
    }
}
