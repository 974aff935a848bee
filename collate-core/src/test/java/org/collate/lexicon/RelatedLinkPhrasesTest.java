package org.collate.lexicon;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedLinkPhrasesTest {

    private static final Pattern ANY = Pattern.compile("(?:" + RelatedLinkPhrases.anyPhrase() + ")");
    private static final Pattern MARKED = Pattern.compile("(?iu)(?:" + RelatedLinkPhrases.markedPhrase() + ")");

    @Test
    void theLongestPhraseWins() {
        var m = ANY.matcher("à lire aussi: la suite");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group()).isEqualTo("à lire aussi");
        m = ANY.matcher("related articles: x");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group()).isEqualTo("related articles");
    }

    @Test
    void onAPlainLineALabelNeedsItsColonButALeadInDoesNot() {
        assertThat(MARKED.matcher("Read more Putin and Xi show solidarity").lookingAt()).isTrue();
        assertThat(MARKED.matcher("Related: Putin and Xi").lookingAt()).isTrue();
        assertThat(MARKED.matcher("Trending: the summit").lookingAt()).isTrue();
        assertThat(MARKED.matcher("Related to this, the council said").lookingAt()).isFalse();
        assertThat(MARKED.matcher("Also on Tuesday, the ministry said").lookingAt()).isFalse();
    }

    @Test
    void theListsDoNotOverlap() {
        assertThat(RelatedLinkPhrases.LEAD_INS).doesNotContainAnyElementsOf(RelatedLinkPhrases.LABELS);
        RelatedLinkPhrases.LEAD_INS.forEach(p -> assertThat(p).isLowerCase());
        RelatedLinkPhrases.LABELS.forEach(p -> assertThat(p).isLowerCase());
    }
}
