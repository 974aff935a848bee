package org.collate.analyze.signature;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CachedEmbedderTest {

    /** Answers with a fixed vector and counts its calls. */
    private static final class Fixed implements TextEmbedder {
        final float value;
        final String settings;
        int calls;

        Fixed(float value, String settings) {
            this.value = value;
            this.settings = settings;
        }

        @Override
        public float[] embed(String text) {
            calls++;
            return new float[]{value};
        }

        @Override
        public String settings() {
            return settings;
        }
    }

    @Test
    void vectorsComeBackFromTheFileForTheSameSettingsOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("vectors.cache");
        CachedEmbedder first = new CachedEmbedder(new Fixed(1, "model 128"));
        first.embed("A lead.");
        first.save(file);

        Fixed same = new Fixed(2, "model 128");
        CachedEmbedder again = new CachedEmbedder(same);
        again.load(file);
        assertThat(again.embed("A lead.")).containsExactly(1f);
        assertThat(same.calls).isZero();

        Fixed other = new Fixed(3, "model 64");
        CachedEmbedder shorter = new CachedEmbedder(other);
        shorter.load(file);
        assertThat(shorter.embed("A lead.")).containsExactly(3f);
        assertThat(other.calls).isEqualTo(1);
    }
}
