package org.collate.analyze.entity;

import org.collate.model.EntityKind;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The gazetteer's country names, variants and demonyms, and its cities. */
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

    @Test
    void everyCityOfTheGeneratedListIsAPlace() throws IOException {
        List<String> cities = names("cities.tsv");
        assertThat(cities).hasSizeGreaterThan(3000).contains("Samarkand", "Sioux Falls", "Burbank", "Ürümqi");
        for (String city : cities) {
            Gazetteer.Entry e = gazetteer.lookup(city);
            assertThat(e).as(city).isNotNull();
            assertThat(e.kind()).as(city).isEqualTo(EntityKind.PLACE);
            assertThat(e.demonym()).as(city).isFalse();
        }
    }

    @Test
    void aSmallerCityWhoseNameIsAWordOrAGivenNameIsLeftOut() {
        // "Mobile" (Alabama) and "Reading" (England) are words, "Warren" (Michigan) a senator's name: below a
        // million people the word or the person is what news text means.
        assertThat(gazetteer.lookup("Mobile")).isNull();
        assertThat(gazetteer.lookup("Reading")).isNull();
        assertThat(gazetteer.lookup("Warren")).isNull();
    }

    @Test
    void aHandCompiledPlaceRowAddsWhatTheCityListLacks() throws IOException {
        // A plain city row in places.tsv would be a second copy of cities.tsv; variants ("Kiev") are what it adds.
        List<String> cities = names("cities.tsv");
        for (String line : lines("places.tsv")) {
            String[] row = line.split("\t", -1);
            boolean plain = row.length == 1 || String.join("", List.of(row).subList(1, row.length)).isBlank();
            // Ontario the province keeps its row: the city of that name is in California.
            assertThat(plain && cities.contains(row[0]) && !row[0].equals("Ontario")).as(row[0]).isFalse();
        }
        assertThat(gazetteer.lookup("Kiev").canonical()).isEqualTo("Kyiv");
    }

    private static List<String> names(String resource) throws IOException {
        return lines(resource).stream().map(l -> l.split("\t", -1)[0]).toList();
    }

    private static List<String> lines(String resource) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(Gazetteer.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
