package org.collate.reconcile;

import org.collate.analyze.entity.Gazetteer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.ArticleFlag;
import org.collate.model.Evidence;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs that a text was machine-translated or spun, each with the words that show it: an honorific repeated
 * ("Mr. Mr. Xi"); the French plural honorific left in English ("MM Putin and Xi"); an honorific before a word that is
 * no name ("Mr. During a Thursday meeting"); an honorific left dangling at a sentence's end ("Narendra Modi,
 * Mr."); a word doubled ("the the"); a verbless scrap of two or three words after a sentence ("… south-east.
 * Russian army."). Two signs or more (by default) make the flag: one alone is a typo.
 */
public final class TextQuality {

    /** One sign, with its kind ("doubled word", …) and the words that show it. */
    public record Sign(String kind, Evidence evidence) {
    }

    private static final Pattern DOUBLED = Pattern.compile("\\b(\\p{L}{2,})\\s+\\1\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NOT_NAME_TAGS = Set.of("ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "PART",
            "VERB", "ADV", "NUM");
    /** Doubled words that English uses on purpose. */
    private static final Set<String> ALLOWED_DOUBLES = Set.of("that", "had", "is", "bye", "no", "very", "so", "now");

    private final Gazetteer gazetteer = Gazetteer.shared();
    /** Signs that make the flag ({@link ReconcileSettings#translationSigns()}). */
    private final int signsForFlag;

    public TextQuality(int signsForFlag) {
        this.signsForFlag = signsForFlag;
    }

    List<ArticleFlag> flags(AnalyzedArticle a) {
        List<Sign> found = signs(a);
        if (found.size() < signsForFlag) {
            return List.of();
        }
        List<String> kinds = found.stream().map(Sign::kind).distinct().toList();
        return List.of(new ArticleFlag("machine-translation", found.size() + " signs of machine translation or "
                + "spinning: " + String.join(", ", kinds), found.stream().map(Sign::evidence).toList()));
    }

    /** Every sign in the article, whether or not there are enough of them to flag it (for measuring each kind). */
    public List<Sign> signs(AnalyzedArticle a) {
        List<Evidence> signs = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        String text = a.text();
        for (Sentence s : a.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                String w = t.get(i).text();
                if (!gazetteer.isHonorific(w)) {
                    continue;
                }
                String bare = w.replace(".", "");
                if (i + 1 < t.size() && gazetteer.isHonorific(t.get(i + 1).text()) && bare.startsWith("M")) {
                    add(signs, kinds, "repeated honorific", a, t.get(i).span().start(), t.get(i + 1).span().end());
                } else if ((bare.equals("MM") || bare.equals("Mme") || bare.equals("M")) && "en".equals(a.article().language())) {
                    add(signs, kinds, "French honorific in English text", a, t.get(i).span().start(),
                            i + 1 < t.size() ? t.get(i + 1).span().end() : t.get(i).span().end());
                } else if (i + 1 < t.size() && NOT_NAME_TAGS.contains(t.get(i + 1).pos())
                        && Character.isUpperCase(t.get(i + 1).text().charAt(0)) && !gazetteer.isHonorific(t.get(i + 1).text())) {
                    add(signs, kinds, "honorific before a word that is no name", a, t.get(i).span().start(),
                            t.get(i + 1).span().end());
                } else if (i == t.size() - 1 || i == t.size() - 2 && t.get(i + 1).pos().equals("PUNCT")) {
                    add(signs, kinds, "honorific left dangling", a, t.get(i).span().start(), t.get(i).span().end());
                }
            }
            if (t.size() <= 4 && t.size() >= 2 && s.index() > 0 && t.stream().noneMatch(x -> x.pos().equals("VERB")
                    || x.pos().equals("AUX")) && s.text().endsWith(".") && startsInsideParagraph(text, s)) {
                add(signs, kinds, "verbless scrap after a sentence", a, s.span().start(), s.span().end());
            }
        }
        Matcher m = DOUBLED.matcher(text);
        while (m.find()) {
            if (!ALLOWED_DOUBLES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                add(signs, kinds, "doubled word", a, m.start(), m.end());
            }
        }
        List<Sign> result = new ArrayList<>(signs.size());
        for (int i = 0; i < signs.size(); i++) {
            result.add(new Sign(kinds.get(i), signs.get(i)));
        }
        return result;
    }

    /** A sentence that follows another in the same paragraph (a scrap, not a short headline paragraph). */
    private static boolean startsInsideParagraph(String text, Sentence s) {
        int start = s.span().start();
        return start >= 2 && !text.startsWith("\n", start - 1) && !text.startsWith("\n", start - 2);
    }

    private static void add(List<Evidence> signs, List<String> kinds, String kind, AnalyzedArticle a, int start, int end) {
        signs.add(new Evidence(a.id(), a.text().substring(start, end), new Span(start, end)));
        kinds.add(kind);
    }
}
