package org.collate.analyze.segment;

import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * OpenNLP's {@link TokenizerME} with a memory: the model decides where to split each white-space-separated chunk
 * ("said,", "U.S.", "$1.2bn") from that chunk's characters alone, so a chunk seen before is split as it was then
 * without asking the model again. News repeats its chunks, so most are answered from the memory. The spans are
 * exactly the tokenizer's. One instance per thread (the tokenizer is not thread-safe), all sharing one memory
 * ({@link #newMemory()}), which is emptied when it holds {@value #CAPACITY} chunks.
 */
final class CachingTokenizer {

    static final int CAPACITY = 50_000;

    /**
     * The longest chunk given to the model whole. The model's features for each character of a chunk include the
     * chunk's text before and after it, so one chunk of n characters costs n^2 (a megabyte without a space took
     * hours); longer chunks, which no language writes (the longest URLs in the evaluation pages are under 200
     * characters), are split in windows of this length, each decided alone.
     */
    static final int MAX_CHUNK = 256;

    private final TokenizerME tokenizer;
    private final Map<String, int[]> pieces;

    /** @param memory from {@link #newMemory()}, shared by the instances on one model */
    CachingTokenizer(TokenizerME tokenizer, Map<String, int[]> memory) {
        this.tokenizer = tokenizer;
        this.pieces = memory;
    }

    /** A memory for the instances on one model to share: chunk to start/end pairs of its tokens. */
    static Map<String, int[]> newMemory() {
        return new ConcurrentHashMap<>();
    }

    /** What {@code TokenizerME.tokenizePos(text)} returns. */
    Span[] tokenizePos(String text) {
        Span[] chunks = WhitespaceTokenizer.INSTANCE.tokenizePos(text);
        List<Span> out = new ArrayList<>(chunks.length + chunks.length / 2);
        for (Span chunk : chunks) {
            int start = chunk.getStart();
            int end = chunk.getEnd();
            if (end - start < 2) {
                out.add(chunk);
                continue;
            }
            String word = text.substring(start, end);
            int[] relative = pieces.get(word);
            if (relative == null) {
                relative = split(word);
                if (pieces.size() >= CAPACITY) {
                    pieces.clear();
                }
                pieces.put(word, relative);
            }
            if (relative.length == 2 && relative[0] == 0 && relative[1] == word.length()) {
                out.add(chunk);
                continue;
            }
            for (int i = 0; i < relative.length; i += 2) {
                out.add(new Span(start + relative[i], start + relative[i + 1]));
            }
        }
        return out.toArray(new Span[0]);
    }

    /** The tokenizer's spans for one chunk, as start/end pairs relative to it. */
    private int[] split(String word) {
        if (word.length() > MAX_CHUNK) {
            return splitInWindows(word);
        }
        Span[] spans = tokenizer.tokenizePos(word);
        int[] relative = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
            relative[2 * i] = spans[i].getStart();
            relative[2 * i + 1] = spans[i].getEnd();
        }
        return relative;
    }

    private int[] splitInWindows(String word) {
        List<Integer> relative = new ArrayList<>();
        int from = 0;
        while (from < word.length()) {
            int to = Math.min(word.length(), from + MAX_CHUNK);
            if (to < word.length() && Character.isHighSurrogate(word.charAt(to - 1))) {
                to--; // never cut a character in two
            }
            for (Span s : tokenizer.tokenizePos(word.substring(from, to))) {
                relative.add(from + s.getStart());
                relative.add(from + s.getEnd());
            }
            from = to;
        }
        return relative.stream().mapToInt(Integer::intValue).toArray();
    }
}
