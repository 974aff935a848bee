package org.collate.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.model.Article;
import org.collate.model.RemovedSpan;

/** An article as JSON: {@code id, origin, url, outlet, title, published, language, author, text, paragraphs, removed}. */
public final class ArticleJson {

    private ArticleJson() {
    }

    public static ObjectNode of(Article a) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("origin", a.origin());
        node.put("url", a.url());
        node.put("outlet", a.outlet());
        node.put("title", a.title());
        node.put("published", a.published() == null ? null : a.published().iso());
        node.put("published_source", a.published() == null ? null : a.published().source());
        node.put("language", a.language());
        node.put("author", a.author());
        node.put("format", a.format());
        node.put("text", a.text());
        ArrayNode paragraphs = node.putArray("paragraphs");
        a.paragraphs().forEach(paragraphs::add);
        node.set("removed", removed(a));
        return node;
    }

    public static ArrayNode removed(Article a) {
        ArrayNode removed = Json.MAPPER.createArrayNode();
        for (RemovedSpan span : a.removed()) {
            removed.addObject().put("text", span.text()).put("reason", span.reason().label());
        }
        return removed;
    }
}
