package org.collate.extract.date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names the learned chooser knows kinds of evidence by, which its shipped weights are written in. */
class DateTrustTest {

    @Test
    void eachLevelIsNamedByItsComponentAndTheLastResortAndStrangersHaveNamesOfTheirOwn() {
        DateTrust t = DateTrust.DEFAULT;
        assertThat(t.kindOf(t.jsonLdMain())).isEqualTo("jsonLdMain");
        assertThat(t.kindOf(t.url())).isEqualTo("url");
        assertThat(t.kindOf(t.textLabelledFar())).isEqualTo("textLabelledFar");
        assertThat(t.kindOf(t.textBeforeHeadline())).isEqualTo("textBeforeHeadline");
        assertThat(t.kindOf(PageDates.TRUST)).isEqualTo("page");
        assertThat(t.kindOf(101)).isEqualTo("other");
    }
}
