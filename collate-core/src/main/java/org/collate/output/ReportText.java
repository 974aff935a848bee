package org.collate.output;

import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.ArticleFlag;
import org.collate.model.Evidence;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.ProvenanceLink;
import org.collate.model.QuoteGroup;
import org.collate.model.Reading;
import org.collate.model.RosterEntity;
import org.collate.model.StoryReport;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story report a person reads top to bottom: the story in one line, its sources and how they relate, the
 * conflicts with both readings side by side, what they agree on, what only one source says (by outlet), the quotes
 * with every rendering, and the people, places and organisations with their names and titles. Articles are
 * labelled [1], [2], … in the order of the sources list.
 */
public final class ReportText {

    private static final int WIDTH = 110;

    private ReportText() {
    }

    public static void print(StoryReport r, PrintWriter target) {
        // Article text and file names may hold terminal control sequences; they are shown, never obeyed.
        PrintWriter out = TerminalSafeText.writer(target);
        Map<String, String> label = labels(r);
        Set<String> outlets = new LinkedHashSet<>();
        long unnamed = r.articles().stream().filter(a -> a.article().outlet() == null).count();
        r.articles().forEach(a -> {
            if (a.article().outlet() != null) {
                outlets.add(a.article().outlet());
            }
        });
        String sources = outlets.isEmpty() ? "outlets unknown"
                : "from " + outlets.size() + " outlet" + (outlets.size() == 1 ? "" : "s")
                + (unnamed == 0 ? "" : " and " + unnamed + " whose outlet is unknown");
        out.println("═".repeat(WIDTH));
        out.println("STORY " + r.story().id() + ": " + r.displayTitle());
        out.println("  " + r.articles().size() + " article" + (r.articles().size() == 1 ? "" : "s") + ", " + sources
                + "; first published " + (r.firstPublished() == null ? "unknown" : r.firstPublished()));
        out.println();
        out.println("SOURCES");
        Map<String, ProvenanceLink> links = new LinkedHashMap<>();
        r.provenance().forEach(p -> links.put(p.articleId(), p));
        for (AnalyzedArticle a : r.articles()) {
            Article x = a.article();
            String title = x.title() == null || x.title().isBlank() ? ""
                    : ", \"" + ArticleText.abbreviate(x.title(), 70) + "\"";
            out.println("  " + label.get(x.id()) + " " + outletOf(x) + ", " + (x.published() == null ? "undated"
                    : x.published().day()) + title + "  (" + x.origin() + ")");
            ProvenanceLink p = links.get(x.id());
            if (p != null) {
                String rel = p.relation().label() + (p.sourceId() == null ? "" : " of " + label.get(p.sourceId()));
                out.println(wrap("      " + rel + String.format(java.util.Locale.ROOT, " (confidence %.2f): ",
                        p.confidence()) + p.reason(), "        "));
            }
            for (ArticleFlag f : r.flags().getOrDefault(x.id(), List.of())) {
                StringBuilder sb = new StringBuilder("      ⚑ " + f.kind() + ": " + f.detail());
                if (!f.evidence().isEmpty()) {
                    sb.append(" — e.g. ");
                    f.evidence().stream().limit(4).forEach(e -> sb.append("«").append(e.text()).append("» "));
                }
                out.println(wrap(sb.toString().stripTrailing(), "        "));
            }
        }
        List<Fact> conflicts = r.facts(FactStatus.CONFLICTING);
        out.println();
        out.println("CONFLICTS (" + conflicts.size() + ")");
        for (Fact f : conflicts) {
            out.println("  ✗ " + f.about() + "  [" + f.slot() + "]");
            for (Reading reading : f.readings()) {
                out.println("      " + labels(reading.articleIds(), label) + " \"" + reading.value() + "\"");
                for (Evidence e : reading.evidence()) {
                    if (!e.text().equals(reading.value())) {
                        out.println(wrap("          " + label.get(e.articleId()) + " «" + e.text() + "» @" + e.span().start()
                                + "-" + e.span().end(), "           "));
                    }
                }
            }
        }
        List<Fact> variants = r.facts(FactStatus.VARIANT);
        out.println();
        out.println("VARIANTS (" + variants.size() + "): the same fact worded otherwise, not a disagreement");
        for (Fact f : variants) {
            StringBuilder line = new StringBuilder("  ≈ " + f.about() + "  [" + f.slot() + "]:");
            for (Reading reading : f.readings()) {
                line.append(' ').append(labels(reading.articleIds(), label)).append(" \"").append(reading.value())
                        .append('"');
            }
            out.println(wrap(line.toString(), "      "));
        }
        List<Fact> agreed = r.facts(FactStatus.AGREED);
        out.println();
        out.println("AGREED (" + agreed.size() + ")");
        for (Fact f : agreed) {
            Reading reading = f.readings().get(0);
            out.println(wrap("  ✓ " + labels(reading.articleIds(), label) + " " + reading.value(), "      "));
        }
        List<Fact> single = r.facts(FactStatus.SINGLE_SOURCE);
        out.println();
        out.println("SINGLE-SOURCE (" + single.size() + ")");
        Map<String, List<Fact>> byArticle = new LinkedHashMap<>();
        for (Fact f : single) {
            byArticle.computeIfAbsent(f.readings().get(0).articleIds().get(0), k -> new java.util.ArrayList<>()).add(f);
        }
        for (AnalyzedArticle a : r.articles()) {
            List<Fact> facts = byArticle.get(a.id());
            if (facts == null) {
                continue;
            }
            // A fact that copies of one source repeat is still single-source: its bullet names every article.
            boolean copies = facts.stream().anyMatch(f -> articlesOf(f).size() > 1);
            out.println("  " + label.get(a.id()) + " " + outletOf(a.article()) + (copies ? " and copies of it" : "")
                    + " only:");
            for (Fact f : facts) {
                List<String> ids = articlesOf(f);
                out.println(wrap("    • " + (ids.size() > 1 ? labels(ids, label) + " " : "")
                        + f.readings().get(0).value(), "      "));
            }
        }
        out.println();
        out.println("QUOTES (" + r.quotes().size() + ")");
        for (QuoteGroup q : r.quotes()) {
            out.println("  " + (q.speaker() == null ? "(unattributed)" : q.speaker()) + ":");
            for (QuoteGroup.Rendering rendering : q.renderings()) {
                String text = rendering.direct() ? "“" + rendering.text() + "”" : "(reported) " + rendering.text();
                out.println(wrap("      " + label.get(rendering.articleId()) + " " + text, "          "));
            }
        }
        out.println();
        out.println("ENTITIES");
        for (RosterEntity e : r.entities()) {
            StringBuilder sb = new StringBuilder("  " + e.name() + " (" + e.kind().label() + ")");
            if (e.variants().size() > 1) {
                sb.append(" — names: ");
                for (RosterEntity.Variant v : e.variants()) {
                    sb.append(v.name()).append(" ").append(labels(v.articleIds(), label)).append("; ");
                }
            }
            if (!e.roles().isEmpty()) {
                sb.append(" — titles: ");
                for (RosterEntity.RoleUse role : e.roles()) {
                    sb.append(role.role()).append(" ").append(labels(role.articleIds(), label)).append("; ");
                }
            }
            out.println(wrap(sb.toString().replaceAll(";\\s*$", ""), "      "));
            for (String note : e.notes()) {
                out.println(wrap("      ! " + relabel(note, label), "        "));
            }
        }
        out.println();
        out.flush();
    }

