package org.collate.store;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Fact;
import org.collate.model.FactStatus;
import org.collate.model.Sentence;
import org.collate.model.Story;
import org.collate.model.StoryReport;
import org.collate.pipeline.CollatePipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two versions of one article: the sentences added, removed and changed (Myers' diff over
 * the sentences, so a moved paragraph reads as removed and added), and the facts that changed, as the reconcile
 * stage compares two copies of one text: a number, a title, a name or a quote's words that differ are conflicts, a
 * spelling or a rewording is a variant.
 *
 * @param titleBefore the earlier headline, when the headline changed (else null)
 * @param titleAfter  the later headline, when it changed
 */
public record VersionDiff(ArticleVersion before, ArticleVersion after, String titleBefore, String titleAfter,
                          List<SentenceEdit> edits, List<Fact> changes) {

    /** One edit: sentences {@code removed} replaced by {@code added} (either list may be empty, not both). */
    public record SentenceEdit(Kind kind, List<String> removed, List<String> added) {
        public enum Kind { ADDED, REMOVED, CHANGED }
    }

    public VersionDiff {
        edits = List.copyOf(edits);
        changes = List.copyOf(changes);
    }

    public static VersionDiff between(ArticleVersion before, ArticleVersion after, CollatePipeline pipeline) {
        List<String> a = before.analysis().sentences().stream().map(Sentence::text).map(String::strip).toList();
        List<String> b = after.analysis().sentences().stream().map(Sentence::text).map(String::strip).toList();
        List<SentenceEdit> edits = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            SentenceEdit.Kind kind = switch (d.getType()) {
                case INSERT -> SentenceEdit.Kind.ADDED;
                case DELETE -> SentenceEdit.Kind.REMOVED;
                default -> SentenceEdit.Kind.CHANGED;
            };
            if (d.getType() != com.github.difflib.patch.DeltaType.EQUAL) {
                edits.add(new SentenceEdit(kind, d.getSource().getLines(), d.getTarget().getLines()));
            }
        }
        String t1 = before.analysis().article().title();
        String t2 = after.analysis().article().title();
        boolean retitled = !Objects.equals(t1, t2);
        return new VersionDiff(before, after, retitled ? t1 : null, retitled ? t2 : null, edits,
                edits.isEmpty() ? List.of() : changedFacts(before, after, pipeline));
    }

    /** The two versions reconciled as two articles of one story: what the story report would say differs. */
    private static List<Fact> changedFacts(ArticleVersion before, ArticleVersion after, CollatePipeline pipeline) {
        AnalyzedArticle a = renamed(before);
        AnalyzedArticle b = renamed(after);
        Map<String, AnalyzedArticle> byId = Map.of(a.id(), a, b.id(), b);
        Story story = new Story("versions", List.of(a.id(), b.id()), a.article().title(), null, null);
        StoryReport report = pipeline.reconcile(story, byId::get, (origin, message, skipped) -> {
        });
        List<Fact> out = new ArrayList<>(report.facts(FactStatus.CONFLICTING));
        out.addAll(report.facts(FactStatus.VARIANT));
        return out;
    }

    /** The version as an article of its own: {@code ID@vN}, so two versions can be told apart in one report. */
    static AnalyzedArticle renamed(ArticleVersion v) {
        AnalyzedArticle x = v.analysis();
        return new AnalyzedArticle(x.article().withId(label(v)), x.sentences(), x.entities(), x.quotes(), x.numbers(),
                x.dates(), x.minHash(), x.embedding(), x.notes());
    }

    /** How a version is named where two are compared: {@code ID@vN}. */
    public static String label(ArticleVersion v) {
        return v.articleId() + "@v" + v.version();
    }
}
