package org.collate.lexicon;

import org.collate.model.RemovalReason;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FurnitureWordsTest {

    @Test
    void everyRelatedLinkClassNamesAContainerOfOtherStoriesDates() {
        // The body extractor cuts these as related links; the date extractor must not take a date from them either.
        // "recirc" and "teaser" were missing from the date extractor's list.
        for (Map.Entry<String, RemovalReason> e : FurnitureWords.KINDS.entrySet()) {
            if (e.getValue() == RemovalReason.RELATED_LINK) {
                assertThat(FurnitureWords.namesSecondaryContainer(e.getKey())).as(e.getKey()).isTrue();
                assertThat(FurnitureWords.namesSecondaryContainer("article-" + e.getKey())).as(e.getKey()).isTrue();
            }
        }
    }

    @Test
    void controlsOfTheArticleAndTheBodyAreNotContainers() {
        assertThat(FurnitureWords.namesSecondaryContainer("comments-open")).isFalse();
        assertThat(FurnitureWords.namesSecondaryContainer("share-count")).isFalse();
        assertThat(FurnitureWords.namesSecondaryContainer("article-body")).isFalse();
        assertThat(FurnitureWords.namesSecondaryContainer("comment-list")).isTrue();
    }

    @Test
    void weakWordsAndBodyWordsAreFurnitureAndNotFurnitureRespectively() {
        // A weak word is a furniture word whose element may be believed only when small: it must be furniture.
        assertThat(FurnitureWords.KINDS.keySet()).containsAll(FurnitureWords.WEAK);
        assertThat(FurnitureWords.BODY).doesNotContainAnyElementsOf(FurnitureWords.KINDS.keySet());
        // Each stem of a run-together name is, or starts, a furniture word ("recommend": "recommended").
        for (String stem : FurnitureWords.COMPOUND_STEMS) {
            assertThat(FurnitureWords.KINDS.keySet().stream().anyMatch(w -> w.startsWith(stem) || stem.startsWith(w)))
                    .as(stem).isTrue();
        }
    }
}
