package org.collate.output;

import org.collate.model.Article;
import org.collate.model.RemovedSpan;

import java.io.PrintWriter;

/** The readable view of an article: title, date, outlet, language, body, then what was removed and why. */
public final class ArticleText {

    private ArticleText() {
    }

    public static void print(Article a, PrintWriter target) {
        // Article text and file names may hold terminal control sequences; they are shown, never obeyed.
        PrintWriter out = TerminalSafeText.writer(target);
        out.println("=".repeat(80));
        out.println(a.title() == null ? "(untitled)" : a.title());
        out.println("date:     " + (a.published() == null ? "unknown" : a.published().iso()
                + "  (from " + a.published().source() + ")"));
        out.println("outlet:   " + (a.outlet() == null ? "unknown" : a.outlet()));
        out.println("language: " + a.language());
        if (a.author() != null) {
            out.println("author:   " + a.author());
        }
        if (a.url() != null) {
            out.println("url:      " + a.url());
        }
        out.println("origin:   " + a.origin() + "   id: " + a.id());
        out.println("-".repeat(80));
        for (String paragraph : a.paragraphs()) {
            out.println(wrap(paragraph, 100));
            out.println();
        }
        if (!a.removed().isEmpty()) {
            out.println("removed (" + a.removed().size() + "):");
            for (RemovedSpan span : a.removed()) {
                out.println("  [" + span.reason().label() + "] " + abbreviate(span.text().replaceAll("\\s+", " "), 110));
            }
        }
        out.println();
        out.flush();
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** Wraps at word boundaries for the terminal; the article text itself is never re-wrapped. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" ")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append('\n');
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }
}
