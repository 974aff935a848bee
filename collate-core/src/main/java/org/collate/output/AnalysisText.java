package org.collate.output;

import org.collate.model.AnalyzedArticle;
import org.collate.model.DateMention;
import org.collate.model.Entity;
import org.collate.model.NumberMention;
import org.collate.model.Quote;

import java.io.PrintWriter;

/** The readable view of an analysed article: entities with variants and roles, quotes, numbers and dates. */
public final class AnalysisText {

    private AnalysisText() {
    }

    public static void print(AnalyzedArticle a, PrintWriter target) {
        // Article text and file names may hold terminal control sequences; they are shown, never obeyed.
        PrintWriter out = TerminalSafeText.writer(target);
        out.println("=".repeat(80));
        out.println((a.article().title() == null ? "(untitled)" : a.article().title()) + "   [" + a.article().origin()
                + ", " + a.article().language() + ", " + a.sentences().size() + " sentences]");
        for (String note : a.notes()) {
            out.println("note: " + note);
        }
        out.println("-- entities");
        for (Entity e : a.entities()) {
            out.printf("  %-4s %-13s %s", e.id(), e.kind().label(), e.name());
            if (e.variants().size() > 1) {
                out.print("   variants: " + String.join(" | ", e.variants()));
            }
            if (!e.roles().isEmpty()) {
                out.print("   roles: " + String.join(" | ", e.roles()));
            }
            out.println("   (" + e.mentions().size() + "×)");
        }
        out.println("-- quotes");
        for (Quote q : a.quotes()) {
            out.println("  " + (q.speaker() == null ? "(unattributed)" : q.speaker())
                    + (q.verb() == null ? "" : " [" + q.verb() + "]")
                    + (q.reportedBy() == null ? "" : " (according to " + q.reportedBy() + ")")
                    + (q.direct() ? ": “" : ": (reported) ")
                    + ArticleText.abbreviate(q.text(), 140) + (q.direct() ? "”" : ""));
        }
        if (!a.numbers().isEmpty()) {
            out.println("-- numbers");
            for (NumberMention n : a.numbers()) {
                out.println("  " + n.text() + "  (" + n.kind() + (n.counted() == null ? "" : ", counts: " + n.counted())
                        + ")");
            }
        }
        if (!a.dates().isEmpty()) {
            out.println("-- dates");
            for (DateMention d : a.dates()) {
                out.println("  " + d.text() + "  → " + (d.resolved() == null ? "unresolved" : d.resolved())
                        + (d.weekday() == null ? "" : " (" + d.weekday() + ")"));
            }
        }
        out.println();
        out.flush();
    }
}
