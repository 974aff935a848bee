package org.collate.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's samples and the shared evaluation data. */
public final class TestData {

    private TestData() {
    }

    /** The repository root. */
    public static Path root() {
        String root = System.getProperty("collate.root");
        return root != null ? Path.of(root) : Path.of("..").toAbsolutePath().normalize();
    }

    public static Path sample(String relative) {
        return root().resolve("samples").resolve(relative);
    }

    public static String sampleText(String relative) {
        try {
            return Files.readString(sample(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A path under {@code ../shared}; the calling test is skipped, saying why, when it is absent. */
    public static Path shared(String relative) {
        String prop = System.getProperty("collate.shared");
        Path base = prop != null ? Path.of(prop) : root().resolveSibling("shared");
        Path path = base.resolve(relative);
        Assumptions.assumeTrue(Files.exists(path),
                "skipped: shared evaluation data " + path + " is absent (it lives in ../shared beside the checkout)");
        return path;
    }

    public static final String SPUN_SEED = "seeds/000_4a005508946871ec.txt";
    public static final String WIRE_SEED = "seeds/001_d0d5dbaf2d235b1b.txt";
}
