package org.collate.pipeline;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.analyze.signature.TextEmbedder;
import org.collate.extract.DocumentExtractor;
import org.collate.limit.Deadline;
import org.collate.link.ArrivalOrder;
import org.collate.link.StoryClusterer;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Story;
import org.collate.model.StoryAssignment;
import org.collate.model.StoryReport;
import org.collate.reconcile.StoryReconciler;
import org.collate.source.InputReader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The whole job in one JVM: sources → extract → analyze (in parallel) → link (one streaming pass in publication
 * order, undated articles first) → reconcile each story (in parallel). Stories come back largest first.
 */
public final class CollatePipeline {

    /** What a run produced. */
    public record Result(List<StoryReport> reports, List<StoryAssignment> assignments, ArticleReader.Counts counts) {
    }

    private final PipelineSettings settings;
    private final ArticleAnalyzer analyzer;
    private final StoryReconciler reconciler;

    public CollatePipeline(PipelineSettings settings) {
        this.settings = settings;
        TextEmbedder embedder = settings.embeddings() ? SentenceEmbedder.shared() : null;
        this.analyzer = new ArticleAnalyzer(embedder, settings.analysis(), settings.analyze());
        this.reconciler = new StoryReconciler(settings.reconcile(), embedder);
    }

    public Result run(List<String> paths, ArticleReader.ProblemListener problems) {
        List<Article> articles = new ArrayList<>();
        ArticleReader.Counts counts = reader().read(paths, articles::add, problems);
        return collate(articles, counts, problems);
    }

    /** Sources and extraction with this pipeline's settings: reads inputs into clean articles. */
    public ArticleReader reader() {
        return new ArticleReader(new InputReader(settings.limits()), new DocumentExtractor(settings.extraction()),
                settings.threads(), settings.run().extractBudget());
    }

    /** Links and reconciles articles already extracted. */
    public Result collate(List<Article> articles, ArticleReader.Counts counts) {
        return collate(articles, counts, (origin, message, skipped) -> {
        });
    }

    /** An article's analysis, or why it was set aside, with the limits it reached. */
    private record Analysis(Article article, AnalyzedArticle analyzed, List<String> warnings, String setAside) {
    }

    /**
     * Links and reconciles articles already extracted; {@code problems} hears, one line each, the limits an article
     * reached and the articles set aside for going over their time budget, which the counts include.
     */
    public Result collate(List<Article> articles, ArticleReader.Counts counts, ArticleReader.ProblemListener problems) {
        Analyzed analysis = analyzeAll(dropRepeats(articles), problems);
        List<AnalyzedArticle> analyzed = analysis.articles();
        counts = new ArticleReader.Counts(counts.articles() - analysis.setAside(), counts.skipped() + analysis.setAside(),
                counts.repaired() + analysis.limited());
        List<AnalyzedArticle> ordered = ArrivalOrder.sort(analyzed);
        List<StoryAssignment> assignments = new ArrayList<>();
        List<Story> stories;
        Map<String, AnalyzedArticle> byId = new HashMap<>();
        try (StoryClusterer clusterer = new StoryClusterer(settings.clustering())) {
            for (AnalyzedArticle a : ordered) {
                assignments.add(clusterer.add(a));
                byId.put(a.id(), a);
            }
            stories = new ArrayList<>(clusterer.stories());
        }
        stories.sort(Comparator.comparingInt((Story s) -> -s.articleIds().size()).thenComparing(Story::id));
        int[] capped = {0};
        List<StoryReport> reports = reconcileAll(stories, byId::get, (origin, message, skipped) -> {
            capped[0]++; // the only problem reconciling reports: a story over maxArticlesPerStory
            problems.problem(origin, message, skipped);
        });
        counts = new ArticleReader.Counts(counts.articles(), counts.skipped(), counts.repaired() + capped[0]);
        return new Result(reports, assignments, counts);
    }

    /** What analysing a batch of articles gave: the analyses, and how many were set aside or reached a limit. */
    public record Analyzed(List<AnalyzedArticle> articles, int setAside, int limited) {
    }

