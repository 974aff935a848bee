package org.collate.reconcile;

import org.collate.analyze.signature.MinHasher;
import org.collate.model.AnalyzedArticle;
import org.collate.model.ArticleFlag;
import org.collate.model.ProvenanceLink;
import org.collate.model.ProvenanceLink.Relation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which copy is the original. For every pair of a story's articles it measures the shared word 4-grams (Jaccard,
 * and how much of each the other contains) and how many of their sentences align, and in what order; from these it
 * calls the pair a {@code copy} (near-identical text), a {@code rewrite} (most sentences aligned in the same order
 * but reworded: spun or machine-translated copies), {@code same-source} (shared passages, each with its own) or
 * {@code independent}. Related articles form groups; each group's original is the one with the cleaner text (no
 * machine-translation signs), else the earliest published, else the one that contains more of the others. The report
 * says why, and says that the order is unknown when neither signs nor a strictly earlier day decide it.
 */
final class ProvenanceClassifier {

    /** What the original's reason says when nothing orders its group. */
    static final String ORDER_UNKNOWN = "which came first is unknown";

    /** The thresholds: {@link ReconcileSettings#copyJaccard()} and the fields after it, and the stale days. */
    private final ReconcileSettings settings;

    ProvenanceClassifier(ReconcileSettings settings) {
        this.settings = settings;
        this.quality = new TextQuality(settings.translationSigns());
    }

    /** The measurements of one pair, for reasons and confidence. */
    record PairMeasure(double jaccard, double containsFirst, double containsSecond, double coverageFirst,
                       double coverageSecond, double order, Relation relation, double confidence) {
    }

