package org.collate.eval.link;

import org.collate.link.ClusterSettings;
import org.collate.link.LinkFeatureExtractor;
import org.collate.link.LinkFeatures;
import org.collate.link.StoryClusterer;
import org.collate.link.ScorerWeights;
import org.collate.link.StoryScorer;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.signature.CachedEmbedder;
import org.collate.analyze.signature.SentenceEmbedder;
import org.collate.eval.ClusteringScores;
import org.collate.extract.DocumentExtractor;
import org.collate.model.AnalyzedArticle;
import org.collate.model.StoryAssignment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A development harness, not part of the product: analyses the story evaluation set once, then re-runs only the
 * streaming clustering for many settings. Run from the repository root after {@code mvn -o -DskipTests install}:
 * <pre>
 * java -cp collate-core/target/test-classes:collate-cli/target/collate.jar org.collate.link.ClusterTuning \
 *     MODE GOLD.jsonl EMBEDDING.cache [weights w0,w1,...,bias] [join T] [merge T] [rewrite T]
 * </pre>
 * MODE: {@code eval} (scores per corpus), {@code errors} (wrong merges and splits with titles), {@code probe} (each
 * article's signals against its gold story), {@code explain} (each wrong join's signals), {@code pairs} (every
 * scored article-story pair with its label, TSV, for fitting offline), {@code tune} (coordinate descent on the
 * weights and thresholds, objective overall B-cubed F1, one setting for all corpora), {@code orders} (F1 in the
 * stream order and in {@code -Dshuffles=K} within-day shuffles, which {@code tune} then averages over),
 * {@code via} (every join of one path, {@code -Dvia=rewrite}, with its signals), {@code features} (what the scorer
 * sees of the articles whose title holds {@code -Dtitle=}), {@code embauc} (how well the lead embedding alone tells
 * same-story pairs apart), {@code folds} (a held-out estimate: the weights fitted again on the other folds' stories,
 * {@code -Dfolds=5 -Dseed=1 -Drounds=2}). System properties go before the class name.
 */
public final class ClusterTuning {

    private final List<LinkFeatures> features = new ArrayList<>();
    private final Map<String, String> gold = new LinkedHashMap<>();
    private final Map<String, String> corpus = new HashMap<>();
    private final Map<String, Map<String, String>> goldByCorpus = new TreeMap<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> published = new HashMap<>();
    private List<List<LinkFeatures>> orders;

    private ClusterTuning() {
    }

    /** The same analysed articles, only those of {@code stories} (in their stream order). */
    ClusterTuning only(Set<String> stories) {
        ClusterTuning t = new ClusterTuning();
        for (LinkFeatures f : features) {
            if (stories.contains(gold.get(f.id()))) {
                t.features.add(f);
            }
        }
        for (LinkFeatures f : t.features) {
            String id = f.id();
            t.gold.put(id, gold.get(id));
            t.corpus.put(id, corpus.get(id));
            t.titles.put(id, titles.get(id));
            t.published.put(id, published.get(id));
            t.goldByCorpus.computeIfAbsent(corpus.get(id), k -> new LinkedHashMap<>()).put(id, gold.get(id));
        }
        return t;
    }