    /**
     * Analyses articles on the worker threads, in input order; {@code problems} hears, one line each, the limits an
     * article reached and the articles set aside for going over their time budget.
     */
    public Analyzed analyzeAll(List<Article> articles, ArticleReader.ProblemListener problems) {
        List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
        int setAside = 0;
        int limited = 0;
        for (Analysis a : map(articles, this::analyze)) {
            a.warnings().forEach(w -> problems.problem(a.article().origin(), w, false));
            if (a.setAside() != null) {
                problems.problem(a.article().origin(), a.setAside(), true);
                setAside++;
                continue;
            }
            if (!a.warnings().isEmpty()) {
                limited++;
            }
            analyzed.add(a.analyzed());
        }
        return new Analyzed(analyzed, setAside, limited);
    }

    /**
     * Reconciles one story whose articles {@code analysis} gives by id. A story over the run's
     * {@code maxArticlesPerStory} is reconciled on its first articles, and {@code problems} hears so.
     */
    public StoryReport reconcile(Story s, Function<String, AnalyzedArticle> analysis,
                                 ArticleReader.ProblemListener problems) {
        Story c = capped(s, problems);
        return reconciler.reconcile(c, c.articleIds().stream().map(analysis).toList());
    }

    /**
     * {@link #reconcile} for many stories, on the worker threads; reports in the stories' order. The stories over
     * {@code maxArticlesPerStory} are named to {@code problems} first, in order, from the calling thread.
     */
    public List<StoryReport> reconcileAll(List<Story> stories, Function<String, AnalyzedArticle> analysis,
                                          ArticleReader.ProblemListener problems) {
        List<Story> capped = stories.stream().map(s -> capped(s, problems)).toList();
        return map(capped, s -> reconciler.reconcile(s, s.articleIds().stream().map(analysis).toList()));
    }

    /** The story, or its first {@code maxArticlesPerStory} articles when it has more, which {@code problems} hears. */
    private Story capped(Story s, ArticleReader.ProblemListener problems) {
        int maxArticles = settings.run().maxArticlesPerStory();
        if (s.articleIds().size() <= maxArticles) {
            return s;
        }
        problems.problem("story " + s.id() + " (" + s.title() + ")", s.articleIds().size()
                + " articles, reconciled on the first " + maxArticles + " (limit maxArticlesPerStory)", false);
        return new Story(s.id(), s.articleIds().subList(0, maxArticles), s.title(), s.firstSeen(), s.lastSeen());
    }

    /** The settings this pipeline runs with. */
    public PipelineSettings settings() {
        return settings;
    }

    private Analysis analyze(Article article) {
        List<String> warnings = new ArrayList<>();
        try {
            AnalyzedArticle a = Deadline.within(settings.run().analyzeBudget(),
                    () -> analyzer.analyze(article, warnings::add));
            return new Analysis(article, a, warnings, null);
        } catch (Deadline.Exceeded e) {
            return new Analysis(article, null, warnings, "set aside: analysis went " + e.getMessage());
        }
    }

    /** Reconciles the given articles as one story, whatever the linking stage would say (collate compare). */
    public StoryReport compare(List<Article> articles) {
        List<AnalyzedArticle> analyzed = map(articles, analyzer::analyze);
        Story story = new Story("s1", analyzed.stream().map(AnalyzedArticle::id).toList(),
                analyzed.get(0).article().title(), null, null);
        return reconciler.reconcile(story, analyzed);
    }

    /** The same article read twice (same id: same URL and text) counts once. */
    private static List<Article> dropRepeats(List<Article> articles) {
        Map<String, Article> byId = new LinkedHashMap<>();
        for (Article a : articles) {
            byId.putIfAbsent(a.id(), a);
        }
        return new ArrayList<>(byId.values());
    }

    private <I, O> List<O> map(List<I> items, Function<I, O> f) {
        List<O> out = new ArrayList<>(items.size());
        try (OrderedParallelMapper<I, O> mapper = new OrderedParallelMapper<>(settings.threads(), f, out::add)) {
            items.forEach(mapper::accept);
        }
        return out;
    }
}
