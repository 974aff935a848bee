package org.collate.analyze.quote;

import org.collate.model.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote's speaker is a person or an organisation, or unknown: never a pronoun, a thing or an event. */
class SpeakerNamesTest {

    private static Speaker unresolved(String words) {
        return new Speaker(words, null, new Span(0, words.length()), '?');
    }

    @Test
    void anUnresolvedPronounIsAnUnknownSpeaker() {
        assertThat(SpeakerNames.named(unresolved("he"))).isNull();
        assertThat(SpeakerNames.named(unresolved("They"))).isNull();
        assertThat(SpeakerNames.named(unresolved("which in fact"))).isNull();
        assertThat(SpeakerNames.named(unresolved("her statement"))).isNull();
    }

    @Test
    void aThingOrAnEventDoesNotSpeak() {
        assertThat(SpeakerNames.named(unresolved("The summit"))).isNull();
        assertThat(SpeakerNames.named(unresolved("a report"))).isNull();
    }

    @Test
    void peopleOrganisationsAndNamesDo() {
        assertThat(SpeakerNames.named(unresolved("the spokesman"))).isEqualTo("the spokesman");
        assertThat(SpeakerNames.named(unresolved("the ministry"))).isEqualTo("the ministry");
        assertThat(SpeakerNames.named(unresolved("US"))).isEqualTo("US");
        assertThat(SpeakerNames.named(unresolved("Roskachestvo"))).isEqualTo("Roskachestvo");
        assertThat(SpeakerNames.named(new Speaker("Vladimir Putin", "e1", new Span(0, 3), 'm')))
                .isEqualTo("Vladimir Putin");
    }
}