    ClusterTuning(Path goldFile, Path cache) throws Exception {
        List<ClusterEvaluator.GoldArticle> articles = ClusterEvaluator.read(goldFile);
        CachedEmbedder embedder = new CachedEmbedder(SentenceEmbedder.shared());
        embedder.load(cache);
        ClusterEvaluator evaluator = new ClusterEvaluator(new DocumentExtractor(), new ArticleAnalyzer(embedder),
                Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<AnalyzedArticle> analyzed = evaluator.analyze(articles);
        embedder.save(cache);
        // Features once, with the default terms: the tuning moves scores and thresholds, not the term vectors.
        LinkFeatureExtractor extractor = new LinkFeatureExtractor(ClusterSettings.DEFAULT);
        for (AnalyzedArticle a : analyzed) {
            features.add(extractor.extract(a));
            titles.put(a.id(), a.article().title());
        }
        for (ClusterEvaluator.GoldArticle g : articles) {
            String id = g.document().declared().id();
            gold.put(id, g.story());
            corpus.put(id, g.corpus());
            published.put(id, g.published());
            goldByCorpus.computeIfAbsent(g.corpus(), k -> new LinkedHashMap<>()).put(id, g.story());
        }
    }

    private double lastCandidatesPerArticle;

    /**
     * The stream order and, with {@code -Dshuffles=K}, K more: the same publication order with the articles of each
     * day shuffled, each with its own seed from {@code -DfirstSeed} on (the undated ones, which come first, too with
     * {@code -DshuffleUndated}). The arrival order within a day is arbitrary, so a change that helps in one order
     * only is noise.
     */
    private List<List<LinkFeatures>> orders() {
        if (orders == null) {
            orders = new ArrayList<>();
            orders.add(features);
            int first = Integer.getInteger("firstSeed", 1);
            for (int seed = first; seed < first + Integer.getInteger("shuffles", 0); seed++) {
                Random random = new Random(seed);
                List<LinkFeatures> order = new ArrayList<>();
                int from = 0;
                while (from < features.size()) {
                    String day = published.get(features.get(from).id());
                    int to = from;
                    while (to < features.size()
                            && Objects.equals(published.get(features.get(to).id()), day)) {
                        to++;
                    }
                    List<LinkFeatures> group = new ArrayList<>(features.subList(from, to));
                    if (day != null || Boolean.getBoolean("shuffleUndated")) {
                        Collections.shuffle(group, random);
                    }
                    order.addAll(group);
                    from = to;
                }
                orders.add(order);
            }
        }
        return orders;
    }

    Map<String, String> cluster(ClusterSettings settings) {
        return cluster(settings, features);
    }

    Map<String, String> cluster(ClusterSettings settings, List<LinkFeatures> order) {
        Map<String, String> predicted = new LinkedHashMap<>();
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (LinkFeatures f : order) {
                c.add(f);
            }
            for (LinkFeatures f : features) {
                predicted.put(f.id(), c.storyOfArticle(f.id()));
            }
            lastCandidatesPerArticle = c.candidatesPerArticle();
        }
        for (String id : gold.keySet()) {
            predicted.putIfAbsent(id, "unread:" + id);
        }
        return predicted;
    }

    /** B-cubed F1 of the whole set, the mean over {@link #orders()}. */
    double f1(ClusterSettings settings) {
        double sum = 0;
        for (List<LinkFeatures> order : orders()) {
            sum += ClusteringScores.score(cluster(settings, order), gold).bcubed().f1();
        }
        return sum / orders().size();
    }

    /** Per corpus and overall, B-cubed F1 in each of {@link #orders()} and their mean. */
    String orderReport(ClusterSettings settings) {
        Map<String, double[]> f = new LinkedHashMap<>();
        int n = orders().size();
        for (int i = 0; i < n; i++) {
            Map<String, String> p = cluster(settings, orders().get(i));
            for (var c : goldByCorpus.entrySet()) {
                f.computeIfAbsent(c.getKey(), k -> new double[n])[i] =
                        ClusteringScores.score(p, c.getValue()).bcubed().f1();
            }
            f.computeIfAbsent("all", k -> new double[n])[i] = ClusteringScores.score(p, gold).bcubed().f1();
        }
        StringBuilder sb = new StringBuilder();
        f.forEach((c, v) -> {
            sb.append(String.format(Locale.ROOT, "%-11s mean %.4f  min %.4f  max %.4f  orders", c,
                    Arrays.stream(v).average().orElse(0), Arrays.stream(v).min().orElse(0),
                    Arrays.stream(v).max().orElse(0)));
            for (double x : v) {
                sb.append(String.format(Locale.ROOT, " %.4f", x));
            }
            sb.append('\n');
        });
        return sb.toString();
    }

