package org.collate.link;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DateMention;
import org.collate.model.Entity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Distils an analysed article into {@link LinkFeatures}. Terms go through Lucene's {@link EnglishAnalyzer}
 * (stop words, possessives, Porter stemming); the title counts {@value #TITLE_WEIGHT} times, and only the first
 * {@value #BODY_CHARS} characters of the body count, since the lead says what the story is and long tails drift.
 * People are keyed by surname so "Vladimir Putin", "Putin" and "Mr Putin" meet across articles.
 */
public final class LinkFeatureExtractor {

    static final int TITLE_WEIGHT = 3;
    static final int BODY_CHARS = 2000;

    private final Analyzer analyzer = new EnglishAnalyzer();

    public LinkFeatures extract(AnalyzedArticle a) {
        Map<String, Integer> terms = new HashMap<>();
        String title = a.article().title();
        if (title != null) {
            for (int i = 0; i < TITLE_WEIGHT; i++) {
                addTerms(title, terms);
            }
        }
        String text = a.text();
        addTerms(text.length() > BODY_CHARS ? text.substring(0, BODY_CHARS) : text, terms);
        Map<String, Integer> entities = new HashMap<>();
        for (Entity e : a.entities()) {
            String key = entityKey(e);
            if (key != null) {
                entities.merge(key, e.mentions().size(), Integer::sum);
            }
        }
        Set<Integer> years = new HashSet<>();
        for (DateMention d : a.dates()) {
            if (!d.relative() && d.resolved() != null) {
                years.add(d.resolved().getYear());
            }
        }
        return new LinkFeatures(a.id(), a.article().published() == null ? null : a.article().published().day(),
                title, terms, entities, years, a.embedding(), a.minHash(), text.length());
    }

    static String entityKey(Entity e) {
        String name = e.name().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").strip().replace(' ', '_');
        if (name.isEmpty()) {
            return null;
        }
        return switch (e.kind()) {
            case PERSON -> {
                String[] parts = name.split("_");
                yield "person:" + parts[parts.length - 1];
            }
            case PLACE -> "place:" + name;
            case ORGANIZATION -> "org:" + shortestVariant(e);
            case OTHER -> "other:" + name;
        };
    }

    /** Organisations meet by their acronym when they have one ("SCO" and "Shanghai Cooperation Organisation"). */
    private static String shortestVariant(Entity e) {
        String best = e.name();
        for (String v : e.variants()) {
            if (v.length() >= 2 && v.length() < best.length() && v.equals(v.toUpperCase(Locale.ROOT))) {
                best = v;
            }
        }
        return best.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private void addTerms(String text, Map<String, Integer> out) {
        try (TokenStream ts = analyzer.tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() > 1 && !isNumber(t)) {
                    out.merge(t, 1, Integer::sum);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i)) && t.charAt(i) != '.' && t.charAt(i) != ',') {
                return false;
            }
        }
        return true;
    }
}
