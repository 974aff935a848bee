package org.collate.store;

import org.collate.link.LinkFeatures;
import org.collate.model.MinHashSignature;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Linking features survive the store's binary form whole, with their sets' and maps' iteration order. */
class FeaturesCodecTest {

    @Test
    void everyFieldAndEveryOrderSurvives() {
        Map<String, Integer> terms = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            terms.put("term" + (i * 7919 % 1000), i);
        }
        Set<String> quotes = new HashSet<>(List.of("zero-sum games", "bloc politics", "no rush", "ünïcödé words"));
        LinkFeatures f = new LinkFeatures("a1", LocalDate.of(2022, 9, 16), "Xi, Putin ‘order’", Set.of("putin", "order"),
                terms, Map.of("person:antony blinken", 2), Set.of(2001, 2022), quotes,
                new float[]{0.25f, -1e-7f, Float.MIN_VALUE, 3.1415927f}, new MinHashSignature(new int[]{1, -5, 7}), 4711);
        LinkFeatures back = FeaturesCodec.decode(FeaturesCodec.encode(f));
        assertThat(back.id()).isEqualTo(f.id());
        assertThat(back.day()).isEqualTo(f.day());
        assertThat(back.title()).isEqualTo(f.title());
        assertThat(List.copyOf(back.titleWords())).isEqualTo(List.copyOf(f.titleWords()));
        assertThat(List.copyOf(back.terms().entrySet())).isEqualTo(List.copyOf(f.terms().entrySet()));
        assertThat(back.entities()).isEqualTo(f.entities());
        assertThat(List.copyOf(back.years())).isEqualTo(List.copyOf(f.years()));
        assertThat(List.copyOf(back.quoteWords())).isEqualTo(List.copyOf(f.quoteWords()));
        assertThat(back.embedding()).containsExactly(f.embedding());
        assertThat(back.minHash()).isEqualTo(f.minHash());
        assertThat(back.length()).isEqualTo(4711);
    }

    @Test
    void missingDayTitleAndEmbeddingStayMissing() {
        LinkFeatures f = new LinkFeatures("b", null, null, Set.of(), Map.of(), Map.of(), Set.of(), Set.of(), null,
                new MinHashSignature(new int[0]), 0);
        LinkFeatures back = FeaturesCodec.decode(FeaturesCodec.encode(f));
        assertThat(back.day()).isNull();
        assertThat(back.title()).isNull();
        assertThat(back.embedding()).isNull();
    }
}
