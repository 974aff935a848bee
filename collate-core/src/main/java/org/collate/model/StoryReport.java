package org.collate.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a story's sources agree on, where they differ, who said what, and which copy is the original.
 *
 * @param story          the story
 * @param firstPublished the earliest publication day among the originals and independent reports (copies do not
 *                       count), or null when none is dated
 * @param articles       its analysed articles, in the story's order
 * @param flags          per article id, what a reader should know about it
 * @param entities       the entity roster
 * @param quotes         quotes grouped across articles
 * @param facts          agreed, conflicting and single-source facts
 * @param provenance     each article's relation to its source
 */
public record StoryReport(Story story, LocalDate firstPublished, List<AnalyzedArticle> articles,
                          Map<String, List<ArticleFlag>> flags, List<RosterEntity> entities, List<QuoteGroup> quotes,
                          List<Fact> facts, List<ProvenanceLink> provenance) {
    public StoryReport {
        articles = List.copyOf(articles);
        flags = Map.copyOf(flags);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
        provenance = List.copyOf(provenance);
    }

    /** The story's title, else the opening words of its first article (ECB+-style texts have no headline). */
    public String displayTitle() {
        if (story.title() != null && !story.title().isBlank()) {
            return story.title();
        }
        if (articles.isEmpty()) {
            return "(untitled)";
        }
        String first = articles.get(0).text().split("\n", 2)[0].strip();
        if (first.length() <= 90) {
            return first;
        }
        // Cut at the last space; a line without one (Chinese or Japanese text, a URL) is cut at 89 characters,
        // never inside a surrogate pair.
        int cut = first.lastIndexOf(' ', 89);
        if (cut < 0) {
            cut = Character.isHighSurrogate(first.charAt(88)) ? 88 : 89;
        }
        return first.substring(0, cut) + " …";
    }

    public List<Fact> facts(FactStatus status) {
        return facts.stream().filter(f -> f.status() == status).toList();
    }
}
