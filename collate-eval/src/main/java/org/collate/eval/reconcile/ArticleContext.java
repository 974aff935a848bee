package org.collate.eval.reconcile;

import org.collate.model.AnalyzedArticle;
import org.collate.model.Entity;
import org.collate.model.Mention;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An analysed article with what the edit makers ask of it: where its direct quotes, entity mentions, numbers and
 * dates are, which sentence holds an offset, and whether a sentence is long enough to be a claim.
 */
final class ArticleContext {

    /**
     * The report's claim threshold, a copy of the reconcile stage's default ({@code ReconcileSettings.minClaimWords}):
     * a lone sentence shorter than this is a heading or a fragment there, so an edit in it would have no finding to
     * expect. Copied on purpose rather than read from the settings, so that the benchmark's edits do not move when the
     * detector is tuned (by a settings file or otherwise); it is no similarity test: it says where a finding can be
     * expected, not whether an edit will be found.
     */
    static final int REPORT_CLAIM_WORDS = 6;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern MONTH_WORD = Pattern.compile(
            "(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?");
    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)");

    final AnalyzedArticle a;
    final String text;
    final List<Span> directQuotes = new ArrayList<>();
    final List<Span> mentions = new ArrayList<>();
    final List<Span> numbers = new ArrayList<>();
    final List<Span> dates = new ArrayList<>();

    ArticleContext(AnalyzedArticle a) {
        this.a = a;
        this.text = a.text();
        for (Quote q : a.quotes()) {
            if (q.direct()) {
                // With the quotation marks: a word right beside the quote is inside it for the reader.
                directQuotes.add(new Span(Math.max(0, q.span().start() - 1),
                        Math.min(text.length(), q.span().end() + 1)));
            }
        }
        for (Entity e : a.entities()) {
            for (Mention m : e.mentions()) {
                mentions.add(m.roleSpan() == null ? m.span() : new Span(Math.min(m.roleSpan().start(),
                        m.span().start()), Math.max(m.roleSpan().end(), m.span().end())));
            }
        }
        a.numbers().forEach(n -> numbers.add(n.span()));
        a.dates().forEach(d -> dates.add(d.span()));
    }

    /** The index of the sentence holding this offset, or -1. */
    int sentenceAt(int offset) {
        for (Sentence s : a.sentences()) {
            if (s.span().start() <= offset && offset < s.span().end()) {
                return s.index();
            }
        }
        return -1;
    }

    boolean inQuote(Span s) {
        return any(directQuotes, s);
    }

    /** A quote that starts in one sentence and ends in another covers this sentence partly. */
    boolean crossedByQuote(Sentence s) {
        for (Span q : directQuotes) {
            if (q.overlaps(s.span()) && !s.span().contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a sentence starts at this offset. */
    boolean sentenceStart(int offset) {
        int s = sentenceAt(offset);
        return s >= 0 && a.sentences().get(s).span().start() == offset;
    }

    static boolean any(List<Span> spans, Span s) {
        for (Span x : spans) {
            if (x.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's words: tokens with a letter, punctuation left out. */
    static int words(Sentence s) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (!t.pos().equals("PUNCT") && WORD.matcher(t.text()).find()) {
                n++;
            }
        }
        return n;
    }

    /** An edit replacing one stretch of text, or null where its sentence is too short to be a claim. */
    Candidate single(MutationGenerator.Kind kind, String detail, int start, int end, String replacement) {
        int sentence = sentenceAt(start);
        if (sentence < 0 || words(a.sentences().get(sentence)) < REPORT_CLAIM_WORDS) {
            return null; // headings and fragments are not claims the report weighs
        }
        return new Candidate(kind, detail, List.of(new Change(start, end, replacement)), Set.of(sentence));
    }

    static void add(List<Candidate> out, Candidate c) {
        if (c != null) {
            out.add(c);
        }
    }

    /** A number beside a month name ("Nov. 18", "14 February") or numbering a list item ("6. The …"). */
    boolean dateOrListNumber(int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start).strip();
        String[] w = before.split("[\\s(]+");
        if (w.length > 0 && MONTH_WORD.matcher(w[w.length - 1]).matches()) {
            return true;
        }
        Matcher after = FIRST_WORD.matcher(text.substring(end, Math.min(text.length(), end + 12)));
        if (after.find() && MONTH_WORD.matcher(after.group(1)).matches() && after.group(1).length() >= 3) {
            return true;
        }
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
        return lineStart && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }
}
