package org.collate.link;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.collate.analyze.entity.Gazetteer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DateMention;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Distils an analysed article into {@link LinkFeatures}. Terms go through Lucene's {@link EnglishAnalyzer}
 * (stop words, possessives, Porter stemming); the title counts {@link ClusterSettings#titleWeight()} times, and only the
 * first {@link ClusterSettings#bodyChars()} characters of the body count, since the lead says what the story is and
 * long tails drift.
 * People are keyed by surname so "Vladimir Putin", "Putin" and "Mr Putin" meet across articles.
 */
public final class LinkFeatureExtractor {

    private final int titleWeight;
    private final int bodyChars;

    private static final Set<String> GENERATIONAL = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final Gazetteer gazetteer = Gazetteer.shared();

    public LinkFeatureExtractor(ClusterSettings settings) {
        this.titleWeight = settings.titleWeight();
        this.bodyChars = settings.bodyChars();
    }

    public LinkFeatures extract(AnalyzedArticle a) {
        Map<String, Integer> terms = new HashMap<>();
        String title = a.article().title();
        if (title != null) {
            for (int i = 0; i < titleWeight; i++) {
                addTerms(title, terms);
            }
        }
        String text = a.text();
        addTerms(text.length() > bodyChars ? text.substring(0, bodyChars) : text, terms);
        Map<String, Integer> entities = new HashMap<>();
        for (Entity e : a.entities()) {
            String key = entityKey(e);
            if (key != null) {
                entities.merge(key, e.mentions().size(), Integer::sum);
            }
        }
        // Nationality adjectives name their country too: "Russian troops" is about Russia.
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                Gazetteer.Entry entry = gazetteer.lookup(t.text());
                if (entry != null && entry.demonym()) {
                    entities.merge(placePrefix(entry.canonical()) + key(entry.canonical()), 1, Integer::sum);
                }
            }
        }
        Set<Integer> years = new HashSet<>();
        for (DateMention d : a.dates()) {
            // Full dates and months date the event; a bare year ("the 2004 tsunami") is mostly background.
            if (!d.relative() && d.resolved() != null && !d.granularity().equals("year")) {
                years.add(d.resolved().getYear());
            }
        }
        return new LinkFeatures(a.id(), a.article().published() == null ? null : a.article().published().day(),
                title, titleWords(title), terms, entities, years, quoteWords(a), a.embedding(), a.minHash(),
                text.length());
    }

    /**
     * The key an entity meets its namesakes in other articles by: a person's surname; a known place's or
     * organisation's gazetteer name ("US", "America" and "United States" are one); an organisation's acronym when
     * it has one ("SCO" and "Shanghai Cooperation Organisation").
     */
    String entityKey(Entity e) {
        String name = key(e.name().replaceAll("['’]s$", ""));
        if (name.isEmpty()) {
            return null;
        }
        if (e.kind() == EntityKind.PLACE || e.kind() == EntityKind.ORGANIZATION) {
            for (String v : e.variants()) {
                Gazetteer.Entry entry = gazetteer.lookup(v.replaceAll("['’]s$", ""));
                if (entry != null && !entry.demonym()) {
                    return (entry.kind() == EntityKind.PLACE ? placePrefix(entry.canonical()) : "org:")
                            + key(entry.canonical());
                }
            }
        }
        return switch (e.kind()) {
            case PERSON -> {
                String[] parts = name.replace(",", "").split("_");
                int last = parts.length - 1;
                while (last > 0 && GENERATIONAL.contains(parts[last])) {
                    last--; // "Martin Luther King Jr." is a King, not a "Jr."
                }
                yield "person:" + parts[last];
            }
            case PLACE -> "place:" + name;
            case ORGANIZATION -> "org:" + acronymOrName(e);
            case OTHER -> "other:" + name;
        };
    }

    /** Countries and finer places are told apart: two events in one country can still be in two provinces. */
    private String placePrefix(String canonical) {
        return gazetteer.isCountry(canonical) ? "country:" : "place:";
    }

    private static String acronymOrName(Entity e) {
        String best = e.name();
        for (String v : e.variants()) {
            if (v.length() >= 2 && v.length() < best.length() && v.equals(v.toUpperCase(Locale.ROOT))) {
                best = v;
            }
        }
        return key(best);
    }

    /** Pairs of consecutive content words (stemmed) inside the article's direct quotes. */
    Set<String> quoteWords(AnalyzedArticle a) {
        Set<String> out = new HashSet<>();
        for (Quote q : a.quotes()) {
            if (!q.direct()) {
                continue;
            }
            java.util.List<String> words = new java.util.ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream("q", q.text())) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    words.add(term.toString());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (int i = 0; i + 1 < words.size(); i++) {
                out.add(words.get(i) + " " + words.get(i + 1));
            }
        }
        return out;
    }

    static Set<String> titleWords(String title) {
        Set<String> out = new HashSet<>();
        if (title != null) {
            for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 3) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", "_");
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
