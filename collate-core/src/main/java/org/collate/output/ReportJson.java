package org.collate.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.ArticleFlag;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.ProvenanceLink;
import org.collate.model.QuoteGroup;
import org.collate.model.Reading;
import org.collate.model.RosterEntity;
import org.collate.model.StoryReport;

import java.util.List;

/**
 * Story reports as the JSON document {@code {"stories":[…]}} described by {@code report.schema.json} (in this
 * package's resources): per story its articles with flags, entity roster, quote groups, facts with readings and
 * evidence, and provenance. Every evidence offset points into the article's {@code text}.
 */
public final class ReportJson {

    /** Where the JSON Schema of this document is, on the class path. */
    public static final String SCHEMA = "/org/collate/output/report.schema.json";

    /** The schema's MAJOR.MINOR, written into every document ({@code schema_version}); bump it with the schema. */
    public static final String SCHEMA_VERSION = "3.0";

    private ReportJson() {
    }

    public static ObjectNode of(List<StoryReport> reports) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema_version", SCHEMA_VERSION);
        ArrayNode stories = root.putArray("stories");
        for (StoryReport r : reports) {
            stories.add(story(r));
        }
        return root;
    }

    public static ObjectNode story(StoryReport r) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("id", r.story().id());
        s.put("title", r.displayTitle());
        s.put("first_published", r.firstPublished() == null ? null : r.firstPublished().toString());
        ArrayNode articles = s.putArray("articles");
        for (AnalyzedArticle a : r.articles()) {
            Article x = a.article();
            ObjectNode an = articles.addObject();
            an.put("id", x.id());
            an.put("origin", x.origin());
            an.put("url", x.url());
            an.put("outlet", x.outlet());
            an.put("title", x.title());
            an.put("published", x.published() == null ? null : x.published().iso());
            an.put("language", x.language());
            an.put("author", x.author());
            an.put("text", x.text());
            an.set("removed", ArticleJson.removed(x));
            ArrayNode flags = an.putArray("flags");
            for (ArticleFlag f : r.flags().getOrDefault(x.id(), List.of())) {
                ObjectNode fn = flags.addObject();
                fn.put("kind", f.kind());
                fn.put("detail", f.detail());
                fn.set("evidence", evidence(f.evidence()));
            }
        }
        ArrayNode entities = s.putArray("entities");
        for (RosterEntity e : r.entities()) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("kind", e.kind().label());
            en.put("name", e.name());
            ArrayNode variants = en.putArray("variants");
            for (RosterEntity.Variant v : e.variants()) {
                ObjectNode vn = variants.addObject();
                vn.put("name", v.name());
                vn.set("articles", strings(v.articleIds()));
                if (v.note() != null) {
                    vn.put("note", v.note());
                }
            }
            ArrayNode roles = en.putArray("roles");
            for (RosterEntity.RoleUse role : e.roles()) {
                roles.addObject().put("role", role.role()).set("articles", strings(role.articleIds()));
            }
            en.set("notes", strings(e.notes()));
        }
        ArrayNode quotes = s.putArray("quotes");
        for (QuoteGroup q : r.quotes()) {
            ObjectNode qn = quotes.addObject();
            qn.put("speaker", q.speaker());
            qn.put("entity", q.entityId());
            ArrayNode renderings = qn.putArray("renderings");
            for (QuoteGroup.Rendering rendering : q.renderings()) {
                renderings.addObject().put("article", rendering.articleId()).put("text", rendering.text())
                        .put("start", rendering.span().start()).put("end", rendering.span().end())
                        .put("direct", rendering.direct());
            }
        }
        ArrayNode facts = s.putArray("facts");
        for (Fact f : r.facts()) {
            ObjectNode fn = facts.addObject();
            fn.put("id", f.id());
            fn.put("status", f.status().label());
            fn.put("about", f.about());
            fn.put("slot", f.slot());
            ArrayNode readings = fn.putArray("readings");
            for (Reading reading : f.readings()) {
                ObjectNode rn = readings.addObject();
                rn.put("value", reading.value());
                rn.set("articles", strings(reading.articleIds()));
                rn.set("evidence", evidence(reading.evidence()));
            }
        }
        ArrayNode provenance = s.putArray("provenance");
        for (ProvenanceLink p : r.provenance()) {
            provenance.addObject().put("article", p.articleId()).put("source", p.sourceId())
                    .put("relation", p.relation().label()).put("confidence", Math.round(p.confidence() * 100) / 100.0)
                    .put("reason", p.reason());
        }
        return s;
    }

    private static ArrayNode evidence(List<Evidence> list) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        for (Evidence e : list) {
            out.addObject().put("article", e.articleId()).put("text", e.text()).put("start", e.span().start())
                    .put("end", e.span().end());
        }
        return out;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = Json.MAPPER.createArrayNode();
        values.forEach(out::add);
        return out;
    }
}
