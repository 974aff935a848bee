package org.collate.analyze.signature;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Remembers vectors by a hash of their text and the embedder's {@link TextEmbedder#settings() settings}, in memory
 * and in a file, so that repeated evaluation runs over the same articles do not recompute them (and a file written
 * with other settings is not read back as if it held this embedder's vectors). Thread-safe.
 */
public final class CachedEmbedder implements TextEmbedder {

    private final TextEmbedder inner;
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private volatile boolean changed;

    public CachedEmbedder(TextEmbedder inner) {
        this.inner = inner;
    }

    @Override
    public float[] embed(String text) {
        return vectors.computeIfAbsent(key(inner.settings(), text), k -> {
            changed = true;
            return inner.embed(text);
        });
    }

    @Override
    public String settings() {
        return inner.settings();
    }

    /** Adds the vectors stored in {@code file}, if it exists. */
    public void load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String key = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int d = 0; d < v.length; d++) {
                    v[d] = in.readFloat();
                }
                vectors.put(key, v);
            }
        }
    }

    /** Writes every vector to {@code file} (atomically) if any was computed since loading. */
    public void save(Path file) throws IOException {
        if (!changed) {
            return;
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String key(String settings, String text) {
        String keyed = settings.isEmpty() ? text : settings + "\n" + text;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(keyed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
