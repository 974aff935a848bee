package org.collate.analyze.quote;

import org.collate.model.Entity;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * What the quote finders share for one article: paragraphs, sentence units within paragraphs, the quoted
 * passages, and the entity mentions indexed by offset. Built once per article in linear time (plus a logarithmic
 * lookup per token).
 */
final class QuoteContext {

    final String text;
    final List<Span> paragraphs;
    final List<Unit> units;
    final List<QuotedPassage> passages;
    final MentionIndex mentions;
    private final int[] paragraphStarts;
    private final int[] unitStarts;

    QuoteContext(String text, List<Sentence> sentences, List<Entity> entities) {
        this.text = text;
        this.paragraphs = Paragraphs.of(text);
        this.paragraphStarts = new int[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            paragraphStarts[i] = paragraphs.get(i).start();
        }
        this.passages = QuoteScanner.scan(text, paragraphs);
        this.mentions = new MentionIndex(entities);
        this.units = split(sentences);
        this.unitStarts = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            unitStarts[i] = units.get(i).span().start();
        }
    }

    private boolean closesPassage(int offset) {
        int lo = 0;
        int hi = passages.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (passages.get(mid).open() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && passages.get(lo - 1).close() == offset;
    }

    /** Whether {@code offset} lies inside a quoted passage (its marks included). */
    boolean insideQuote(int offset) {
        int lo = 0;
        int hi = passages.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (passages.get(mid).open() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo > 0 && passages.get(lo - 1).end() > offset;
    }

    /** The paragraph holding {@code offset} (or the last one starting before it). */
    int paragraphAt(int offset) {
        return Math.max(0, floor(paragraphStarts, offset));
    }

    /** The unit holding {@code offset} (or the last one starting before it), or -1. */
    int unitAt(int offset) {
        return floor(unitStarts, offset);
    }

    private static int floor(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * Sentences cut at paragraph breaks; a piece that starts in lower case ("said Arturo Vargas", after a sentence
     * the model closed at "!”") or follows an initial ("Harry M. Reid") is joined to the piece before it in the same
     * paragraph, since the sentence model splits there wrongly.
     */
    private List<Unit> split(List<Sentence> sentences) {
        List<List<Token>> pieces = new ArrayList<>(sentences.size() + 8);
        List<Integer> pieceParagraphs = new ArrayList<>(sentences.size() + 8);
        for (Sentence s : sentences) {
            List<Token> current = new ArrayList<>();
            int currentParagraph = -1;
            for (Token t : s.tokens()) {
                int p = paragraphAt(t.span().start());
                if (p != currentParagraph && !current.isEmpty()) {
                    addPiece(pieces, pieceParagraphs, current, currentParagraph);
                    current = new ArrayList<>();
                }
                currentParagraph = p;
                current.add(t);
            }
            if (!current.isEmpty()) {
                addPiece(pieces, pieceParagraphs, current, currentParagraph);
            }
        }
        List<Unit> out = new ArrayList<>(pieces.size());
        int passage = 0;
        for (int i = 0; i < pieces.size(); i++) {
            passage = add(out, pieces.get(i), pieceParagraphs.get(i), passage);
        }
        return out;
    }

    private void addPiece(List<List<Token>> pieces, List<Integer> paragraphs, List<Token> piece, int paragraph) {
        int last = pieces.size() - 1;
        // A closing quotation mark the sentence model put at the start of the next sentence ("True.” The news
        // service …") goes back to its quote.
        while (last >= 0 && paragraphs.get(last) == paragraph && !piece.isEmpty()
                && closesPassage(piece.get(0).span().start())) {
            pieces.get(last).add(piece.remove(0));
        }
        if (piece.isEmpty()) {
            return;
        }
        if (last >= 0 && paragraphs.get(last) == paragraph && joinsPrevious(pieces.get(last), piece)) {
            pieces.get(last).addAll(piece);
        } else {
            pieces.add(piece);
            paragraphs.add(paragraph);
        }
    }

    private static boolean joinsPrevious(List<Token> previous, List<Token> piece) {
        String first = piece.get(0).text();
        if (Character.isLowerCase(first.codePointAt(0))) {
            return true;
        }
        int n = previous.size();
        if (n >= 2 && previous.get(n - 1).text().equals(".")) {
            String w = previous.get(n - 2).text();
            return w.length() == 1 && Character.isUpperCase(w.charAt(0));
        }
        return n >= 1 && previous.get(n - 1).text().matches("\\p{Lu}\\.");
    }

    private int add(List<Unit> out, List<Token> tokens, int paragraph, int passage) {
        boolean[] quoted = new boolean[tokens.size()];
        // Passages are sorted and units come in text order: one forward walk marks quoted tokens.
        int p = passage;
        while (p > 0 && passages.get(p - 1).end() > tokens.get(0).span().start()) {
            p--;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Span t = tokens.get(i).span();
            while (p < passages.size() && passages.get(p).end() <= t.start()) {
                p++;
            }
            quoted[i] = p < passages.size() && passages.get(p).open() < t.end();
        }
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        out.add(new Unit(out.size(), paragraph, span, tokens, quoted));
        return p;
    }
}
