package org.collate.analyze.segment;

import opennlp.tools.util.Span;
import org.collate.model.Article;
import org.collate.model.Sentence;
import org.collate.model.Token;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public TextSegmenter(EnglishModels english) {
        this.english = english;
    }

    /** Whether {@code language} gets model-based analysis. */
    public static boolean hasModels(String language) {
        return "en".equals(language);
    }

    public List<Sentence> segment(String text, String language) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf(Article.PARAGRAPH_SEPARATOR, start);
            if (end < 0) {
                end = text.length();
            }
            String paragraph = text.substring(start, end);
            if (hasModels(language)) {
                segmentEnglish(paragraph, start, out);
            } else {
                segmentNeutral(paragraph, start, language, out);
            }
            start = end + Article.PARAGRAPH_SEPARATOR.length();
        }
        return out;
    }

    private void segmentEnglish(String paragraph, int offset, List<Sentence> out) {
        EnglishModels.Decoders decoders = english.decoders();
        for (Span s : repairSplits(paragraph, decoders.sentences(paragraph))) {
            String sentence = paragraph.substring(s.getStart(), s.getEnd());
            Span[] tokenSpans = decoders.tokens(sentence);
            if (tokenSpans.length == 0) {
                continue;
            }
            String[] words = Span.spansToStrings(tokenSpans, sentence);
            String[] tags = decoders.tags(words);
            int base = offset + s.getStart();
            List<Token> tokens = new ArrayList<>(words.length);
            for (int i = 0; i < words.length; i++) {
                tokens.add(new Token(new org.collate.model.Span(base + tokenSpans[i].getStart(),
                        base + tokenSpans[i].getEnd()), words[i], tags[i]));
            }
            out.add(new Sentence(out.size(), new org.collate.model.Span(base, base + sentence.length()), sentence,
                    tokens));
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
                        || endsWithInitial(paragraph, last.getEnd());
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

    private static void segmentNeutral(String paragraph, int offset, String language, List<Sentence> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
        it.setText(paragraph);
        int s = it.first();
        for (int e = it.next(); e != BreakIterator.DONE; s = e, e = it.next()) {
            String raw = paragraph.substring(s, e);
            int lead = raw.length() - raw.stripLeading().length();
            String sentence = raw.strip();
            if (sentence.isEmpty()) {
                continue;
            }
            int base = offset + s + lead;
            List<Token> tokens = new ArrayList<>();
            Matcher m = WORD.matcher(sentence);
            while (m.find()) {
                tokens.add(new Token(new org.collate.model.Span(base + m.start(), base + m.end()), m.group(), "X"));
            }
            out.add(new Sentence(out.size(), new org.collate.model.Span(base, base + sentence.length()), sentence,
                    tokens));
        }
    }
}
