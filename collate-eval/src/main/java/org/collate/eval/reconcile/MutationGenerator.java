package org.collate.eval.reconcile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.entity.Gazetteer;
import org.collate.extract.LanguageIdentifier;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.Sentence;
import org.collate.model.Span;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Makes the pairs of the reconcile stage's mutation benchmark: each real article beside a copy of it with known
 * edits, every edit recorded with what a correct report says about it and where.
 *
 * <h2>Which articles</h2>
 * The texts are read at run time (never copied into the repository): {@link #readTruth} reads the article-extraction
 * benchmark's {@code ground-truth.json}. Lines are trimmed and become paragraphs. An article takes part when
 * {@link LanguageIdentifier} calls it English and it has at least {@value #MIN_SENTENCES} sentences and
 * {@value #MIN_CHARS} characters; articles are taken in key order.
 *
 * <h2>Determinism</h2>
 * Each article's edits are drawn with its own {@link Random}, seeded with {@code seed} and the article's key, so for
 * one list of sources a pair does not change when {@code maxPairs} is lowered. The default seed is
 * {@value #DEFAULT_SEED}. (The sentences an inserted sentence and a quote word come from are the other eligible
 * articles', so adding sources may change those two.)
 *
 * <h2>The edits</h2>
 * One {@link EditMaker} per kind says where an edit of its kind can go; this class picks one place per kind. Every
 * edit lives in sentences no other edit touches (a quote edit owns every sentence of its quote), outside direct
 * quotes unless it is a quote edit, so each report finding can be traced to one edit; and in sentences of
 * {@value ArticleContext#REPORT_CLAIM_WORDS} words or more, since shorter ones are headings and fragments, not claims.
 * Conflict kinds are tried in the order quote word, weekday, title, number, name; then one sentence is dropped, one
 * inserted, and up to {@value #MAX_REWORDINGS} rewordings of different kinds are made. A kind is skipped where the
 * text offers no place for it.
 * <ul>
 *   <li>{@link Kind#NUMBER} ({@link NumberEdits}): a number written in digits, reversed (53 → 35) or doubled.</li>
 *   <li>{@link Kind#TITLE} ({@link TitleEdits}): a person's title swapped for another of its line of work ("Indian
 *   Prime Minister" → "Indian President").</li>
 *   <li>{@link Kind#NAME} ({@link NameEdits}): a person's given name or surname respelt by fixed transliteration and
 *   typo rules ("Antony" → "Anthony", "Zelensky" → "Zelenski", "Aleksandr" → "Alexandr", a QWERTY slip).</li>
 *   <li>{@link Kind#WEEKDAY} ({@link WeekdayEdits}): a weekday moved a day ("on Friday" → "on Thursday").</li>
 *   <li>{@link Kind#QUOTE_WORD} ({@link QuoteWordEdits}): a content word of a direct quote replaced by another word of
 *   its part of speech and ending, drawn from the benchmark's articles.</li>
 *   <li>{@link Kind#DROPPED} ({@link DroppedSentenceEdits}): a sentence of {@value #MIN_CLAIM_WORDS} words or more
 *   (not the first) deleted from the copy.</li>
 *   <li>{@link Kind#INSERTED} ({@link InsertedSentenceEdits}): a sentence of {@value #MIN_CLAIM_WORDS} to
 *   {@value #MAX_INSERTED_WORDS} words from another benchmark article (one without quotation marks) inserted.</li>
 *   <li>{@link Kind#REWORDED}, which must not be flagged: "said"/"says" → "stated"/"states"
 *   ({@link SaidRewording}); a number from one to twenty in digits ↔ in words ({@link NumberFormRewording}); "40%" ↔
 *   "40 percent" ({@link PercentRewording}); a word or phrase from a hand-written paraphrase list
 *   ({@link ParaphraseRewording}); a contraction made or undone ({@link ContractionRewording}). Clause reordering is
 *   not generated: whether two clauses joined by "and" can swap safely is not decidable from the analysis.</li>
 * </ul>
 *
 * <h2>Independence from the detector</h2>
 * No edit is chosen or filtered with the reconcile stage's own similarity tests: names are respelt without its
 * name-similarity test, quote words and paraphrases are chosen without its WordNet synonym test, titles are found
 * without its roster. What the generator shares with the stage is data: the analysis (sentences, entities, quotes,
 * numbers, dates), the gazetteer, the function-word and negation lists and the claim threshold
 * ({@link ArticleContext#REPORT_CLAIM_WORDS}). The benchmark stays a self-consistency check all the same: the edits
 * are synthetic, placed in a copy that is otherwise identical to its original.
 *
 * <h2>What is recorded</h2>
 * For each edit: its kind (which says the expected finding: a conflict in a given slot, a single-source statement in
 * the original or in the copy, or nothing), a detail, the words before and after, and its character spans in the
 * original and in the copy. A dropped sentence has an empty span in the copy, an inserted one an empty span in the
 * original.
 */
public final class MutationGenerator {

    /** The benchmark's seed: change it only together with the figures in BENCHMARKS.md. */
    public static final long DEFAULT_SEED = 20221116L;
    static final int MIN_SENTENCES = 8;
    static final int MIN_CHARS = 1000;
    /** Dropped and inserted sentences have at least this many words: shorter ones are headings, not claims. */
    static final int MIN_CLAIM_WORDS = 8;
    static final int MAX_INSERTED_WORDS = 40;
    static final int MAX_REWORDINGS = 3;

    /** What a correct report says about an edit. */
    public enum Finding {
        /** A conflicting fact in the edit's slot. */
        CONFLICT,
        /** A variant in the edit's slot: the same fact worded otherwise (a name respelt). */
        VARIANT,
        /** A conflict or a variant in the edit's slot: a quote's word changed is reported either way. */
        DIFFERENCE,
        /** A single-source fact reported by the original only. */
        SINGLE_SOURCE_ORIGINAL,
        /** A single-source fact reported by the copy only. */
        SINGLE_SOURCE_MUTATED,
        /** Nothing: the two statements agree. */
        NONE
    }

    /** The kinds of edit, with the finding each must produce. */
    public enum Kind {
        NUMBER("number changed", Finding.CONFLICT, "number"),
        TITLE("title swapped", Finding.CONFLICT, "role"),
        NAME("name respelt", Finding.VARIANT, "spelling"),
        WEEKDAY("weekday moved", Finding.CONFLICT, "weekday"),
        QUOTE_WORD("quote word changed", Finding.DIFFERENCE, "quote"),
        DROPPED("sentence dropped", Finding.SINGLE_SOURCE_ORIGINAL, null),
        INSERTED("sentence inserted", Finding.SINGLE_SOURCE_MUTATED, null),
        REWORDED("meaning-preserving rewording", Finding.NONE, null);

        private final String label;
        private final Finding finding;
        private final String slot;

        Kind(String label, Finding finding, String slot) {
            this.label = label;
            this.finding = finding;
            this.slot = slot;
        }

        public String label() {
            return label;
        }

        public Finding finding() {
            return finding;
        }

        /** The conflict slot a correct report names, or null for the other findings. */
        public String slot() {
            return slot;
        }
    }

    /** A benchmark text: its key, URL and body. */
    public record Source(String key, String url, String text) {
    }

    /**
     * One edit.
     *
     * @param kind     what was done
     * @param detail   a finer label ("digits reversed", "said → stated", "antonym")
     * @param original the characters edited in the original (empty span for an insertion)
     * @param mutated  the characters that replace them in the copy (empty span for a deletion)
     * @param before   the original's words
     * @param after    the copy's words
     */
    public record Edit(Kind kind, String detail, List<Span> original, List<Span> mutated, String before, String after) {
        public Edit {
            original = List.copyOf(original);
            mutated = List.copyOf(mutated);
        }
    }

    /** An article, its edited copy and the edits that lead from one to the other. */
    public record Pair(String key, AnalyzedArticle original, Article mutated, List<Edit> edits) {
        public Pair {
            edits = List.copyOf(edits);
        }
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”«»„]");
    private final Function<Article, AnalyzedArticle> analyzer;
    private final long seed;
    private final EditMaker weekdays = new WeekdayEdits();
    private final EditMaker titles;
    private final EditMaker numbers = new NumberEdits();
    private final EditMaker names;
    private final EditMaker dropped = new DroppedSentenceEdits();
    /** The rewordings: their order is shuffled for each article, and at most {@value #MAX_REWORDINGS} are made. */
    private final List<EditMaker> rewordings = List.of(new SaidRewording(), new NumberFormRewording(),
            new PercentRewording(), new ParaphraseRewording(), new ContractionRewording());

    public MutationGenerator(ArticleAnalyzer analyzer, long seed) {
        this(analyzer::analyze, seed);
    }

    MutationGenerator(Function<Article, AnalyzedArticle> analyzer, long seed) {
        this.analyzer = analyzer;
        this.seed = seed;
        Gazetteer gazetteer = Gazetteer.shared();
        this.titles = new TitleEdits(gazetteer);
        this.names = new NameEdits(gazetteer, new WordNetWords());
    }

    /**
     * Every {@code .txt} file of {@code dir} as a source, its file name the key: plain article texts of another set
     * (PolNeAR's), which the reconcile stage was never tuned on.
     */
    public static List<Source> readTexts(Path dir) throws IOException {
        List<Source> out = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                out.add(new Source(f.getFileName().toString(), null,
                        java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.UTF_8)));
            }
        }
        return out;
    }

    /** Reads {@code {"<key>": {"articleBody", "url"}}}, in key order. */
    public static List<Source> readTruth(Path file) throws IOException {
        JsonNode truth = JSON.readTree(file.toFile());
        List<Source> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode body = e.getValue().get("articleBody");
            JsonNode url = e.getValue().get("url");
            if (body != null && body.isTextual()) {
                out.add(new Source(e.getKey(), url == null ? null : url.asText(), body.asText()));
            }
        }
        out.sort(Comparator.comparing(Source::key));
        return out;
    }

    /** Lines trimmed, blank ones dropped, one paragraph per line. */
    static String paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.replace("\r", "\n").split("\n")) {
            String t = line.strip().replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return Article.joinParagraphs(out);
    }

    /**
     * The pairs for the eligible sources, in key order, at most {@code maxPairs} (0 for all). Articles without any
     * edit are left out.
     */
    public List<Pair> generate(List<Source> sources, int maxPairs) {
        List<AnalyzedArticle> eligible = new ArrayList<>();
        List<Source> kept = new ArrayList<>();
        for (Source s : sources) {
            String text = paragraphs(s.text());
            if (text.length() < MIN_CHARS || !"en".equals(LanguageIdentifier.shared().identify(text))) {
                continue;
            }
            AnalyzedArticle a = analyzer.apply(article("o-" + shortKey(s.key()), s, text));
            if (a.sentences().size() >= MIN_SENTENCES) {
                eligible.add(a);
                kept.add(s);
            }
        }
        // Sentences other articles can lend: plain statements without quotation marks.
        List<List<String>> donors = new ArrayList<>();
        for (AnalyzedArticle a : eligible) {
            List<String> list = new ArrayList<>();
            for (Sentence s : a.sentences()) {
                int words = ArticleContext.words(s);
                if (words >= MIN_CLAIM_WORDS && words <= MAX_INSERTED_WORDS && !QUOTE_MARKS.matcher(s.text()).find()
                        && Character.isUpperCase(s.text().charAt(0)) && s.text().endsWith(".")) {
                    list.add(s.text());
                }
            }
            donors.add(list);
        }
        // The conflict kinds, in the order they are tried: each draws after the ones before it.
        List<EditMaker> conflicts = List.of(new QuoteWordEdits(eligible), weekdays, titles, numbers, names);
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < eligible.size() && (maxPairs <= 0 || out.size() < maxPairs); i++) {
            Random random = new Random(seed * 1_000_003L + kept.get(i).key().hashCode());
            Pair p = mutate(kept.get(i), eligible.get(i), conflicts, donors, i, random);
            if (!p.edits().isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    private static String shortKey(String key) {
        return key.length() <= 10 ? key : key.substring(0, 10);
    }

    private static Article article(String id, Source s, String text) {
        return new Article(id, s.url() != null ? s.url() : "truth:" + s.key(), s.url(), null, null, null, "en", null,
                text, List.of(), "text");
    }

    private Pair mutate(Source source, AnalyzedArticle a, List<EditMaker> conflicts, List<List<String>> donors,
                        int self, Random random) {
        Set<Integer> used = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        ArticleContext c = new ArticleContext(a);
        for (EditMaker maker : conflicts) {
            pick(maker.candidates(c, random), used, chosen, random);
        }
        pick(dropped.candidates(c, random), used, chosen, random);
        pick(new InsertedSentenceEdits(donors, self).candidates(c, random), used, chosen, random);
        // Every rewording's places are listed before the order of the kinds is drawn.
        List<List<Candidate>> places = new ArrayList<>();
        for (EditMaker maker : rewordings) {
            places.add(maker.candidates(c, random));
        }
        Collections.shuffle(places, random);
        int reworded = 0;
        for (List<Candidate> list : places) {
            if (reworded < MAX_REWORDINGS && pick(list, used, chosen, random)) {
                reworded++;
            }
        }
        return apply(source, a, chosen);
    }

    private static boolean pick(List<Candidate> candidates, Set<Integer> used, List<Candidate> chosen, Random random) {
        List<Candidate> free = candidates.stream()
                .filter(x -> x.sentences().stream().noneMatch(used::contains)).toList();
        if (free.isEmpty()) {
            return false;
        }
        Candidate x = free.get(random.nextInt(free.size()));
        used.addAll(x.sentences());
        chosen.add(x);
        return true;
    }

    private Pair apply(Source source, AnalyzedArticle a, List<Candidate> chosen) {
        String text = a.text();
        record Placed(int edit, Change change) {
        }
        List<Placed> all = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            for (Change ch : chosen.get(i).changes()) {
                all.add(new Placed(i, ch));
            }
        }
        all.sort(Comparator.comparingInt((Placed p) -> p.change().start()).thenComparingInt(p -> p.change().end()));
        StringBuilder out = new StringBuilder();
        int at = 0;
        List<List<Span>> originalSpans = new ArrayList<>();
        List<List<Span>> mutatedSpans = new ArrayList<>();
        List<StringBuilder> before = new ArrayList<>();
        List<StringBuilder> after = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            originalSpans.add(new ArrayList<>());
            mutatedSpans.add(new ArrayList<>());
            before.add(new StringBuilder());
            after.add(new StringBuilder());
        }
        for (Placed p : all) {
            Change ch = p.change();
            if (ch.start() < at) {
                throw new IllegalStateException("overlapping edits in " + source.key());
            }
            out.append(text, at, ch.start());
            int newStart = out.length();
            out.append(ch.replacement());
            originalSpans.get(p.edit()).add(trimmed(text, ch.start(), ch.end()));
            mutatedSpans.get(p.edit()).add(trimmed(out, newStart, out.length()));
            append(before.get(p.edit()), text.substring(ch.start(), ch.end()).strip());
            append(after.get(p.edit()), ch.replacement().strip());
            at = ch.end();
        }
        out.append(text, at, text.length());
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Candidate x = chosen.get(i);
            edits.add(new Edit(x.kind(), x.detail(), originalSpans.get(i), mutatedSpans.get(i),
                    before.get(i).toString(), after.get(i).toString()));
        }
        edits.sort(Comparator.comparingInt(e -> e.original().get(0).start()));
        Article mutated = article("m-" + shortKey(source.key()), source, out.toString());
        return new Pair(source.key(), a, mutated, edits);
    }

    private static void append(StringBuilder b, String s) {
        if (!b.isEmpty() && !s.isEmpty()) {
            b.append(" … ");
        }
        b.append(s);
    }

    /** The span without the whitespace at either end (an empty span where nothing but whitespace is left). */
    private static Span trimmed(CharSequence text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? new Span(start, start) : new Span(s, e);
    }
}
