package org.collate.analyze.signature;

/** Turns a text into an L2-normalised vector. Implementations are thread-safe. */
public interface TextEmbedder {
    float[] embed(String text);
}
