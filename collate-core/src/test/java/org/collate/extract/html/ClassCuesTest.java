package org.collate.extract.html;

import org.collate.model.RemovalReason;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassCuesTest {

    private static Element el(String cls, String id) {
        Element e = new Element("div");
        if (cls != null) {
            e.attr("class", cls);
        }
        if (id != null) {
            e.attr("id", id);
        }
        return e;
    }

    @Test
    void namesAreCutAtPunctuationAndCamelCaseHumps() {
        assertThat(ClassCues.words(el("ArticlePage-articleBody ad_slot", "mainContent")))
                .containsExactly("article", "page", "article", "body", "ad", "slot", "main", "content");
    }

    @Test
    void wordsNotSubstringsNameFurniture() {
        assertThat(ClassCues.furniture(el("header-ad-slot", null))).isEqualTo(RemovalReason.PROMO);
        assertThat(ClassCues.furniture(el("header", "page-admin"))).isNull();
        assertThat(ClassCues.furniture(el("related-stories", null))).isEqualTo(RemovalReason.RELATED_LINK);
        assertThat(ClassCues.furniture(el("share-tools", null))).isEqualTo(RemovalReason.SHARE_PROMPT);
        assertThat(ClassCues.furniture(el("wp-caption", null))).isEqualTo(RemovalReason.CAPTION);
        assertThat(ClassCues.furniture(el(null, "comments"))).isEqualTo(RemovalReason.BOILERPLATE);
        assertThat(ClassCues.furniture(el("sr-only", null))).isEqualTo(RemovalReason.BOILERPLATE);
    }

    @Test
    void runTogetherWordsStartingWithAFurnitureStemCount() {
        assertThat(ClassCues.furniture(el("jp-relatedposts", null))).isEqualTo(RemovalReason.RELATED_LINK);
        assertThat(ClassCues.furniture(el("commentlist", null))).isEqualTo(RemovalReason.BOILERPLATE);
        assertThat(ClassCues.furniture(el("commentary-body", null))).isNull();
        assertThat(ClassCues.weakFurniture(el("bylinebox", null))).isTrue();
    }

    @Test
    void anEmbeddedPostIsNotAShareBar() {
        assertThat(ClassCues.furniture(el("social-media-embed", null))).isNull();
    }

    @Test
    void smallFurnitureWordsAreWeakTheOthersStrong() {
        assertThat(ClassCues.weakFurniture(el("entry-meta", null))).isTrue();
        assertThat(ClassCues.weakFurniture(el("comment-list", null))).isFalse();
    }

    @Test
    void bodyNamesAndReadabilityWeights() {
        assertThat(ClassCues.bodyLike(el("l-article-body-segment", null))).isTrue();
        assertThat(ClassCues.bodyLike(el("sidebar", null))).isFalse();
        assertThat(ClassCues.weight(el("entry-content", null))).isEqualTo(25);
        assertThat(ClassCues.weight(el("comment", "sidebar"))).isEqualTo(-50);
    }
}
