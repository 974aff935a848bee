package org.collate.eval.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleEditsTest {

    @Test
    void titlesOfOneOfficeDoNotReplaceEachOther() {
        assertThat(TitleEdits.sameOffice("defence minister", "defense minister")).isTrue();
        assertThat(TitleEdits.sameOffice("ceo", "chief executive")).isTrue();
        assertThat(TitleEdits.sameOffice("president", "prime minister")).isFalse();
    }

    @Test
    void theLongestTitleIsFoundInTheRole() {
        assertThat(TitleEdits.locateTitle("US Secretary of State", "secretary of state")).containsExactly(3, 21);
        assertThat(TitleEdits.locateTitle("Former Vice President", "vice president")).containsExactly(7, 21);
        assertThat(TitleEdits.locateTitle("Chinese leader", "president")).isNull();
        assertThat(TitleEdits.titleCase("secretary of state")).isEqualTo("Secretary of State");
        assertThat(TitleEdits.titleCase("ceo")).isEqualTo("CEO");
    }
}
