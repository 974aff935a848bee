package org.collate.link;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;

/**
 * A field's tokens straight from term counts: each term once, its count (capped) given as the term frequency. It
 * indexes what whitespace analysis of each term written out that many times indexes (the same terms, frequencies
 * and length norm, for fields without positions), without building that string and tokenising it again: that was
 * most of the cost of adding an article to the index. A term that whitespace analysis would split (one with a
 * space in it, or longer than its token limit) is split the same way, by that tokenizer. Reusable: {@link #of} sets
 * the next field's counts.
 */
final class CountedTerms extends TokenStream {

    /** Shorter terms with no whitespace are one token each under whitespace analysis (its limit is 255 chars). */
    private static final int PLAIN_LENGTH = 255;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);
    /** The tokens of a term that whitespace analysis splits, still to come, with that term's frequency. */
    private final ArrayDeque<String> pieces = new ArrayDeque<>();
    private int piecesFrequency;
    private Map<String, Integer> counts = Map.of();
    private int cap;
    private Iterator<Map.Entry<String, Integer>> next;

    /** This stream, set to emit {@code counts}, each count capped at {@code cap}. */
    CountedTerms of(Map<String, Integer> counts, int cap) {
        this.counts = counts;
        this.cap = cap;
        return this;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = counts.entrySet().iterator();
        pieces.clear();
    }

    @Override
    public boolean incrementToken() throws IOException {
        clearAttributes();
        while (pieces.isEmpty()) {
            if (!next.hasNext()) {
                return false;
            }
            Map.Entry<String, Integer> e = next.next();
            int n = Math.min(cap, e.getValue());
            if (n <= 0) {
                continue;
            }
            String t = e.getKey();
            if (plain(t)) {
                term.setEmpty().append(t);
                frequency.setTermFrequency(n);
                return true;
            }
            split(t);
            piecesFrequency = n;
        }
        term.setEmpty().append(pieces.poll());
        frequency.setTermFrequency(piecesFrequency);
        return true;
    }

    private static boolean plain(String t) {
        if (t.isEmpty() || t.length() >= PLAIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isWhitespace(t.charAt(i))) { // whitespace code points are all single chars
                return false;
            }
        }
        return true;
    }

    private void split(String t) throws IOException {
        try (WhitespaceTokenizer tokenizer = new WhitespaceTokenizer()) {
            CharTermAttribute piece = tokenizer.addAttribute(CharTermAttribute.class);
            tokenizer.setReader(new StringReader(t));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                pieces.add(piece.toString());
            }
            tokenizer.end();
        }
    }

    @Override
    public void close() throws IOException {
        super.close();
        counts = Map.of(); // reused: let go of the last article's counts
        next = null;
    }
}
