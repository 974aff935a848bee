/**
 * Signatures for the linking stage: {@link org.collate.analyze.signature.MinHasher} (word-shingle MinHash) and
 * {@link org.collate.analyze.signature.SentenceEmbedder} (all-MiniLM-L6-v2, int8, through ONNX Runtime).
 */
package org.collate.analyze.signature;
