package org.collate.link;

import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The keys under which entities meet their namesakes in other articles. */
class LinkFeatureExtractorTest {

    private final LinkFeatureExtractor extractor = new LinkFeatureExtractor(ClusterSettings.DEFAULT);

    private static Entity entity(EntityKind kind, String name, String... variants) {
        return new Entity("e1", kind, name, List.of(variants), List.of(), List.of());
    }

    @Test
    void aPersonIsKeyedBySurname() {
        assertThat(extractor.entityKey(entity(EntityKind.PERSON, "Vladimir Putin", "Putin"))).isEqualTo("person:putin");
    }

    @Test
    void aGenerationalSuffixIsNotTheSurname() {
        assertThat(extractor.entityKey(entity(EntityKind.PERSON, "Martin Luther King Jr.")))
                .isEqualTo("person:king");
        assertThat(extractor.entityKey(entity(EntityKind.PERSON, "Ken Griffey Jr"))).isEqualTo("person:griffey");
        assertThat(extractor.entityKey(entity(EntityKind.PERSON, "Henry Ford III"))).isEqualTo("person:ford");
        assertThat(extractor.entityKey(entity(EntityKind.PERSON, "Martin Luther King, Jr."))).isEqualTo("person:king");
    }

    @Test
    void aKnownPlaceIsKeyedByItsGazetteerNameAndCountriesApartFromFinerPlaces() {
        assertThat(extractor.entityKey(entity(EntityKind.PLACE, "U.S.", "U.S."))).isEqualTo("country:united_states");
        assertThat(extractor.entityKey(entity(EntityKind.PLACE, "Kiev", "Kiev"))).isEqualTo("place:kyiv");
    }
}
