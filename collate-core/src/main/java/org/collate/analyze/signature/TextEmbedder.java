package org.collate.analyze.signature;

/** Turns a text into an L2-normalised vector. Implementations are thread-safe. */
public interface TextEmbedder {
    float[] embed(String text);

    /**
     * What the vectors depend on besides the text (the model, how much of the text it reads), so that a cache of
     * them is not read back for another setting; empty where nothing else.
     */
    default String settings() {
        return "";
    }
}