    /** The links, the groups of related articles (as sets of article indices) and each article's group original. */
    record Result(List<ProvenanceLink> links, Map<Integer, Integer> originalOf, Map<String, List<ArticleFlag>> flags,
                  LocalDate firstPublished) {
        /** Whether two articles derive from one source (so they count once as evidence). */
        boolean related(int a, int b) {
            return originalOf.get(a).equals(originalOf.get(b));
        }

        /**
         * Whether two articles are renderings of one text: of one source, and one of them a copy or a rewrite (the
         * same facts reworded, a translation), not merely sharing passages.
         */
        boolean renderings(int a, int b, List<String> ids) {
            if (!related(a, b)) {
                return false;
            }
            for (ProvenanceLink l : links) {
                if ((l.articleId().equals(ids.get(a)) || l.articleId().equals(ids.get(b)))
                        && (l.relation() == Relation.COPY || l.relation() == Relation.REWRITE)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final TextQuality quality;

    Result classify(List<AnalyzedArticle> articles, List<StorySentence> sentences,
                    List<SentenceAligner.Alignment> alignments) {
        int staleDays = settings.staleDays();
        int n = articles.size();
        List<Set<String>> shingles = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            shingles.add(shingles(a.text()));
        }
        int[] sentenceCount = new int[n];
        for (StorySentence s : sentences) {
            sentenceCount[s.article()]++;
        }
        Map<Long, List<int[]>> aligned = new HashMap<>();
        for (SentenceAligner.Alignment al : alignments) {
            StorySentence x = sentences.get(al.a());
            StorySentence y = sentences.get(al.b());
            int a = Math.min(x.article(), y.article());
            int b = Math.max(x.article(), y.article());
            StorySentence first = x.article() == a ? x : y;
            StorySentence second = first == x ? y : x;
            aligned.computeIfAbsent((long) a << 32 | b, k -> new ArrayList<>())
                    .add(new int[]{first.sentence().index(), second.sentence().index()});
        }
        Map<String, List<ArticleFlag>> flags = new LinkedHashMap<>();
        Map<Integer, List<ArticleFlag>> signs = new HashMap<>();
        for (int i = 0; i < n; i++) {
            List<ArticleFlag> f = quality.flags(articles.get(i));
            signs.put(i, f);
            if (!f.isEmpty()) {
                flags.computeIfAbsent(articles.get(i).id(), k -> new ArrayList<>()).addAll(f);
            }
        }
        PairMeasure[][] pairs = new PairMeasure[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                pairs[a][b] = measure(shingles.get(a), shingles.get(b), sentenceCount[a], sentenceCount[b],
                        aligned.getOrDefault((long) a << 32 | b, List.of()),
                        !signs.get(a).isEmpty() || !signs.get(b).isEmpty());
            }
        }
        // Groups: articles joined by a derivative relation.
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                if (pairs[a][b].relation != Relation.INDEPENDENT) {
                    parent[root(parent, b)] = root(parent, a);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(i);
        }
        Map<Integer, Integer> originalOf = new HashMap<>();
        List<ProvenanceLink> links = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            int original = chooseOriginal(group, articles, signs, pairs);
            for (int i : group) {
                originalOf.put(i, original);
            }
            if (group.size() == 1) {
                links.add(new ProvenanceLink(articles.get(original).id(), null, Relation.INDEPENDENT, 0.8,
                        "no other article shares its text or the order of its facts"));
                continue;
            }
            links.add(originalLink(original, group, articles, signs));
            for (int i : group) {
                if (i == original) {
                    continue;
                }
                PairMeasure m = i < original ? pairs[i][original] : pairs[original][i];
                Relation r = m.relation == Relation.INDEPENDENT ? Relation.SAME_SOURCE : m.relation;
                links.add(new ProvenanceLink(articles.get(i).id(), articles.get(original).id(), r, m.confidence,
                        reason(m, i < original)));
            }
        }
        LocalDate firstPublished = firstPublished(articles, originalOf);
        staleness(articles, firstPublished, staleDays, flags);
        return new Result(links, originalOf, flags, firstPublished);
    }

    /**
     * The story's first publication day: the earliest among the originals and independent reports. Copies do not
     * count: a re-publication months later says when it was copied, not when the story was first told.
     */
    static LocalDate firstPublished(List<AnalyzedArticle> articles, Map<Integer, Integer> originalOf) {
        LocalDate earliest = null;
        for (int i = 0; i < articles.size(); i++) {
            if (originalOf.get(i) != i) {
                continue;
            }
            LocalDate d = day(articles.get(i));
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }

    private static void staleness(List<AnalyzedArticle> articles, LocalDate firstPublished, int staleDays,
                                  Map<String, List<ArticleFlag>> flags) {
        if (firstPublished == null) {
            return;
        }
        for (AnalyzedArticle a : articles) {
            if (a.article().published() == null) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(firstPublished, a.article().published().day());
            if (days >= staleDays) {
                flags.computeIfAbsent(a.id(), k -> new ArrayList<>()).add(new ArticleFlag("stale-republication",
                        String.format(Locale.ROOT, "published %s, %s after the story was first reported (%s)",
                                a.article().published().day(), span(days), firstPublished), List.of()));
            }
        }
    }

    private static String span(long days) {
        if (days >= 60) {
            return Math.round(days / 30.44) + " months";
        }
        return days + " days";
    }

    /** @param translated whether either text shows signs of machine translation or spinning */
    PairMeasure measure(Set<String> x, Set<String> y, int sentencesX, int sentencesY, List<int[]> aligned,
                               boolean translated) {
        int shared = 0;
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        for (String s : small) {
            if (large.contains(s)) {
                shared++;
            }
        }
        double union = x.size() + y.size() - shared;
        double jaccard = union == 0 ? 0 : shared / union;
        double containsX = x.isEmpty() ? 0 : shared / (double) x.size();
        double containsY = y.isEmpty() ? 0 : shared / (double) y.size();
        double coverageX = sentencesX == 0 ? 0 : aligned.size() / (double) sentencesX;
        double coverageY = sentencesY == 0 ? 0 : aligned.size() / (double) sentencesY;
        double order = orderAgreement(aligned);
        Relation relation;
        double confidence;
        double maxContain = Math.max(containsX, containsY);
        double maxCoverage = Math.max(coverageX, coverageY);
        if (jaccard >= settings.copyJaccard() || maxContain >= settings.copyContainment()) {
            relation = Relation.COPY;
            confidence = Math.min(0.99, 0.6 + 0.4 * Math.max(jaccard, maxContain));
        } else if (aligned.size() >= 3
                && (maxCoverage >= settings.rewriteCoverage() && order >= settings.rewriteOrder()
                || translated && maxCoverage >= settings.translatedRewriteCoverage()
                && order >= settings.translatedRewriteOrder())) {
            relation = Relation.REWRITE;
            confidence = Math.min(0.95, 0.4 + 0.3 * maxCoverage + 0.25 * order);
        } else if (maxContain >= settings.sameSourceContainment()
                || maxCoverage >= settings.sameSourceCoverage() && aligned.size() >= 3) {
            relation = Relation.SAME_SOURCE;
            confidence = Math.min(0.9, 0.4 + 0.5 * Math.max(maxContain, maxCoverage));
        } else {
            relation = Relation.INDEPENDENT;
            confidence = Math.min(0.95, 0.6 + 0.4 * (1 - Math.max(maxContain, maxCoverage)));
        }
        return new PairMeasure(jaccard, containsX, containsY, coverageX, coverageY, order, relation, confidence);
    }

    /** The share of aligned pairs that keep the order of the longest increasing run of positions. */
    static double orderAgreement(List<int[]> aligned) {
        if (aligned.size() < 2) {
            return aligned.isEmpty() ? 0 : 1;
        }
        List<int[]> sorted = new ArrayList<>(aligned);
        sorted.sort((p, q) -> Integer.compare(p[0], q[0]));
        int[] tails = new int[sorted.size()];
        int length = 0;
        for (int[] p : sorted) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tails[mid] < p[1]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            tails[lo] = p[1];
            if (lo == length) {
                length++;
            }
        }
        return length / (double) sorted.size();
    }

    private static int chooseOriginal(List<Integer> group, List<AnalyzedArticle> articles,
                                      Map<Integer, List<ArticleFlag>> signs, PairMeasure[][] pairs) {
        int best = group.get(0);
        for (int i : group) {
            if (better(i, best, articles, signs, pairs)) {
                best = i;
            }
        }
        return best;
    }

    private static boolean better(int i, int j, List<AnalyzedArticle> articles, Map<Integer, List<ArticleFlag>> signs,
                                  PairMeasure[][] pairs) {
        if (i == j) {
            return false;
        }
        int si = signs.get(i).size();
        int sj = signs.get(j).size();
        if (si != sj) {
            return si < sj;
        }
        LocalDate di = day(articles.get(i));
        LocalDate dj = day(articles.get(j));
        if (di != null && dj != null && !di.equals(dj)) {
            return di.isBefore(dj);
        }
        PairMeasure m = i < j ? pairs[i][j] : pairs[j][i];
        double iContainsJ = i < j ? m.containsSecond : m.containsFirst;
        double jContainsI = i < j ? m.containsFirst : m.containsSecond;
        if (Math.abs(iContainsJ - jContainsI) > 0.05) {
            // The text the other shares most of is the fuller one: copies trim.
            return jContainsI > iContainsJ;
        }
        return articles.get(i).text().length() > articles.get(j).text().length();
    }

    private static LocalDate day(AnalyzedArticle a) {
        return a.article().published() == null ? null : a.article().published().day();
    }

    /**
     * The group original's link and why. Without a sign of copying or a strictly earlier day, which came first is not
     * known: the reason says so, at less confidence, rather than call the fuller text the original as if that were
     * evidence.
     */
    private static ProvenanceLink originalLink(int original, List<Integer> group, List<AnalyzedArticle> articles,
                                               Map<Integer, List<ArticleFlag>> signs) {
        List<String> why = new ArrayList<>();
        boolean othersFlagged = group.stream().anyMatch(i -> i != original && !signs.get(i).isEmpty());
        if (signs.get(original).isEmpty() && othersFlagged) {
            why.add("its text shows no sign of machine translation or spinning, unlike its copies");
        }
        LocalDate d = day(articles.get(original));
        // "Earliest" is claimed only against articles known to be later: a tie or an undated member proves nothing.
        boolean earliest = d != null && group.stream().allMatch(i -> i == original
                || day(articles.get(i)) != null && day(articles.get(i)).isAfter(d));
        if (earliest) {
            why.add("it is the earliest published (" + d + ")");
        }
        boolean orderKnown = !why.isEmpty();
        if (!orderKnown) {
            long sameDay = group.stream().filter(i -> d != null && d.equals(day(articles.get(i)))).count();
            why.add(ORDER_UNKNOWN + (sameDay > 1 ? ": " + sameDay + " were published the same day (" + d + ")"
                    : ": their publication days do not tell") + " and no sign of copying tells the direction; it is "
                    + "listed first as the fullest text of its group");
        }
        String reason = "original of " + (group.size() - 1) + " related article" + (group.size() == 2 ? "" : "s")
                + ": " + String.join("; ", why);
        return new ProvenanceLink(articles.get(original).id(), null, Relation.ORIGINAL, orderKnown ? 0.8 : 0.5, reason);
    }

    private static String reason(PairMeasure m, boolean articleIsFirst) {
        double coverage = articleIsFirst ? m.coverageFirst : m.coverageSecond;
        double contained = articleIsFirst ? m.containsFirst : m.containsSecond;
        return switch (m.relation) {
            case COPY -> String.format(Locale.ROOT, "near-identical text: %.0f%% of its word 4-grams are in the source "
                    + "(Jaccard %.2f)", 100 * contained, m.jaccard);
            case REWRITE -> String.format(Locale.ROOT, "the same facts, reworded: %.0f%% of the sentences align "
                    + "(%.0f%% of its own), %.0f%% of them in the source's order, yet only %.0f%% of its word 4-grams "
                    + "are shared", 100 * Math.max(m.coverageFirst, m.coverageSecond), 100 * coverage,
                    100 * m.order, 100 * contained);
            case SAME_SOURCE -> String.format(Locale.ROOT, "shares passages with the source (%.0f%% of its word "
                    + "4-grams, %.0f%% of its sentences aligned, %.0f%% of those in order) beside its own",
                    100 * contained, 100 * coverage, 100 * m.order);
            default -> String.format(Locale.ROOT, "related through another article of the group (%.0f%% of its "
                    + "sentences align with this one)", 100 * coverage);
        };
    }

    static Set<String> shingles(String text) {
        List<String> words = MinHasher.words(text);
        Set<String> out = new HashSet<>();
        for (int i = 0; i + MinHasher.SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + MinHasher.SHINGLE)));
        }
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