    String report(ClusterSettings settings) {
        Map<String, String> p = cluster(settings);
        StringBuilder sb = new StringBuilder();
        goldByCorpus.forEach((c, labels) -> sb.append(line(c, ClusteringScores.score(p, labels))));
        sb.append(line("all", ClusteringScores.score(p, gold)));
        sb.append(String.format(Locale.ROOT, "candidate stories scored per article: %.1f%n", lastCandidatesPerArticle));
        return sb.toString();
    }

    private static String line(String name, ClusteringScores.Scores s) {
        return String.format(Locale.ROOT, "%-11s %4d articles %4d stories (gold %4d)  B-cubed P %.4f R %.4f F1 %.4f   "
                        + "pairwise P %.4f R %.4f F1 %.4f%n", name, s.items(), s.clusters(), s.classes(),
                s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), s.pairwise().precision(),
                s.pairwise().recall(), s.pairwise().f1());
    }

    /** Wrong merges (a predicted story holding several gold stories) and splits, per corpus, biggest first. */
    void errors(ClusterSettings settings, int limit) {
        Map<String, String> p = cluster(settings);
        for (String c : goldByCorpus.keySet()) {
            Map<String, Map<String, List<String>>> byPredicted = new TreeMap<>();
            Map<String, Map<String, List<String>>> byGold = new TreeMap<>();
            for (LinkFeatures f : features) {
                if (!c.equals(corpus.get(f.id()))) {
                    continue;
                }
                String pr = p.get(f.id());
                String g = gold.get(f.id());
                byPredicted.computeIfAbsent(pr, k -> new LinkedHashMap<>()).computeIfAbsent(g, k -> new ArrayList<>())
                        .add(f.id());
                byGold.computeIfAbsent(g, k -> new LinkedHashMap<>()).computeIfAbsent(pr, k -> new ArrayList<>())
                        .add(f.id());
            }
            System.out.println("=== " + c + ": wrong merges");
            print(byPredicted, limit, "gold");
            System.out.println("=== " + c + ": splits");
            print(byGold, limit, "pred");
        }
    }

    private void print(Map<String, Map<String, List<String>>> groups, int limit, String partName) {
        List<Map.Entry<String, Map<String, List<String>>>> bad = new ArrayList<>(groups.entrySet().stream()
                .filter(e -> e.getValue().size() > 1).toList());
        // cost: pairs across parts
        bad.sort((a, b) -> Long.compare(cross(b.getValue()), cross(a.getValue())));
        for (var e : bad.subList(0, Math.min(limit, bad.size()))) {
            System.out.println("-- " + e.getKey() + " (" + cross(e.getValue()) + " cross pairs)");
            for (var part : e.getValue().entrySet()) {
                System.out.println("   " + partName + " " + part.getKey() + " x" + part.getValue().size());
                for (String id : part.getValue().subList(0, Math.min(3, part.getValue().size()))) {
                    LinkFeatures f = byId(id);
                    System.out.println("      " + f.day() + " " + titles.get(id));
                }
            }
        }
    }

    private long cross(Map<String, List<String>> parts) {
        long total = 0;
        long sq = 0;
        for (List<String> l : parts.values()) {
            total += l.size();
            sq += (long) l.size() * l.size();
        }
        return (total * total - sq) / 2;
    }

    private final Map<String, LinkFeatures> byId = new HashMap<>();

    private LinkFeatures byId(String id) {
        if (byId.isEmpty()) {
            features.forEach(f -> byId.put(f.id(), f));
        }
        return byId.get(id);
    }

    /**
     * Per article, as it arrives: its assignment and, when earlier articles of its gold story exist, how it scores
     * against the story holding the latest of them. TSV: corpus, outcome, assigned score, probe score, retrieved,
     * active, the probe's signals, title.
     */
    void probe(ClusterSettings settings) {
        Map<String, String> latestOfGold = new HashMap<>();
        System.out.println(header("corpus\toutcome\tassigned\tprobe\tretrieved\tactive", "\ttitle"));
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (LinkFeatures f : features) {
                String g = gold.get(f.id());
                String mate = latestOfGold.get(g);
                StoryClusterer.Probe probe = mate == null ? null : c.probe(f, mate);
                String before = mate == null ? null : c.storyOfArticle(mate);
                StoryAssignment a = c.add(f);
                String outcome;
                if (mate == null) {
                    outcome = a.via().equals("new") ? "new-ok" : "joined-wrong";
                } else {
                    outcome = a.storyId().equals(before) ? "joined-ok" : a.via().equals("new") ? "missed-new"
                            : "missed-other";
                }
                StringBuilder sb = new StringBuilder(corpus.get(f.id())).append('\t').append(outcome).append('\t')
                        .append(String.format(Locale.ROOT, "%.3f", a.score()));
                if (probe == null) {
                    sb.append("\t\t\t");
                    for (int i = 0; i < StoryScorer.FEATURES.length; i++) {
                        sb.append('\t');
                    }
                } else {
                    sb.append(String.format(Locale.ROOT, "\t%.3f\t%b\t%b", probe.score().total(), probe.retrieved(),
                            probe.active()));
                    appendSignals(sb, probe.score(), "\t%.3f");
                }
                System.out.println(sb.append('\t').append(titles.get(f.id())));
                latestOfGold.put(g, f.id());
            }
        }
    }

    /**
     * Every wrong join (an article joining a story that holds none of its gold story's earlier articles): the
     * signals against the story it joined, then its title and the title of the article that brought that story. TSV.
     * Two passes over the same order: the first finds the wrong joins, the second probes them before they happen.
     */
    void explain(ClusterSettings settings) {
        Map<String, String> matched = new HashMap<>();
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (LinkFeatures f : features) {
                StoryAssignment a = c.add(f);
                if (a.matchedArticle() != null && !gold.get(a.matchedArticle()).equals(gold.get(f.id()))) {
                    matched.put(f.id(), a.matchedArticle());
                }
            }
        }
        System.out.println(header("corpus\tvia\tscore", "\ttitle\tjoined"));
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (LinkFeatures f : features) {
                String m = matched.get(f.id());
                if (m != null) {
                    StoryClusterer.Probe p = c.probe(f, m);
                    StringBuilder sb = new StringBuilder(corpus.get(f.id()));
                    StoryAssignment a = c.add(f);
                    sb.append('\t').append(a.via()).append(String.format(Locale.ROOT, "\t%.3f", a.score()));
                    appendSignals(sb, p.score(), "\t%.3f");
                    System.out.println(sb.append('\t').append(titles.get(f.id())).append('\t')
                            .append(titles.get(m)));
                } else {
                    c.add(f);
                }
            }
        }
    }

    /**
     * Every (arriving article, active candidate story) pair the stream scores, as TSV for fitting the scorer offline:
     * corpus, article index, whether the story holds an earlier article of the article's gold story, the signals.
     */
    void pairs(ClusterSettings settings) {
        System.out.println(header("corpus\tarticle\tlabel\tfirst", ""));
        eachPair(settings, (f, n, first, p, right) -> {
            StringBuilder sb = new StringBuilder(corpus.get(f.id())).append('\t').append(n).append('\t')
                    .append(right ? 1 : 0).append('\t').append(first ? 1 : 0);
            appendSignals(sb, p.score(), "\t%.4f");
            System.out.println(sb);
        });
    }

    /**
     * Every (arriving article, candidate story) pair of one streaming pass with {@code settings}: the scorer's
     * signals, and whether the story holds an earlier article of the article's gold story (as {@link #pairs}).
     */
    List<double[]> pairData(ClusterSettings settings) {
        List<double[]> out = new ArrayList<>();
        eachPair(settings, (f, n, first, p, right) -> {
            double[] x = p.score().features();
            double[] row = Arrays.copyOf(x, x.length + 1);
            row[x.length] = right ? 1 : 0;
            out.add(row);
        });
        return out;
    }

    /**
     * One pair of the pass: the article and its place in the stream, whether it is its gold story's first, the
     * candidate story, and whether the gold puts the article there.
     */
    private interface PairVisitor {
        void visit(LinkFeatures article, int index, boolean firstOfItsStory, StoryClusterer.Probe candidate,
                   boolean right);
    }

    /** The pass behind {@link #pairs} and {@link #pairData}: each article scored against its candidates, then added. */
    private void eachPair(ClusterSettings settings, PairVisitor visitor) {
        Map<String, List<String>> seenOfGold = new HashMap<>();
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (int n = 0; n < features.size(); n++) {
                LinkFeatures f = features.get(n);
                List<String> mates = seenOfGold.computeIfAbsent(gold.get(f.id()), k -> new ArrayList<>());
                Set<String> right = new HashSet<>();
                mates.forEach(m -> right.add(c.storyOfArticle(m)));
                for (StoryClusterer.Probe p : c.candidateScores(f)) {
                    visitor.visit(f, n, mates.isEmpty(), p, right.contains(p.storyId()));
                }
                c.add(f);
                mates.add(f.id());
            }
        }
    }

    /**
     * A logistic regression of the pairs' labels on their signals (the scorer's form), by Newton's method with a
     * small ridge: the first step of how {@link ScorerWeights#DEFAULT} was fitted, repeatable on any subset.
     */
    static ScorerWeights fitLogistic(List<double[]> rows) {
        int d = rows.get(0).length; // signals, then the label; the bias takes the label's place
        double[] w = new double[d];
        for (int iter = 0; iter < 30; iter++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (double[] r : rows) {
                double z = w[d - 1];
                for (int j = 0; j < d - 1; j++) {
                    z += w[j] * r[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double err = r[d - 1] - p;
                double v = p * (1 - p);
                for (int j = 0; j < d; j++) {
                    double xj = j == d - 1 ? 1 : r[j];
                    grad[j] += err * xj;
                    for (int k = 0; k <= j; k++) {
                        double xk = k == d - 1 ? 1 : r[k];
                        hess[j][k] += v * xj * xk;
                    }
                }
            }
            for (int j = 0; j < d; j++) {
                grad[j] -= 1e-2 * w[j];
                hess[j][j] += 1e-2;
                for (int k = 0; k < j; k++) {
                    hess[k][j] = hess[j][k];
                }
            }
            double[] step = solve(hess, grad);
            double size = 0;
            for (int j = 0; j < d; j++) {
                w[j] += step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-6) {
                break;
            }
        }
        for (int j = 0; j < d; j++) {
            w[j] = Math.round(w[j] * 1000) / 1000.0;
        }
        return ScorerWeights.of(w);
    }

    /**
     * Solves {@code a x = b} by Gaussian elimination with partial pivoting. Written here because it is one 17-by-17
     * system of a development harness: no dependency of the project solves linear systems, and a linear-algebra
     * library would ship in the runnable jar for this alone.
     */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double v = m[r][n];
            for (int k = r + 1; k < n; k++) {
                v -= m[r][k] * x[k];
            }
            x[r] = v / m[r][r];
        }
        return x;
    }

    /**
     * A held-out estimate of the tuning: the gold stories dealt into {@code k} folds; for each, the weights fitted
     * again on the other folds' articles alone (a logistic fit on the pairs of one pass with the shipped settings,
     * then {@code rounds} of coordinate descent on their F1), and the held fold clustered on its own with those
     * weights and with the shipped ones. Clustering a fifth of the set alone is easier than the whole (fewer stories
     * to confuse), so the two held-out figures are to be compared with each other, not with the whole set's.
     */
    void folds(int k, long seed, int rounds) {
        List<String> stories = new ArrayList<>(new java.util.TreeSet<>(gold.values()));
        int[] fold = org.collate.eval.Folds.deal(stories.size(), k, seed);
        Map<String, String> heldTuned = new LinkedHashMap<>();
        Map<String, String> heldShipped = new LinkedHashMap<>();
        for (int f = 0; f < k; f++) {
            Set<String> train = new HashSet<>();
            Set<String> held = new HashSet<>();
            for (int i = 0; i < stories.size(); i++) {
                (fold[i] == f ? held : train).add(stories.get(i));
            }
            ClusterTuning trainSet = only(train);
            ClusterTuning heldSet = only(held);
            ClusterSettings shipped = ClusterSettings.DEFAULT;
            ClusterSettings fitted = shipped.withScorer(fitLogistic(trainSet.pairData(shipped)));
            double fittedF = trainSet.f1(fitted);
            ClusterSettings tuned = trainSet.tune(fitted, rounds);
            Map<String, String> pt = heldSet.cluster(tuned);
            Map<String, String> ps = heldSet.cluster(shipped);
            String prefix = f + ":";
            pt.forEach((id, story) -> heldTuned.put(id, prefix + story));
            ps.forEach((id, story) -> heldShipped.put(id, prefix + story));
            System.out.printf(Locale.ROOT, "fold %d: %d articles held out; training F1 logistic %.4f, tuned %.4f, "
                            + "shipped %.4f; held out: tuned on the other folds %.4f, shipped %.4f%n  %s%n", f,
                    heldSet.features.size(), fittedF, trainSet.f1(tuned), trainSet.f1(shipped),
                    ClusteringScores.score(pt, heldSet.gold).bcubed().f1(),
                    ClusteringScores.score(ps, heldSet.gold).bcubed().f1(), describe(tuned));
        }
        System.out.printf(Locale.ROOT, "held out, %d folds (seed %d), each fold clustered alone: B-cubed F1 %.4f with "
                        + "weights fitted on the other folds, %.4f with the shipped weights (fitted on all)%n", k, seed,
                ClusteringScores.score(heldTuned, gold).bcubed().f1(),
                ClusteringScores.score(heldShipped, gold).bcubed().f1());
    }

    /** The link features of the articles whose title contains {@code fragment}: to see what the scorer sees. */
    void printFeatures(String fragment) {
        for (LinkFeatures f : features) {
            if (titles.get(f.id()).contains(fragment)) {
                System.out.println(f.id() + " " + gold.get(f.id()) + " " + f.day() + " " + titles.get(f.id()));
                System.out.println("   entities " + f.entities());
                System.out.println("   years " + f.years() + " title words " + f.titleWords());
            }
        }
    }

    /** Per corpus, the AUC of the lead-embedding cosine for telling same-story article pairs from the others. */
    void embeddingAuc() {
        for (String c : goldByCorpus.keySet()) {
            List<double[]> scored = new ArrayList<>();
            List<LinkFeatures> in = features.stream().filter(f -> c.equals(corpus.get(f.id()))).toList();
            for (int i = 0; i < in.size(); i++) {
                for (int j = i + 1; j < in.size(); j++) {
                    LinkFeatures a = in.get(i);
                    LinkFeatures b = in.get(j);
                    if (a.embedding() == null || b.embedding() == null) {
                        continue;
                    }
                    double cos = SentenceEmbedder.cosine(a.embedding(), b.embedding());
                    scored.add(new double[] {cos, gold.get(a.id()).equals(gold.get(b.id())) ? 1 : 0});
                }
            }
            scored.sort((x, y) -> Double.compare(x[0], y[0]));
            double pos = 0;
            double rankSum = 0;
            for (int r = 0; r < scored.size(); r++) {
                if (scored.get(r)[1] == 1) {
                    pos++;
                    rankSum += r + 1;
                }
            }
            double neg = scored.size() - pos;
            System.out.printf(Locale.ROOT, "%-12s pairs %d same %d AUC %.4f%n", c, scored.size(), (long) pos,
                    (rankSum - pos * (pos + 1) / 2) / (pos * neg));
        }
    }

    /**
     * Every join made by one path ({@code rewrite}, {@code near-duplicate}): right or wrong, score, days, shared
     * quote word pairs with the matched article, the signals against the joined story (time ignored), the titles.
     * Two passes over the same order, as in {@link #explain}.
     */
    void joinsVia(ClusterSettings settings, String via) {
        Map<String, String> matched = new HashMap<>();
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (LinkFeatures f : features) {
                StoryAssignment a = c.add(f);
                if (a.via().equals(via)) {
                    matched.put(f.id(), a.matchedArticle());
                }
            }
        }
        System.out.println(header("corpus\tjoin\tscore\tday\tmatchedDay\tsharedQuotePairs", "\ttitle\tmatched"));
        try (StoryClusterer c = new StoryClusterer(settings)) {
            for (LinkFeatures f : features) {
                String id = matched.get(f.id());
                if (id == null) {
                    c.add(f);
                    continue;
                }
                LinkFeatures m = byId(id);
                StoryClusterer.Probe p = c.probe(f, id, true);
                StoryAssignment a = c.add(f);
                Set<String> q = new HashSet<>(f.quoteWords());
                q.retainAll(m.quoteWords());
                StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%s\t%s\t%.3f\t%s\t%s\t%d",
                        corpus.get(f.id()), gold.get(f.id()).equals(gold.get(id)) ? "right" : "WRONG", a.score(),
                        f.day(), m.day(), q.size()));
                appendSignals(sb, p.score(), "\t%.3f");
                System.out.println(sb.append('\t').append(titles.get(f.id())).append('\t').append(titles.get(id)));
            }
        }
    }

    /** A TSV header: the leading columns, a column per signal, the trailing columns. */
    private static String header(String leading, String trailing) {
        return leading + "\t" + String.join("\t", StoryScorer.FEATURES) + trailing;
    }

    /** The score's signals, each as {@code format} writes it (a tab and a number). */
    private static void appendSignals(StringBuilder sb, StoryScorer.Score score, String format) {
        for (double x : score.features()) {
            sb.append(String.format(Locale.ROOT, format, x));
        }
    }

    /** Coordinate descent over the weights (and join/merge thresholds), objective overall B-cubed F1. */
    ClusterSettings tune(ClusterSettings start, int rounds) {
        ClusterSettings best = start;
        double bestF = f1(best);
        System.out.printf(Locale.ROOT, "start %.4f%n", bestF);
        int n = StoryScorer.FEATURES.length + 1;
        double[] steps = new double[n + 2];
        Arrays.fill(steps, Double.parseDouble(System.getProperty("step", "0.4")));
        steps[n] = 0.04;
        steps[n + 1] = 0.04;
        for (int round = 0; round < rounds; round++) {
            boolean improved = false;
            for (int i = 0; i < n + 2; i++) {
                for (int sign : new int[] {1, -1}) {
                    ClusterSettings trial = nudge(best, i, sign * steps[i]);
                    if (trial == null) {
                        continue;
                    }
                    double f = f1(trial);
                    if (f > bestF + 1e-5) {
                        bestF = f;
                        best = trial;
                        improved = true;
                        System.out.printf(Locale.ROOT, "round %d %s %+.3f -> %.4f%n", round, name(i),
                                sign * steps[i], f);
                        // keep going the same way while it helps
                        while (true) {
                            ClusterSettings further = nudge(best, i, sign * steps[i]);
                            if (further == null) {
                                break;
                            }
                            double ff = f1(further);
                            if (ff > bestF + 1e-5) {
                                bestF = ff;
                                best = further;
                                System.out.printf(Locale.ROOT, "round %d %s %+.3f -> %.4f%n", round, name(i),
                                        sign * steps[i], ff);
                            } else {
                                break;
                            }
                        }
                        break;
                    }
                }
            }
            System.out.println("after round " + round + ": " + describe(best) + " F1 " + bestF);
            if (!improved) {
                for (int i = 0; i < steps.length; i++) {
                    steps[i] /= 2;
                }
                if (steps[0] < 0.05) {
                    break;
                }
            }
        }
        return best;
    }

    private static String name(int i) {
        int n = StoryScorer.FEATURES.length;
        return i < n ? StoryScorer.FEATURES[i] : i == n ? "bias" : i == n + 1 ? "join" : "merge";
    }

    private static ClusterSettings nudge(ClusterSettings s, int i, double delta) {
        int n = StoryScorer.FEATURES.length + 1;
        if (i < n) {
            double[] w = s.scorer().toArray(); // an array, for coordinate descent over the weights by position
            w[i] = Math.round((w[i] + delta) * 1000) / 1000.0;
            return s.withScorer(ScorerWeights.of(w));
        }
        if (i == n) {
            double t = s.joinThreshold() + delta;
            return t <= 0.02 || t >= s.mergeThreshold() ? null : s.withJoinThreshold(Math.round(t * 1000) / 1000.0);
        }
        double m = s.mergeThreshold() + delta;
        return m <= s.joinThreshold() || m > 1.0001 ? null : withMerge(s, Math.round(m * 1000) / 1000.0);
    }

    static ClusterSettings withMerge(ClusterSettings s, double m) {
        return s.withMergeThreshold(m);
    }

    static String describe(ClusterSettings s) {
        StringBuilder sb = new StringBuilder("weights ");
        double[] w = s.scorer().toArray();
        for (int i = 0; i < w.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", w[i]));
        }
        return sb.append(String.format(Locale.ROOT, " join %.3f merge %.3f rewrite %.3f window %d", s.joinThreshold(),
                s.mergeThreshold(), s.rewriteThreshold(), s.windowDays())).toString();
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        ClusterTuning t = new ClusterTuning(Path.of(args[1]), Path.of(args[2]));
        ClusterSettings s = ClusterSettings.DEFAULT;
        for (int i = 3; i + 1 < args.length; i += 2) {
            String v = args[i + 1];
            s = switch (args[i]) {
                case "weights" -> s.withScorer(ScorerWeights.of(Arrays.stream(v.split(","))
                        .mapToDouble(Double::parseDouble).toArray()));
                case "join" -> s.withJoinThreshold(Double.parseDouble(v));
                case "merge" -> withMerge(s, Double.parseDouble(v));
                case "rewrite" -> s.withRewriteThreshold(Double.parseDouble(v));
                case "window" -> s.withWindowDays(Integer.parseInt(v));
                case "candidates" -> s.withCandidates(Integer.parseInt(v));
                default -> throw new IllegalArgumentException(args[i]);
            };
        }
        long t0 = System.nanoTime();
        switch (mode) {
            case "eval" -> System.out.print(t.report(s));
            case "orders" -> System.out.print(t.orderReport(s));
            case "probe" -> t.probe(s);
            case "via" -> t.joinsVia(s, System.getProperty("via", "rewrite"));
            case "embauc" -> t.embeddingAuc();
            case "features" -> t.printFeatures(System.getProperty("title", ""));
            case "explain" -> t.explain(s);
            case "pairs" -> t.pairs(s);
            case "folds" -> t.folds(Integer.getInteger("folds", 5), Long.getLong("seed", 1),
                    Integer.getInteger("rounds", 2));
            case "errors" -> {
                System.out.print(t.report(s));
                t.errors(s, Integer.parseInt(System.getProperty("limit", "12")));
            }
            case "tune" -> {
                ClusterSettings best = t.tune(s, Integer.parseInt(System.getProperty("rounds", "6")));
                System.out.println(describe(best));
                System.out.print(t.report(best));
            }
            default -> throw new IllegalArgumentException(mode);
        }
        System.out.printf(Locale.ROOT, "%.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
