package org.collate.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.FactStatus;
import org.collate.model.ProvenanceLink;
import org.collate.model.StoryReport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One story in a list of stories: what {@code collate stories --json} prints, one JSON object per line, for an
 * in-memory run and for a store alike: {@code {"id", "title", "first_seen", "last_seen", "outlets", "articles":
 * [{"id", "url", "outlet", "relation"}], "conflicts", "variants"}}.
 *
 * @param outlets   the outlets in the order their first article joined ("unknown outlet" for none)
 * @param articles  the story's articles in arrival order, each with its relation to the story's original
 * @param conflicts how many conflicting facts the report found
 * @param variants  how many facts the sources word otherwise
 */
public record StorySummary(String id, String title, LocalDate firstSeen, LocalDate lastSeen, List<String> outlets,
                           List<Member> articles, int conflicts, int variants) {

    /** Shown for an article whose outlet extraction could not tell. */
    public static final String UNKNOWN_OUTLET = "unknown outlet";

    /** One article of the story; {@code relation} is the provenance label (original, copy, rewrite, …) or null. */
    public record Member(String id, String url, String outlet, String relation) {
    }

    public StorySummary {
        outlets = List.copyOf(outlets);
        articles = List.copyOf(articles);
    }

    public static StorySummary of(StoryReport r) {
        Map<String, ProvenanceLink> links = r.provenance().stream()
                .collect(Collectors.toMap(ProvenanceLink::articleId, Function.identity(), (x, y) -> x));
        Set<String> outlets = new LinkedHashSet<>();
        List<Member> members = new ArrayList<>();
        for (AnalyzedArticle a : r.articles()) {
            Article x = a.article();
            outlets.add(x.outlet() == null ? UNKNOWN_OUTLET : x.outlet());
            ProvenanceLink p = links.get(x.id());
            members.add(new Member(x.id(), x.url(), x.outlet(), p == null ? null : p.relation().label()));
        }
        return new StorySummary(r.story().id(), r.displayTitle(), r.story().firstSeen(), r.story().lastSeen(),
                List.copyOf(outlets), members, r.facts(FactStatus.CONFLICTING).size(),
                r.facts(FactStatus.VARIANT).size());
    }

    public ObjectNode json() {
        ObjectNode s = Json.MAPPER.createObjectNode();
        s.put("id", id);
        s.put("title", title);
        s.put("first_seen", firstSeen == null ? null : firstSeen.toString());
        s.put("last_seen", lastSeen == null ? null : lastSeen.toString());
        ArrayNode o = s.putArray("outlets");
        outlets.forEach(o::add);
        ArrayNode list = s.putArray("articles");
        for (Member m : articles) {
            list.addObject().put("id", m.id()).put("url", m.url()).put("outlet", m.outlet())
                    .put("relation", m.relation());
        }
        s.put("conflicts", conflicts);
        s.put("variants", variants);
        return s;
    }

    /** Reads what {@link #json()} wrote. */
    public static StorySummary fromJson(JsonNode s) {
        List<String> outlets = new ArrayList<>();
        s.path("outlets").forEach(o -> outlets.add(o.asText()));
        List<Member> members = new ArrayList<>();
        for (JsonNode m : s.path("articles")) {
            members.add(new Member(m.path("id").asText(), text(m, "url"), text(m, "outlet"), text(m, "relation")));
        }
        return new StorySummary(s.path("id").asText(), text(s, "title"), day(s, "first_seen"), day(s, "last_seen"),
                outlets, members, s.path("conflicts").asInt(), s.path("variants").asInt());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate day(JsonNode n, String field) {
        String v = text(n, field);
        return v == null ? null : LocalDate.parse(v);
    }
}
