package org.collate.eval.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberEditsTest {

    @Test
    void numbersChangeTheirDigitsOrDouble() {
        assertThat(NumberEdits.changedNumber("53")).isEqualTo("35");
        assertThat(NumberEdits.changedNumber("5")).isEqualTo("10");
        assertThat(NumberEdits.changedNumber("11")).isEqualTo("22");
        assertThat(NumberEdits.changedNumber("100")).isEqualTo("200");
        assertThat(NumberEdits.changedNumber("1,000")).isEqualTo("2,000");
        assertThat(NumberEdits.changedNumber("2.5")).isEqualTo("5.0");
    }
}
