package org.collate.link;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeyHashTest {

    @Test
    void anEntityHashKeepsItsKindAndTellsKeysApart() {
        long place = KeyHash.entity("place:samarkand");
        assertThat(KeyHash.kindOf(place)).isEqualTo(KeyHash.kind("place:"));
        assertThat(KeyHash.kindOf(KeyHash.entity("country:uzbekistan"))).isEqualTo(KeyHash.kind("country:"))
                .isNotEqualTo(KeyHash.kind("place:"));
        assertThat(KeyHash.kindOf(KeyHash.entity("person:putin"))).isEqualTo(KeyHash.kind("person:"));
        assertThat(KeyHash.kind("place:")).isNotZero();
        // The same name under two kinds is two keys.
        assertThat(KeyHash.entity("org:georgia")).isNotEqualTo(KeyHash.entity("place:georgia"));
        assertThat(KeyHash.entity("place:samarkand")).isEqualTo(place);
    }

    @Test
    void distinctKeysGiveDistinctHashes() {
        Set<Long> hashes = new HashSet<>();
        int n = 0;
        for (int i = 0; i < 200_000; i++) {
            // Keys that differ in one character, in their order, or only in length.
            hashes.add(KeyHash.of("word" + i + " pair"));
            hashes.add(KeyHash.of("pair " + i + "word"));
            n += 2;
        }
        hashes.add(KeyHash.of("ab"));
        hashes.add(KeyHash.of("ba"));
        hashes.add(KeyHash.of("ab\0"));
        assertThat(hashes).hasSize(n + 3);
    }
}
