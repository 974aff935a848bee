package org.collate.eval.reconcile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameEditsTest {

    @Test
    void namesAreRespeltByTheTransliterationRules() {
        assertThat(NameEdits.respellings("Antony")).contains("Anthony");
        assertThat(NameEdits.respellings("Anthony")).contains("Antony");
        assertThat(NameEdits.respellings("Russell")).contains("Russel");
        assertThat(NameEdits.respellings("Philip")).contains("Phillip");
        assertThat(NameEdits.respellings("Stephen")).contains("Stefen");
        assertThat(NameEdits.respellings("Josef")).contains("Joseph");
        assertThat(NameEdits.respellings("Zelensky")).contains("Zelenski", "Zelenskij");
        assertThat(NameEdits.respellings("Zelenskij")).contains("Zelensky");
        assertThat(NameEdits.respellings("Dmitri")).contains("Dmitry");
        assertThat(NameEdits.respellings("Aleksandr")).contains("Alexandr");
        assertThat(NameEdits.respellings("Alexander")).contains("Aleksander");
        assertThat(NameEdits.respellings("Nicolas")).contains("Nikolas", "Nicholas");
        assertThat(NameEdits.respellings("Viktor")).contains("Victor");
    }

    @Test
    void everyRespellingIsAnotherCapitalisedSpelling() {
        for (String w : List.of("Antony", "Zelensky", "Russell", "Nicolas", "Philip", "Boudreau", "Blinken", "Xochitl")) {
            assertThat(NameEdits.respellings(w)).isNotEmpty().allSatisfy(r -> {
                assertThat(r).isNotEqualToIgnoringCase(w);
                assertThat(r).matches("\\p{Lu}\\p{Ll}+");
            });
        }
    }

    @Test
    void theTypoIsOneNeighbouringKeyAfterTheFirstLetter() {
        String qwerty = "qwertyuiop asdfghjkl zxcvbnm";
        for (String w : List.of("blinken", "peskov", "narendra", "modi", "zelensky")) {
            String typo = NameEdits.keyboardTypo(w);
            assertThat(typo).hasSameSizeAs(w).isNotEqualTo(w).startsWith(w.substring(0, 1));
            assertThat(NameEdits.keyboardTypo(w)).as("the same name, the same typo").isEqualTo(typo);
            int at = 0;
            while (typo.charAt(at) == w.charAt(at)) {
                at++;
            }
            assertThat(typo.substring(at + 1)).isEqualTo(w.substring(at + 1));
            // Neighbours on one row are next to each other; across rows, at most one column apart (staggered).
            int from = column(qwerty, w.charAt(at));
            int to = column(qwerty, typo.charAt(at));
            assertThat(Math.abs(from - to)).as(w + " → " + typo).isLessThanOrEqualTo(1);
            assertThat(row(qwerty, w.charAt(at)) - row(qwerty, typo.charAt(at))).isBetween(-1, 1);
        }
    }

    private static int row(String keyboard, char c) {
        return keyboard.substring(0, keyboard.indexOf(c)).split(" ", -1).length - 1;
    }

    private static int column(String keyboard, char c) {
        String[] rows = keyboard.split(" ");
        return rows[row(keyboard, c)].indexOf(Character.toLowerCase(c)) + row(keyboard, c) / 2;
    }
}
