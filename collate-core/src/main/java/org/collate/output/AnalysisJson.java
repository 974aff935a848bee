package org.collate.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.collate.model.AnalyzedArticle;
import org.collate.model.DateMention;
import org.collate.model.Entity;
import org.collate.model.Mention;
import org.collate.model.NumberMention;
import org.collate.model.Quote;
import org.collate.model.Span;

/**
 * An analysed article as JSON: {@code id, origin, title, language, entities[{id, kind, name, variants, roles,
 * mentions}], quotes[{text, start, end, speaker, entity, verb, direct, reported_by (only when the article has the
 * quote from an outer source)}], numbers, dates, notes}; every offset
 * points into the article's {@code text}, which is included.
 */
public final class AnalysisJson {

    private AnalysisJson() {
    }

    public static ObjectNode of(AnalyzedArticle a) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("origin", a.article().origin());
        node.put("title", a.article().title());
        node.put("published", a.article().published() == null ? null : a.article().published().iso());
        node.put("language", a.article().language());
        node.put("sentences", a.sentences().size());
        ArrayNode entities = node.putArray("entities");
        for (Entity e : a.entities()) {
            ObjectNode en = entities.addObject();
            en.put("id", e.id());
            en.put("kind", e.kind().label());
            en.put("name", e.name());
            ArrayNode variants = en.putArray("variants");
            e.variants().forEach(variants::add);
            ArrayNode roles = en.putArray("roles");
            e.roles().forEach(roles::add);
            ArrayNode mentions = en.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mn = mentions.addObject();
                mn.put("text", m.text());
                span(mn, m.span());
                if (m.role() != null) {
                    mn.put("role", m.role());
                }
            }
        }
        ArrayNode quotes = node.putArray("quotes");
        for (Quote q : a.quotes()) {
            ObjectNode qn = quotes.addObject();
            qn.put("text", q.text());
            span(qn, q.span());
            qn.put("speaker", q.speaker());
            qn.put("entity", q.entityId());
            qn.put("verb", q.verb());
            if (q.reportedBy() != null) {
                qn.put("reported_by", q.reportedBy());
            }
            qn.put("direct", q.direct());
        }
        ArrayNode numbers = node.putArray("numbers");
        for (NumberMention n : a.numbers()) {
            ObjectNode nn = numbers.addObject();
            nn.put("text", n.text());
            span(nn, n.span());
            nn.put("kind", n.kind());
            if (!Double.isNaN(n.value())) {
                nn.put("value", n.value());
            }
            nn.put("unit", n.unit());
            nn.put("counted", n.counted());
        }
        ArrayNode dates = node.putArray("dates");
        for (DateMention d : a.dates()) {
            ObjectNode dn = dates.addObject();
            dn.put("text", d.text());
            span(dn, d.span());
            dn.put("relative", d.relative());
            dn.put("resolved", d.resolved() == null ? null : d.resolved().toString());
            dn.put("granularity", d.granularity());
            dn.put("weekday", d.weekday() == null ? null : d.weekday().toString().toLowerCase(java.util.Locale.ROOT));
        }
        ArrayNode notes = node.putArray("notes");
        a.notes().forEach(notes::add);
        node.put("text", a.text());
        return node;
    }

    private static void span(ObjectNode node, Span span) {
        node.put("start", span.start());
        node.put("end", span.end());
    }
}
