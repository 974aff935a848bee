package org.collate.analyze.segment;

import opennlp.tools.util.Span;
import org.collate.model.Article;
import org.collate.model.Sentence;
import org.collate.model.Token;

import java.text.BreakIterator;
import org.collate.analyze.AnalysisLimits;
import org.collate.limit.Deadline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences and tokens with character offsets, paragraph by paragraph (a sentence never
 * crosses a paragraph break). English goes through OpenNLP's models with part-of-speech tags; other languages
 * through the JDK's language-neutral {@link BreakIterator} and a Unicode word tokeniser, tagged {@code X}.
 */
public final class TextSegmenter {

    private static final Pattern WORD = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}\\p{N}'’\\-]*|\\p{N}+(?:[.,]\\p{N}+)*%?|[^\\s\\p{L}\\p{N}]");

    private final EnglishModels english;
    private final int maxSentenceChars;
    private final int maxTokens;

    public TextSegmenter(EnglishModels english) {
        this(english, AnalysisLimits.DEFAULT);
    }

    /** @param limits where over-long sentences are split (by characters, then by tokens) */
    public TextSegmenter(EnglishModels english, AnalysisLimits limits) {
        this.english = english;
        this.maxSentenceChars = limits.maxSentenceChars();
        this.maxTokens = limits.maxTokensPerSentence();
    }

    /** Whether {@code language} gets model-based analysis. */
    public static boolean hasModels(String language) {
        return "en".equals(language);
    }

    public List<Sentence> segment(String text, String language) {
        return segment(text, language, warning -> {
        });
    }

    /**
     * The sentences of {@code text}; each sentence over a limit is split, and {@code warnings} hears once per limit
     * how many were.
     */
    public List<Sentence> segment(String text, String language, Consumer<String> warnings) {
        int[] splits = new int[2];
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(Article.PARAGRAPH_SEPARATOR, start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            if (hasModels(language)) {
                segmentEnglish(paragraph, start, out, splits);
            } else {
                segmentNeutral(paragraph, start, language, out, splits);
            }
            start = end + Article.PARAGRAPH_SEPARATOR.length();
        }
        if (splits[0] > 0) {
            warnings.accept(splits[0] + " sentence(s) longer than " + maxSentenceChars
                    + " characters split at that length (limit maxSentenceChars)");
        }
        if (splits[1] > 0) {
            warnings.accept(splits[1] + " sentence(s) of more than " + maxTokens
                    + " tokens split at that count (limit maxTokensPerSentence)");
        }
        return out;
    }

    /**
     * The span cut into pieces of at most {@link #maxSentenceChars}, each ending at the last white space before the
     * bound where there is one: a text without full stops is otherwise one sentence, and the steps after this one
     * look around each token within its sentence.
     */
    private List<Span> bounded(String paragraph, Span s, int[] splits) {
        List<Span> pieces = new ArrayList<>(1);
        if (s.length() <= maxSentenceChars) {
            addTrimmed(paragraph, s.getStart(), s.getEnd(), pieces);
            return pieces;
        }
        splits[0]++;
        int from = s.getStart();
        while (s.getEnd() - from > maxSentenceChars) {
            int cut = from + maxSentenceChars;
            int space = cut;
            while (space > from + maxSentenceChars / 2 && !Character.isWhitespace(paragraph.charAt(space))) {
                space--;
            }
            if (Character.isWhitespace(paragraph.charAt(space))) {
                cut = space;
            } else if (Character.isLowSurrogate(paragraph.charAt(cut))) {
                cut--;
            }
            addTrimmed(paragraph, from, cut, pieces);
            from = cut;
        }
        addTrimmed(paragraph, from, s.getEnd(), pieces);
        return pieces;
    }

    private static void addTrimmed(String paragraph, int from, int to, List<Span> pieces) {
        while (from < to && Character.isWhitespace(paragraph.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(paragraph.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            pieces.add(new Span(from, to));
        }
    }

    private void segmentEnglish(String paragraph, int offset, List<Sentence> out, int[] splits) {
        EnglishModels.Decoders decoders = english.decoders();
        for (Span whole : repairSplits(paragraph, decoders.sentences(paragraph))) {
            for (Span s : bounded(paragraph, whole, splits)) {
                Deadline.check();
                String sentence = paragraph.substring(s.getStart(), s.getEnd());
                Span[] tokenSpans = decoders.tokens(sentence);
                if (tokenSpans.length > maxTokens) {
                    splits[1]++;
                }
                for (int from = 0; from < tokenSpans.length; from += maxTokens) {
                    int to = Math.min(tokenSpans.length, from + maxTokens);
                    Span[] part = from == 0 && to == tokenSpans.length ? tokenSpans
                            : Arrays.copyOfRange(tokenSpans, from, to);
                    addEnglish(sentence, part, offset + s.getStart(), decoders, out);
                }
            }
        }
    }

    /** One sentence from its tokens (spans relative to {@code sentence}, which starts at {@code base}). */
    private static void addEnglish(String sentence, Span[] tokenSpans, int base, EnglishModels.Decoders decoders,
                                   List<Sentence> out) {
        String[] words = Span.spansToStrings(tokenSpans, sentence);
        String[] tags = decoders.tags(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(new org.collate.model.Span(base + tokenSpans[i].getStart(),
                    base + tokenSpans[i].getEnd()), words[i], tags[i]));
        }
        int start = tokenSpans[0].getStart();
        int end = tokenSpans[tokenSpans.length - 1].getEnd();
        if (start == 0 && end == sentence.length()) {
            out.add(new Sentence(out.size(), new org.collate.model.Span(base, base + sentence.length()), sentence,
                    tokens));
        } else {
            out.add(new Sentence(out.size(), new org.collate.model.Span(base + start, base + end),
                    sentence.substring(start, end), tokens));
        }
    }

    /**
     * Joins the model's false splits: the UD model breaks "$1.2 | billion", "at 3 p.m. | on Friday" and "Gov. |
     * Kristi Noem", but a news sentence neither starts in lower case, nor ends without closing punctuation, nor
     * ends on a title's abbreviation or a one-letter initial ("U.S. | Geological Survey", "U . S . | Geological" in
     * tokenised corpora, "J. | K. Rowling").
     */
    static List<Span> repairSplits(String paragraph, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            if (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                char first = paragraph.charAt(s.getStart());
                boolean continues = Character.isLowerCase(first) || !endsSentence(paragraph, last.getEnd())
                        || endsWithTitleAbbreviation(paragraph, last.getEnd())
                        || endsWithInitial(paragraph, last.getEnd())
                        || endsWithVersus(paragraph, last.getEnd())
                        || Character.isDigit(first) && endsWithNumberAbbreviation(paragraph, last.getEnd());
                if (continues) {
                    out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /** "South Dakota Gov. | Kristi Noem": a title abbreviation does not end a sentence. */
    private static final java.util.regex.Pattern TITLE_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:Gov|Sen|Rep|Gen|Lt|Col|Capt|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|St|Rev|Hon|Supt|Insp|Det|Pres|Amb)\\.$");

    private static boolean endsWithTitleAbbreviation(String text, int end) {
        int from = Math.max(0, end - 8);
        return TITLE_ABBREVIATION.matcher(text.substring(from, end)).find();
    }

    /** "Smith v. | Jones", "Ali vs. | Frazier": the "versus" of a case or a match joins two names. */
    private static final java.util.regex.Pattern VERSUS = java.util.regex.Pattern.compile("(?:^|\\s)vs?\\.$");

    private static boolean endsWithVersus(String text, int end) {
        return VERSUS.matcher(text.substring(Math.max(0, end - 5), end)).find();
    }

    /**
     * "decided in Jan. | 2019", "on Sept. | 5", "the No. | 1 seed": an abbreviation that a number follows (a month's,
     * "No.", "Vol.", "Fig.") ends no sentence; a sentence of news does not start with a bare number after one.
     */
    private static final java.util.regex.Pattern NUMBER_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Fig|Art|Ch|pp?) ?\\.$");

    /** As {@link #NUMBER_ABBREVIATION} reads them, the full stop also spaced off as tokenised corpora write it. */
    private static boolean endsWithNumberAbbreviation(String text, int end) {
        return NUMBER_ABBREVIATION.matcher(text.substring(Math.max(0, end - 7), end)).find();
    }

    /** "… the U.S." or "… the U . S .": a capital letter standing alone before the full stop. */
    private static boolean endsWithInitial(String text, int end) {
        int i = end - 1;
        if (i < 1 || text.charAt(i) != '.') {
            return false;
        }
        i--;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isUpperCase(text.charAt(i)) && (i == 0 || !Character.isLetter(text.charAt(i - 1)));
    }

    private static boolean endsSentence(String text, int end) {
        int i = end - 1;
        while (i >= 0 && "\"'”’»)]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…:;".indexOf(text.charAt(i)) >= 0 || i < end - 1;
    }

    private void segmentNeutral(String paragraph, int offset, String language, List<Sentence> out, int[] splits) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        it.setText(paragraph);
        int first = it.first();
        for (int last = it.next(); last != BreakIterator.DONE; first = last, last = it.next()) {
            for (Span piece : bounded(paragraph, new Span(first, last), splits)) {
                Deadline.check();
                int s = piece.getStart();
                String sentence = paragraph.substring(s, piece.getEnd());
                int base = offset + s;
                List<Token> tokens = new ArrayList<>();
                Matcher m = WORD.matcher(sentence);
                int sentenceStart = 0;
                boolean counted = false;
                while (m.find()) {
                    if (tokens.size() == maxTokens) {
                        // Over the token bound: what came so far is one sentence, the rest starts the next.
                        int end = tokens.get(tokens.size() - 1).span().end() - base;
                        out.add(new Sentence(out.size(), new org.collate.model.Span(base + sentenceStart, base + end),
                                sentence.substring(sentenceStart, end), tokens));
                        tokens = new ArrayList<>();
                        sentenceStart = m.start();
                        if (!counted) {
                            splits[1]++;
                            counted = true;
                        }
                    }
                    tokens.add(new Token(new org.collate.model.Span(base + m.start(), base + m.end()), m.group(), "X"));
                }
                String rest = sentence.substring(sentenceStart);
                if (!rest.isBlank()) {
                    out.add(new Sentence(out.size(), new org.collate.model.Span(base + sentenceStart,
                            base + sentence.length()), rest, tokens));
                }
            }
        }
    }
}
