package org.collate.analyze.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer's country names, variants and demonyms. */
class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.shared();

    @Test
    void aDemonymSharedWithATerritoryNamesTheIndependentCountry() {
        // world-countries lists "American" for the Northern Mariana Islands before the United States, "French" for
        // the French Southern and Antarctic Lands before France, "Dutch" for the Caribbean Netherlands before the
        // Netherlands: these three test the rule. India and Norway come first in the file anyway; their lines guard
        // against a rule that would move them.
        assertThat(country("American")).isEqualTo("United States");
        assertThat(country("Indian")).isEqualTo("India");
        assertThat(country("French")).isEqualTo("France");
        assertThat(country("Dutch")).isEqualTo("Netherlands");
        assertThat(country("Norwegian")).isEqualTo("Norway");
    }

    @Test
    void aDemonymOfTwoIndependentCountriesNamesTheLarger() {
        assertThat(country("Congolese")).isEqualTo("DR Congo"); // first in the file too
        // Dominica's row comes before the Dominican Republic's.
        assertThat(country("Dominican")).isEqualTo("Dominican Republic");
    }

    @Test
    void variantsMeetTheirCountry() {
        assertThat(gazetteer.lookup("U.S.").canonical()).isEqualTo("United States");
        assertThat(gazetteer.lookup("Britain").canonical()).isEqualTo("United Kingdom");
        assertThat(gazetteer.lookup("Britain").demonym()).isFalse();
    }

    private String country(String demonym) {
        Gazetteer.Entry e = gazetteer.lookup(demonym);
        assertThat(e).as(demonym).isNotNull();
        assertThat(e.demonym()).as(demonym).isTrue();
        return e.canonical();
    }
}