    private static Map<String, String> labels(StoryReport r) {
        Map<String, String> label = new LinkedHashMap<>();
        int n = 0;
        for (AnalyzedArticle a : r.articles()) {
            label.put(a.id(), "[" + (++n) + "]");
        }
        return label;
    }

    private static String labels(List<String> ids, Map<String, String> label) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            sb.append(label.getOrDefault(id, id));
        }
        return sb.toString();
    }

    /** Replaces article ids inside a note by their labels. */
    private static String relabel(String note, Map<String, String> label) {
        String out = note;
        for (Map.Entry<String, String> e : label.entrySet()) {
            out = out.replace("article " + e.getKey(), "article " + e.getValue()).replace(e.getKey(), e.getValue());
        }
        return out;
    }

    private static List<String> articlesOf(Fact f) {
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        f.readings().forEach(r -> ids.addAll(r.articleIds()));
        return List.copyOf(ids);
    }

    private static String outletOf(Article a) {
        return a.outlet() == null ? "unknown outlet" : a.outlet();
    }

    private static String wrap(String line, String indent) {
        if (line.length() <= WIDTH) {
            return line;
        }
        String lead = line.substring(0, line.length() - line.stripLeading().length());
        StringBuilder out = new StringBuilder(lead);
        int width = lead.length();
        for (String word : line.stripLeading().split(" ")) {
            if (width > lead.length() && width + 1 + word.length() > WIDTH) {
                out.append('\n').append(indent);
                width = indent.length();
            } else if (width > lead.length()) {
                out.append(' ');
                width++;
            }
            out.append(word);
            width += word.length();
        }
        return out.toString();
    }
}
