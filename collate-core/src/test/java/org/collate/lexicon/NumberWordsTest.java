package org.collate.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {

    @Test
    void cardinalsBelowAHundredInAnyCaseAndHyphenated() {
        assertThat(NumberWords.cardinal("seven")).isEqualTo(7);
        assertThat(NumberWords.cardinal("Nineteen")).isEqualTo(19);
        assertThat(NumberWords.cardinal("twenty-four")).isEqualTo(24);
        assertThat(NumberWords.cardinal("NINETY-NINE")).isEqualTo(99);
        // Not numbers: a unit cannot lead a compound, "zero" is left out, a multiplier is not a cardinal.
        assertThat(NumberWords.cardinal("four-twenty")).isEqualTo(-1);
        assertThat(NumberWords.cardinal("twenty-ten")).isEqualTo(-1);
        assertThat(NumberWords.cardinal("zero")).isEqualTo(-1);
        assertThat(NumberWords.cardinal("hundred")).isEqualTo(-1);
        assertThat(NumberWords.cardinals()).hasSize(27).startsWith("one").endsWith("ninety");
    }

    @Test
    void textGetsDigitsForWrittenNumbersWhateverTheSpelling() {
        assertThat(NumberWords.toDigits("Five died and twenty-four were hurt, Twenty four in all"))
                .isEqualTo("5 died and 24 were hurt, 24 in all");
        // Words that merely contain a number word are left alone.
        assertThat(NumberWords.toDigits("someone often tenfold")).isEqualTo("someone often tenfold");
    }

    @Test
    void multipliersAndScalesAreDistinct() {
        assertThat(NumberWords.multiplier("Million")).isEqualTo(1e6);
        assertThat(NumberWords.multiplier("dozen")).isEqualTo(12);
        // "a dozen" is a count, not a scale after digits; "bn" is a scale only after digits.
        assertThat(NumberWords.scale("dozen")).isZero();
        assertThat(NumberWords.scale("bn")).isEqualTo(1e9);
        assertThat(NumberWords.multiplier("bn")).isZero();
    }

    @Test
    void vagueAmountsFollowEachOtherWithoutGaps() {
        // The extractor keeps a vague amount's least value, the reconciler its range: one list serves both.
        assertThat(NumberWords.vague("Dozens").low()).isEqualTo(24);
        assertThat(NumberWords.vague("hundreds").low()).isEqualTo(NumberWords.vague("dozens").high() + 1);
        assertThat(NumberWords.vague("thousands").low()).isEqualTo(NumberWords.vague("hundreds").high() + 1);
        assertThat(NumberWords.vague("millions").low()).isEqualTo(NumberWords.vague("thousands").high() + 1);
        assertThat(NumberWords.vague("several")).isNull();
    }

    @Test
    void valuesInReadAnyGroupingAndScaleWord() {
        assertThat(NumberWords.valuesIn("75 thousand")).containsExactly(75_000.0);
        assertThat(NumberWords.valuesIn("75,000")).containsExactly(75_000.0);
        assertThat(NumberWords.valuesIn("115 000 cars")).containsExactly(115_000.0);
        assertThat(NumberWords.valuesIn("5.2 mln and 1.5 lakh")).containsExactly(5_200_000.0, 150_000.0);
        assertThat(NumberWords.valuesIn("twenty-four hours")).containsExactly(24.0);
        assertThat(NumberWords.valuesIn("8400 or 8,400")).containsExactly(8400.0, 8400.0);
        assertThat(NumberWords.valuesIn("300,000")).isNotEqualTo(NumberWords.valuesIn("30 million"));
    }
}
