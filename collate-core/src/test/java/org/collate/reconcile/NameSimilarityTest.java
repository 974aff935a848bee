package org.collate.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which two spellings name one person: transliterations and misspellings, not other names. */
class NameSimilarityTest {

    @Test
    void transliterationsOfOneNameMatch() {
        assertThat(NameSimilarity.sameWord("Sergey", "Sergei")).isTrue();
        assertThat(NameSimilarity.sameWord("Lukashenka", "Lukashenko")).isTrue();
        assertThat(NameSimilarity.sameWord("Arestovich", "Arestovych")).isTrue();
        assertThat(NameSimilarity.sameWord("Clark", "Klark")).isTrue();
        assertThat(NameSimilarity.sameWord("Зеленский", "Zelenskiy")).isTrue();
    }

    @Test
    void aDoubledLetterWrittenOnceIsOneNameHoweverShort() {
        assertThat(NameSimilarity.sameWord("Larry", "Lary")).isTrue();
        assertThat(NameSimilarity.sameWord("Anna", "Ana")).isTrue();
        assertThat(NameSimilarity.sameWord("Tom", "Tim")).isFalse();
        assertThat(NameSimilarity.sameWord("Lee", "Leo")).isFalse();
    }

    @Test
    void otherNamesDoNot() {
        assertThat(NameSimilarity.sameWord("Li", "Lu")).isFalse();
        assertThat(NameSimilarity.sameWord("Smith", "Schmidt")).isFalse();
        assertThat(NameSimilarity.sameWord("Putin", "Modi")).isFalse();
        assertThat(NameSimilarity.sameWord("Biden", "Baden-Baden")).isFalse();
    }
}
