package org.collate.pipeline;

import org.collate.model.AnalyzedArticle;
import org.collate.model.ArticleFlag;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.ProvenanceLink;
import org.collate.model.QuoteGroup;
import org.collate.model.Reading;
import org.collate.model.RosterEntity;
import org.collate.model.Span;
import org.collate.model.StoryReport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every story report must satisfy whatever its input: each piece of evidence is exactly the characters its span
 * points at in its article's text, and every article a report names (evidence, readings, quotes, roster, flags,
 * provenance) is one of the story's own. Shared by the property tests and the pipeline fuzz target.
 */
final class ReportChecks {

    private ReportChecks() {
    }

    static void assertSound(StoryReport report) {
        Map<String, String> texts = new HashMap<>();
        for (AnalyzedArticle a : report.articles()) {
            texts.put(a.id(), a.article().text());
        }
        Set<String> own = Set.copyOf(report.story().articleIds());
        assertThat(texts.keySet()).as("the report's articles are its story's").isEqualTo(own);

        for (Fact f : report.facts()) {
            for (Reading r : f.readings()) {
                assertThat(own).as("fact %s cites", f.id()).containsAll(r.articleIds());
                r.evidence().forEach(e -> assertExact(e, texts));
            }
        }
        for (QuoteGroup q : report.quotes()) {
            for (QuoteGroup.Rendering r : q.renderings()) {
                assertThat(own).as("quote rendering cites").contains(r.articleId());
                assertExact(r.articleId(), r.text(), r.span(), texts);
            }
        }
        for (RosterEntity e : report.entities()) {
            e.variants().forEach(v -> assertThat(own).as("variant %s cites", v.name()).containsAll(v.articleIds()));
            e.roles().forEach(r -> assertThat(own).as("role %s cites", r.role()).containsAll(r.articleIds()));
            e.mentions().forEach(m -> assertExact(m, texts));
        }
        for (Map.Entry<String, List<ArticleFlag>> flags : report.flags().entrySet()) {
            assertThat(own).as("flags name").contains(flags.getKey());
            flags.getValue().forEach(f -> f.evidence().forEach(e -> assertExact(e, texts)));
        }
        for (ProvenanceLink p : report.provenance()) {
            assertThat(own).as("provenance names").contains(p.articleId());
            if (p.sourceId() != null) {
                assertThat(own).as("provenance source of %s", p.articleId()).contains(p.sourceId());
            }
        }
    }

    private static void assertExact(Evidence e, Map<String, String> texts) {
        assertExact(e.articleId(), e.text(), e.span(), texts);
    }

    private static void assertExact(String articleId, String words, Span span, Map<String, String> texts) {
        String text = texts.get(articleId);
        assertThat(text).as("evidence cites article %s, which is not in the story", articleId).isNotNull();
        assertThat(span.end()).as("span %s of article %s", span, articleId).isLessThanOrEqualTo(text.length());
        assertThat(span.of(text)).as("the words at %s in article %s", span, articleId).isEqualTo(words);
    }
}
