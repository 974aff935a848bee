package org.collate.analyze.signature;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceEmbedderTest {

    @Test
    void paraphrasesAreCloserThanUnrelatedSentences() {
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        float[] a = embedder.embed("Xi urged leaders to give up zero-sum games and block-building politics.");
        float[] b = embedder.embed("Xi told the leaders to abandon zero-sum games and bloc politics.");
        float[] c = embedder.embed("The football club signed a new striker for the winter season.");
        assertThat(a).hasSize(SentenceEmbedder.DIMENSIONS);
        double norm = SentenceEmbedder.cosine(a, a);
        assertThat(norm).isBetween(0.999, 1.001);
        assertThat(SentenceEmbedder.cosine(a, b)).isGreaterThan(0.7);
        assertThat(SentenceEmbedder.cosine(a, c)).isLessThan(0.3);
    }

    @Test
    void aTextsVectorDoesNotDependOnItsNeighbours() {
        SentenceEmbedder embedder = SentenceEmbedder.shared();
        var batch = embedder.embed(java.util.List.of("A short one.", "A much longer sentence about the summit in "
                + "Samarkand and the leaders who attended it."));
        assertThat(SentenceEmbedder.cosine(batch.get(0), embedder.embed("A short one."))).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
    }
}
