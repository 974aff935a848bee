package org.collate.store;

import org.collate.link.LinkFeatures;
import org.collate.model.MinHashSignature;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * An article's linking features in a compact binary form: what every {@code collate ingest} reads back for each
 * stored article to restore the clusterer, so reading it must be cheap (JSON spent most of a restore parsing the
 * embedding's 384 numbers as text). Sets and maps keep their iteration order, so a restore feeds the clusterer the
 * same sequence of terms the first placement did. Hand-written because the layout is tiny and fixed; a version byte
 * leads, and the store's format number covers it.
 */
final class FeaturesCodec {

    private static final byte VERSION = 1;

    private FeaturesCodec() {
    }

    static byte[] encode(LinkFeatures f) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            string(out, f.id());
            out.writeLong(f.day() == null ? Long.MIN_VALUE : f.day().toEpochDay());
            string(out, f.title());
            strings(out, f.titleWords());
            counts(out, f.terms());
            counts(out, f.entities());
            out.writeInt(f.years().size());
            for (int y : f.years()) {
                out.writeInt(y);
            }
            strings(out, f.quoteWords());
            float[] e = f.embedding();
            out.writeInt(e == null ? -1 : e.length);
            if (e != null) {
                for (float v : e) {
                    out.writeFloat(v);
                }
            }
            int[] m = f.minHash().values();
            out.writeInt(m.length);
            for (int v : m) {
                out.writeInt(v);
            }
            out.writeInt(f.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static LinkFeatures decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            byte version = in.readByte();
            if (version != VERSION) {
                throw new StoreException("stored linking features of layout " + version + "; this code reads layout "
                        + VERSION);
            }
            String id = string(in);
            long day = in.readLong();
            String title = string(in);
            Set<String> titleWords = strings(in);
            Map<String, Integer> terms = counts(in);
            Map<String, Integer> entities = counts(in);
            int years = in.readInt();
            Set<Integer> yearSet = new LinkedHashSet<>();
            for (int i = 0; i < years; i++) {
                yearSet.add(in.readInt());
            }
            Set<String> quoteWords = strings(in);
            int n = in.readInt();
            float[] embedding = n < 0 ? null : new float[n];
            for (int i = 0; i < n; i++) {
                embedding[i] = in.readFloat();
            }
            int[] minHash = new int[in.readInt()];
            for (int i = 0; i < minHash.length; i++) {
                minHash[i] = in.readInt();
            }
            int length = in.readInt();
            return new LinkFeatures(id, day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day), title, titleWords,
                    terms, entities, yearSet, quoteWords, embedding, new MinHashSignature(minHash), length);
        } catch (IOException e) {
            throw new StoreException("stored linking features cannot be read: " + e.getMessage(), e);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, Set<String> set) throws IOException {
        out.writeInt(set.size());
        for (String s : set) {
            string(out, s);
        }
    }

    private static Set<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        Set<String> out = new LinkedHashSet<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }

    private static void counts(DataOutputStream out, Map<String, Integer> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, Integer> e : map.entrySet()) {
            string(out, e.getKey());
            out.writeInt(e.getValue());
        }
    }

    private static Map<String, Integer> counts(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> out = new LinkedHashMap<>(Math.max(4, n * 2));
        for (int i = 0; i < n; i++) {
            out.put(string(in), in.readInt());
        }
        return out;
    }
}
