package org.collate.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which common nouns can name someone who speaks. */
class WordNetTest {

    @Test
    void peopleAndOrganisationsSpeak() {
        assertThat(WordNet.canSpeak("spokesman")).isTrue();
        assertThat(WordNet.canSpeak("ministry")).isTrue();
        assertThat(WordNet.canSpeak("police")).isTrue();
        assertThat(WordNet.canSpeak("sources")).isTrue();
    }

    @Test
    void thingsAndEventsDoNot() {
        assertThat(WordNet.canSpeak("summit")).isFalse();
        assertThat(WordNet.canSpeak("report")).isFalse();
        assertThat(WordNet.canSpeak("situation")).isFalse();
    }

    @Test
    void anUnknownWordIsGivenTheBenefitOfTheDoubt() {
        assertThat(WordNet.canSpeak("roskachestvo")).isTrue();
    }
}
