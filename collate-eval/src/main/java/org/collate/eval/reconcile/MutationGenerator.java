package org.collate.eval.reconcile;

import org.collate.reconcile.EntityRoster;
import org.collate.reconcile.FactBuilder;
import org.collate.reconcile.NameSimilarity;
import org.collate.reconcile.QuoteWordJudge;
import org.collate.reconcile.Synonyms;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.collate.analyze.ArticleAnalyzer;
import org.collate.analyze.entity.Gazetteer;
import org.collate.extract.LanguageIdentifier;
import org.collate.model.AnalyzedArticle;
import org.collate.model.Article;
import org.collate.model.DateMention;
import org.collate.model.Entity;
import org.collate.model.EntityKind;
import org.collate.model.Mention;
import org.collate.model.NumberMention;
import org.collate.model.Quote;
import org.collate.model.Sentence;
import org.collate.model.Span;
import org.collate.model.Token;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
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
 * Each article's edits are drawn with its own {@link Random}, seeded with {@code seed} and the article's key, so a
 * pair does not change when other articles are added or {@code maxPairs} is lowered. The default seed is
 * {@value #DEFAULT_SEED}.
 *
 * <h2>The edits</h2>
 * Every edit lives in sentences no other edit touches (a quote edit owns every sentence of its quote), outside
 * direct quotes unless it is a quote edit, so each report finding can be traced to one edit; and in sentences of
 * {@value FactBuilder#MIN_CLAIM_WORDS} words or more, since shorter ones are headings and fragments, not claims.
 * Conflict kinds are tried in the order quote word, weekday, title, number, name; then one sentence is dropped, one
 * inserted, and up to {@value #MAX_REWORDINGS} rewordings of different kinds are made. A kind is skipped where the
 * text offers no place for it.
 * <ul>
 *   <li>{@link Kind#NUMBER}: a cardinal, percentage or amount of money written in digits (never a year, a number
 *   beside a month name, a list item's number or a number inside a date or quote): its digits reversed (53 → 35)
 *   when that gives another number without a leading zero, else its value doubled, written in the same style
 *   (commas, decimals).</li>
 *   <li>{@link Kind#TITLE}: the title in the role before a person's full name (one starting with a known given
 *   name), "Indian Prime Minister", replaced by another of its family (political, business, sport, military, legal,
 *   academic): "Indian President", with the original's capitalisation.</li>
 *   <li>{@link Kind#NAME}: one mention of a person for certain (a full name, none of whose words is a known place,
 *   organisation, title or common English word, with a title, a quote, or a known given name and the surname used
 *   alone elsewhere: the recogniser's "people" include "Virginia Democrats"): its given name or surname, of five
 *   letters or more, respelt the way transliterations and typos vary ("Antony" → "Anthony", "Zelensky" →
 *   "Zelenski", "Nicolas" → "Nikolas", see {@link #respellings}); the new spelling must be within
 *   {@link NameSimilarity}'s reach of the old (shorter names are left alone: a letter changed in "Li" makes another
 *   person, not a variant) and not already in the text.</li>
 *   <li>{@link Kind#WEEKDAY}: a weekday not part of a full date or of a name ("Black Friday") moved a day earlier or
 *   later ("on Friday" → "on Thursday").</li>
 *   <li>{@link Kind#QUOTE_WORD}: a lower-case noun, verb or adjective of three letters or more inside a direct quote
 *   of five words or more replaced by a WordNet antonym, else by a common word of the same part of speech; the new
 *   word is never a WordNet synonym or inflection of the old ({@link Synonyms#similar}).</li>
 *   <li>{@link Kind#DROPPED}: a sentence of eight words or more (not the first) deleted from the copy.</li>
 *   <li>{@link Kind#INSERTED}: a sentence of eight to forty words from another benchmark article (one without
 *   quotation marks) inserted after a sentence of the copy that truly ends there (not at "Nov." or "U.S.").</li>
 *   <li>{@link Kind#REWORDED}, which must not be flagged: "said"/"says" → "stated"/"states"; a number from one to
 *   twenty written in digits ↔ in words; "40%" ↔ "40 percent"; a lower-case noun or adjective replaced by a
 *   single-word synonym of its most common WordNet sense; a contraction made or undone ("do not" ↔ "don't"). Clause
 *   reordering is not generated: whether two clauses joined by "and" can swap safely is not decidable from the
 *   analysis.</li>
 * </ul>
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
        NAME("name respelt", Finding.CONFLICT, "spelling"),
        WEEKDAY("weekday moved", Finding.CONFLICT, "weekday"),
        QUOTE_WORD("quote word changed", Finding.CONFLICT, "quote"),
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

    /** One replacement in original coordinates; {@code start == end} inserts. */
    private record Change(int start, int end, String replacement) {
    }

    /** A possible edit: its changes and the sentences it touches. */
    private record Candidate(Kind kind, String detail, List<Change> changes, Set<Integer> sentences) {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"“”«»„]");
    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty"};
    /** Titles that can stand in for each other: one family per line of work. */
    private static final List<List<String>> TITLE_FAMILIES = List.of(
            List.of("president", "prime minister", "vice president", "chancellor", "foreign minister",
                    "finance minister", "defence minister", "defense minister", "interior minister", "health minister",
                    "secretary of state", "governor", "mayor", "senator", "premier", "king", "queen", "speaker",
                    "ambassador", "representative", "congressman", "congresswoman", "attorney general"),
            List.of("chief executive", "ceo", "chairman", "chairwoman", "founder", "director", "manager", "president"),
            List.of("coach", "manager", "captain"),
            List.of("general", "colonel", "lieutenant", "captain", "admiral", "commander", "sergeant"),
            List.of("judge", "prosecutor", "attorney general", "chief justice", "justice"),
            List.of("professor", "economist", "director"));
    /** Common words that stand in for a quote word without an antonym, by part of speech. */
    private static final Map<String, List<String>> PLAIN_WORDS = Map.of(
            "NOUN", List.of("plan", "market", "family", "city", "road", "budget", "team", "school", "house", "water",
                    "court", "company", "season", "garden", "machine", "river", "letter", "kitchen", "weather",
                    "music"),
            "ADJ", List.of("cheap", "green", "quiet", "narrow", "wooden", "frozen", "hungry", "brief", "loud",
                    "purple", "ancient", "tiny", "distant", "wet", "square"),
            "VERB", List.of("sell", "paint", "borrow", "ignore", "cancel", "repeat", "forget", "hide", "delay",
                    "punish", "swallow", "sink", "burn", "freeze", "whisper"));
    private static final List<String[]> CONTRACTIONS = List.of(new String[]{"do not", "don't"},
            new String[]{"does not", "doesn't"}, new String[]{"did not", "didn't"}, new String[]{"is not", "isn't"},
            new String[]{"are not", "aren't"}, new String[]{"was not", "wasn't"}, new String[]{"were not", "weren't"},
            new String[]{"cannot", "can't"}, new String[]{"will not", "won't"}, new String[]{"would not", "wouldn't"},
            new String[]{"could not", "couldn't"}, new String[]{"should not", "shouldn't"},
            new String[]{"has not", "hasn't"}, new String[]{"have not", "haven't"}, new String[]{"had not", "hadn't"},
            new String[]{"it is", "it's"}, new String[]{"that is", "that's"}, new String[]{"they are", "they're"},
            new String[]{"we are", "we're"}, new String[]{"you are", "you're"});

    private final Function<Article, AnalyzedArticle> analyzer;
    private final long seed;
    private final Synonyms synonyms;
    private final EntityRoster titles;
    private final Gazetteer gazetteer;

    public MutationGenerator(ArticleAnalyzer analyzer, long seed) {
        this(analyzer::analyze, seed);
    }

    MutationGenerator(Function<Article, AnalyzedArticle> analyzer, long seed) {
        this.analyzer = analyzer;
        this.seed = seed;
        this.synonyms = Synonyms.shared();
        this.gazetteer = Gazetteer.shared();
        this.titles = new EntityRoster(gazetteer);
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
                int words = words(s);
                if (words >= MIN_CLAIM_WORDS && words <= MAX_INSERTED_WORDS && !QUOTE_MARKS.matcher(s.text()).find()
                        && Character.isUpperCase(s.text().charAt(0)) && s.text().endsWith(".")) {
                    list.add(s.text());
                }
            }
            donors.add(list);
        }
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < eligible.size() && (maxPairs <= 0 || out.size() < maxPairs); i++) {
            Random random = new Random(seed * 1_000_003L + kept.get(i).key().hashCode());
            Pair p = mutate(kept.get(i), eligible.get(i), donors, i, random);
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

    private static int words(Sentence s) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (!t.pos().equals("PUNCT") && WORD.matcher(t.text()).find()) {
                n++;
            }
        }
        return n;
    }

    private Pair mutate(Source source, AnalyzedArticle a, List<List<String>> donors, int self, Random random) {
        Set<Integer> used = new HashSet<>();
        List<Candidate> chosen = new ArrayList<>();
        Context c = new Context(a);
        pick(quoteWords(c), used, chosen, random);
        pick(weekdays(c), used, chosen, random);
        pick(titles(c), used, chosen, random);
        pick(numbers(c), used, chosen, random);
        pick(names(c), used, chosen, random);
        pick(drops(c), used, chosen, random);
        pick(inserts(c, donors, self, random), used, chosen, random);
        List<List<Candidate>> rewordings = new ArrayList<>(List.of(said(c), numberForms(c), percents(c), synonyms(c),
                contractions(c)));
        Collections.shuffle(rewordings, random);
        int reworded = 0;
        for (List<Candidate> list : rewordings) {
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

    // ---------------------------------------------------------------- where edits may go

    /** The article's sentences with what the candidate finders ask of them. */
    private static final class Context {
        final AnalyzedArticle a;
        final String text;
        final List<Span> directQuotes = new ArrayList<>();
        final List<Span> mentions = new ArrayList<>();
        final List<Span> numbers = new ArrayList<>();
        final List<Span> dates = new ArrayList<>();

        Context(AnalyzedArticle a) {
            this.a = a;
            this.text = a.text();
            for (Quote q : a.quotes()) {
                if (q.direct()) {
                    // With the quotation marks: a word right beside the quote is inside it for the reader.
                    directQuotes.add(new Span(Math.max(0, q.span().start() - 1),
                            Math.min(text.length(), q.span().end() + 1)));
                }
            }
            for (Entity e : a.entities()) {
                for (Mention m : e.mentions()) {
                    mentions.add(m.roleSpan() == null ? m.span() : new Span(Math.min(m.roleSpan().start(),
                            m.span().start()), Math.max(m.roleSpan().end(), m.span().end())));
                }
            }
            a.numbers().forEach(n -> numbers.add(n.span()));
            a.dates().forEach(d -> dates.add(d.span()));
        }

        int sentenceAt(int offset) {
            for (Sentence s : a.sentences()) {
                if (s.span().start() <= offset && offset < s.span().end()) {
                    return s.index();
                }
            }
            return -1;
        }

        boolean inQuote(Span s) {
            return any(directQuotes, s);
        }

        /** A quote that starts in one sentence and ends in another covers this sentence partly. */
        boolean crossedByQuote(Sentence s) {
            for (Span q : directQuotes) {
                if (q.overlaps(s.span()) && !s.span().contains(q)) {
                    return true;
                }
            }
            return false;
        }

        static boolean any(List<Span> spans, Span s) {
            for (Span x : spans) {
                if (x.overlaps(s)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Candidate single(Context c, Kind kind, String detail, int start, int end, String replacement) {
        int sentence = c.sentenceAt(start);
        if (sentence < 0 || words(c.a.sentences().get(sentence)) < FactBuilder.MIN_CLAIM_WORDS) {
            return null; // headings and fragments are not claims the report weighs
        }
        return new Candidate(kind, detail, List.of(new Change(start, end, replacement)), Set.of(sentence));
    }

    private static void add(List<Candidate> out, Candidate c) {
        if (c != null) {
            out.add(c);
        }
    }

    // ---------------------------------------------------------------- conflict edits

    private List<Candidate> numbers(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (NumberMention n : c.a.numbers()) {
            if (!(n.kind().equals("cardinal") || n.kind().equals("percent") || n.kind().equals("money"))
                    || c.inQuote(n.span()) || Context.any(c.dates, n.span())) {
                continue;
            }
            Matcher m = DIGITS.matcher(n.text());
            if (!m.find()) {
                continue;
            }
            String digits = m.group();
            if (digits.matches("(19|20)\\d\\d") || new BigDecimal(digits.replace(",", "")).signum() == 0) {
                continue;
            }
            int start = n.span().start() + m.start();
            int end = n.span().start() + m.end();
            if (dateOrListNumber(c.text, start, end)) {
                continue;
            }
            // "5G", "Covid-19", "$3.5bn": only numbers standing as words.
            if (end < c.text.length() && Character.isLetterOrDigit(c.text.charAt(end)) && !n.kind().equals("money")
                    || start > 0 && (Character.isLetterOrDigit(c.text.charAt(start - 1))
                    || c.text.charAt(start - 1) == '-')) {
                continue;
            }
            String changed = changedNumber(digits);
            add(out, single(c, Kind.NUMBER, digits + " → " + changed, start, end, changed));
        }
        return out;
    }

    /** 53 → 35; where reversing gives the same number or a leading zero, the value doubled (5 → 10, 1,000 → 2,000). */
    static String changedNumber(String digits) {
        if (digits.matches("\\d+")) {
            String reversed = new StringBuilder(digits).reverse().toString();
            if (!reversed.equals(digits) && reversed.charAt(0) != '0') {
                return reversed;
            }
        }
        return doubled(digits);
    }

    private static String doubled(String digits) {
        BigDecimal v = new BigDecimal(digits.replace(",", "")).multiply(BigDecimal.TWO);
        String plain = v.toPlainString();
        if (!digits.contains(",")) {
            return plain;
        }
        String[] parts = plain.split("\\.");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = b.length() - 3; i > 0; i -= 3) {
            b.insert(i, ',');
        }
        return parts.length > 1 ? b + "." + parts[1] : b.toString();
    }

    private List<Candidate> titles(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : c.a.entities()) {
            String[] words = e.name().split("\\s+");
            if (e.kind() != EntityKind.PERSON || words.length < 2 || !gazetteer.isGivenName(words[0])) {
                continue; // "King of Monitors": a title before something that is no person's full name
            }
            for (Mention m : e.mentions()) {
                if (m.role() == null || m.roleSpan() == null || m.roleSpan().end() > m.span().start()
                        || c.inQuote(m.roleSpan())) {
                    continue;
                }
                String head = titles.headTitle(m.role());
                if (head == null) {
                    continue;
                }
                String roleText = m.roleSpan().of(c.text);
                int[] at = locateTitle(roleText, head);
                if (at == null) {
                    continue;
                }
                List<String> family = TITLE_FAMILIES.stream().filter(f -> f.contains(head)).findFirst().orElse(null);
                if (family == null) {
                    continue;
                }
                String found = roleText.substring(at[0], at[1]);
                for (String other : family) {
                    if (other.equals(head)) {
                        continue;
                    }
                    String replacement = Character.isUpperCase(found.charAt(0)) ? titleCase(other) : other;
                    String newRole = roleText.substring(0, at[0]) + replacement + roleText.substring(at[1]);
                    String newHead = titles.headTitle(newRole);
                    if (newHead != null && !newHead.equals(head)) {
                        int start = m.roleSpan().start() + at[0];
                        add(out, single(c, Kind.TITLE, head + " → " + other, start, m.roleSpan().start() + at[1],
                                replacement));
                    }
                }
            }
        }
        return out;
    }

    /** Where the head title's words stand in the role's text, as character offsets, or null. */
    private int[] locateTitle(String role, String head) {
        List<int[]> words = new ArrayList<>();
        Matcher m = Pattern.compile("\\S+").matcher(role);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        List<String> lower = words.stream().map(w -> role.substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
        int n = head.split(" ").length;
        for (int i = 0; i + n <= lower.size(); i++) {
            if (String.join(" ", lower.subList(i, i + n)).replace(".", "").equals(head)) {
                return new int[]{words.get(i)[0], words.get(i + n - 1)[1]};
            }
        }
        return null;
    }

    private static String titleCase(String title) {
        StringBuilder b = new StringBuilder();
        for (String w : title.split(" ")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(w.equals("of") ? w
                    : w.equals("ceo") ? "CEO" : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return b.toString();
    }

    /**
     * A person for certain, not just what the recogniser calls one (it also takes "Virginia Democrats", "Indiana
     * Statehouse" or "Chief Strategy Officer" for people): a full name of two words or more, none of them a known
     * place, organisation, title or common English word (WordNet), that bears a title, speaks a quote, or starts with
     * a known given name and has its surname used alone elsewhere.
     */
    private boolean person(Entity e, AnalyzedArticle a) {
        if (e.kind() != EntityKind.PERSON) {
            return false;
        }
        String[] words = e.name().replaceAll("['’]s$", "").split("\\s+");
        if (words.length < 2) {
            return false;
        }
        for (String w : words) {
            if (gazetteer.lookup(w) != null || gazetteer.isTitleWord(w) || synonyms.isCommonWord(w)) {
                return false;
            }
        }
        String surname = words[words.length - 1];
        return !e.roles().isEmpty() || a.quotes().stream().anyMatch(q -> e.id().equals(q.entityId()))
                || gazetteer.isGivenName(words[0]) && e.variants().contains(surname);
    }

    private List<Candidate> names(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (Entity e : c.a.entities()) {
            if (!person(e, c.a)) {
                continue;
            }
            String[] nameWords = e.name().replaceAll("['’]s$", "").split("\\s+");
            Set<String> ownWords = Set.of(nameWords[0], nameWords[nameWords.length - 1]);
            for (Mention m : e.mentions()) {
                if (c.inQuote(m.span())) {
                    continue;
                }
                Matcher w = WORD.matcher(m.text());
                while (w.find()) {
                    String word = w.group();
                    if (word.length() < 5 || !word.matches("\\p{Lu}\\p{Ll}+") || !ownWords.contains(word)) {
                        continue;
                    }
                    for (String respelt : respellings(word)) {
                        if (!c.text.contains(respelt)) {
                            int start = m.span().start() + w.start();
                            add(out, single(c, Kind.NAME, word + " → " + respelt, start, start + word.length(),
                                    respelt));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static final String VOWELS = "aeiouy";

    /**
     * Plausible respellings of a capitalised name, the ways transliterations and typos vary: "th" for "t" after "n"
     * or "a" and back ("Antony"/"Anthony", "Natalie"/"Nathalie"); a doubled consonant made single ("Russell" →
     * "Russel"); an "l" after "a", "i" or "o" and before a vowel doubled ("Philip" → "Phillip"); a final "y" after a
     * consonant for "i", and a final "i" after r, k, t, d or v for "y" ("Zelensky" → "Zelenski", "Dmitri" →
     * "Dmitry"); "k" for a hard "c" and back ("Nicolas" → "Nikolas"); "u" for "ou" ("Yousef" → "Yusef"); "sh" for
     * "sch" ("Schmidt" → "Shmidt"). Only those within {@link NameSimilarity}'s reach of the original are kept.
     */
    static List<String> respellings(String word) {
        Set<String> out = new LinkedHashSet<>();
        String w = word;
        for (int i = 1; i < w.length(); i++) {
            char ch = w.charAt(i);
            char prev = w.charAt(i - 1);
            boolean last = i == w.length() - 1;
            char next = last ? 0 : w.charAt(i + 1);
            if (ch == 'h' && prev == 't' && i >= 2 && "na".indexOf(w.charAt(i - 2)) >= 0) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (ch == 't' && !last && VOWELS.indexOf(next) >= 0 && "na".indexOf(prev) >= 0) {
                out.add(w.substring(0, i + 1) + "h" + w.substring(i + 1));
            }
            if (ch == prev && "bcdfgklmnprstz".indexOf(ch) >= 0) {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (ch == 'l' && !last && "aio".indexOf(prev) >= 0 && VOWELS.indexOf(next) >= 0) {
                out.add(w.substring(0, i + 1) + ch + w.substring(i + 1));
            }
            if (last && ch == 'y' && VOWELS.indexOf(prev) < 0) {
                out.add(w.substring(0, i) + "i");
            }
            if (last && ch == 'i' && "rktdv".indexOf(prev) >= 0) {
                out.add(w.substring(0, i) + "y");
            }
            if (ch == 'c' && (last || "aou".indexOf(next) >= 0) && prev != 's') {
                out.add(w.substring(0, i) + "k" + w.substring(i + 1));
            }
            if (ch == 'k' && !last && "aou".indexOf(next) >= 0 && prev != 'c' && prev != 's') {
                out.add(w.substring(0, i) + "c" + w.substring(i + 1));
            }
            if (ch == 'o' && next == 'u') {
                out.add(w.substring(0, i) + w.substring(i + 1));
            }
            if (ch == 's' && next == 'c' && i + 2 < w.length() && w.charAt(i + 2) == 'h') {
                out.add(w.substring(0, i + 1) + w.substring(i + 2));
            }
        }
        List<String> kept = new ArrayList<>();
        for (String r : out) {
            if (!NameSimilarity.fold(r).equals(NameSimilarity.fold(word)) && NameSimilarity.sameWord(r, word)) {
                kept.add(r);
            }
        }
        return kept;
    }

    private List<Candidate> weekdays(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (DateMention d : c.a.dates()) {
            if (d.weekday() == null || d.text().chars().anyMatch(Character::isDigit) || c.inQuote(d.span())) {
                continue;
            }
            String name = d.weekday().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            int at = d.text().indexOf(name);
            if (at < 0) {
                continue;
            }
            int start = d.span().start() + at;
            if (capitalisedWordBefore(c.text, start)) {
                continue; // "Black Friday", "Cyber Monday": a name, not a day
            }
            for (int step : new int[]{-1, 1}) {
                DayOfWeek moved = d.weekday().plus(step);
                add(out, single(c, Kind.WEEKDAY, name + " → " + moved.getDisplayName(TextStyle.FULL, Locale.ENGLISH),
                        start, start + name.length(), moved.getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
            }
        }
        return out;
    }

    /** Whether the word before this offset is capitalised and not the start of a sentence. */
    private static boolean capitalisedWordBefore(String text, int offset) {
        int e = offset;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (b == e || !Character.isUpperCase(text.charAt(b))) {
            return false;
        }
        int p = b;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        return p > 0 && ".!?\n“\"".indexOf(text.charAt(p - 1)) < 0;
    }

    private static final Pattern MONTH_WORD = Pattern.compile("(?i)(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
            + "[a-z]*\\.?");

    /** A number beside a month name ("Nov. 18", "14 February") or numbering a list item ("6. The …"). */
    private static boolean dateOrListNumber(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 12), start).strip();
        String[] w = before.split("[\\s(]+");
        if (w.length > 0 && MONTH_WORD.matcher(w[w.length - 1]).matches()) {
            return true;
        }
        Matcher after = Pattern.compile("^\\s*(\\p{L}+)")
                .matcher(text.substring(end, Math.min(text.length(), end + 12)));
        if (after.find() && MONTH_WORD.matcher(after.group(1)).matches() && after.group(1).length() >= 3) {
            return true;
        }
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
        return lineStart && end < text.length() && (text.charAt(end) == '.' || text.charAt(end) == ')');
    }

    private List<Candidate> quoteWords(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (Quote q : c.a.quotes()) {
            if (!q.direct() || q.text().split("\\s+").length < 5) {
                continue;
            }
            Set<Integer> quoteSentences = new HashSet<>();
            for (Sentence s : c.a.sentences()) {
                if (s.span().overlaps(q.span())) {
                    quoteSentences.add(s.index());
                }
            }
            for (Sentence s : c.a.sentences()) {
                if (!s.span().overlaps(q.span())) {
                    continue;
                }
                for (Token t : s.tokens()) {
                    if (!q.span().contains(t.span())) {
                        continue;
                    }
                    String w = t.text();
                    String pos = t.pos();
                    if (!PLAIN_WORDS.containsKey(pos) || !w.matches("\\p{Ll}{3,}") || QuoteWordJudge.FUNCTION.contains(w)
                            || QuoteWordJudge.NEGATIONS.contains(w)) {
                        continue;
                    }
                    String replacement = words(s) >= FactBuilder.MIN_CLAIM_WORDS ? quoteReplacement(w, pos) : null;
                    if (replacement != null) {
                        // The whole quote is the edit's: a quote over several sentences differs in all of them.
                        out.add(new Candidate(Kind.QUOTE_WORD, w + " → " + replacement,
                                List.of(new Change(t.span().start(), t.span().end(), replacement)), quoteSentences));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A word that is no synonym or inflection of {@code w}: its WordNet antonym, else a plain word of the same part of
     * speech (plural nouns keep their "s"); null where neither is safe.
     */
    private String quoteReplacement(String w, String pos) {
        for (String ant : synonyms.antonyms(w)) {
            if (ant.matches("\\p{Ll}+") && !synonyms.similar(w, ant)) {
                return ant;
            }
        }
        boolean plural = pos.equals("NOUN") && w.endsWith("s") && !w.endsWith("ss");
        if (pos.equals("VERB") && (w.endsWith("s") || w.endsWith("ed") || w.endsWith("ing"))) {
            return null; // an inflected verb: a plain replacement would not fit the grammar
        }
        if (pos.equals("ADJ") && (w.endsWith("er") || w.endsWith("est"))) {
            return null;
        }
        List<String> plain = PLAIN_WORDS.get(pos);
        int start = Math.floorMod(w.hashCode(), plain.size());
        for (int k = 0; k < plain.size(); k++) {
            String p = plain.get((start + k) % plain.size());
            String r = !plural ? p : p.endsWith("y") ? p.substring(0, p.length() - 1) + "ies" : p + "s";
            if (!r.equals(w) && !synonyms.similar(w, r)) {
                return r;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- single-source edits

    private List<Candidate> drops(Context c) {
        List<Candidate> out = new ArrayList<>();
        String text = c.text;
        for (Sentence s : c.a.sentences()) {
            if (s.index() == 0 || words(s) < MIN_CLAIM_WORDS || c.crossedByQuote(s)) {
                continue;
            }
            int start = s.span().start();
            int end = s.span().end();
            int after = end;
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            int before = start;
            while (before > 0 && text.charAt(before - 1) == ' ') {
                before--;
            }
            Change ch;
            if (after < text.length() && text.charAt(after) != '\n') {
                ch = new Change(start, after, ""); // another sentence follows in the paragraph
            } else if (before > 0 && text.charAt(before - 1) != '\n') {
                ch = new Change(before, end, ""); // another sentence precedes it in the paragraph
            } else {
                int p = before;
                while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
                    p--;
                }
                ch = p > 0 ? new Change(p, end, "") : new Change(start, after, ""); // a paragraph of its own
            }
            out.add(new Candidate(Kind.DROPPED, "sentence of " + words(s) + " words", List.of(ch), Set.of(s.index())));
        }
        return out;
    }

    private List<Candidate> inserts(Context c, List<List<String>> donors, int self, Random random) {
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < donors.size(); i++) {
            if (i != self && !donors.get(i).isEmpty()) {
                others.add(i);
            }
        }
        if (others.isEmpty()) {
            return List.of();
        }
        List<String> from = donors.get(others.get(random.nextInt(others.size())));
        String sentence = from.get(random.nextInt(from.size()));
        if (c.text.contains(sentence)) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        List<Sentence> all = c.a.sentences();
        for (int i = 0; i + 1 < all.size(); i++) {
            Sentence s = all.get(i);
            if (c.crossedByQuote(s) || !trueSentenceEnd(c.text, s)) {
                continue;
            }
            int end = s.span().end();
            out.add(new Candidate(Kind.INSERTED, "from another article", List.of(new Change(end, end, " " + sentence)),
                    Set.of(i)));
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile(".*[\\p{Ll}\\d)]{2}[.!?][”\"’)]?$");

    /**
     * Whether the sentence really ends where the segmenter ended it: after a word of two lower-case letters or
     * digits and a full stop, question or exclamation mark (not "Nov." or "U.S."), and before a capital, a quotation
     * mark or a new paragraph.
     */
    private static boolean trueSentenceEnd(String text, Sentence s) {
        if (!SENTENCE_END.matcher(s.text()).matches()) {
            return false;
        }
        int k = s.span().end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n' || Character.isUpperCase(text.charAt(k))
                || "“\"‘'(".indexOf(text.charAt(k)) >= 0;
    }

    // ---------------------------------------------------------------- rewordings

    private List<Candidate> said(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : c.a.sentences()) {
            for (Token t : s.tokens()) {
                String replacement = switch (t.text()) {
                    case "said" -> "stated";
                    case "says" -> "states";
                    default -> null;
                };
                if (replacement != null && !c.inQuote(t.span())) {
                    add(out, single(c, Kind.REWORDED, t.text() + " → " + replacement, t.span().start(), t.span().end(),
                            replacement));
                }
            }
        }
        return out;
    }

    private List<Candidate> numberForms(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (NumberMention n : c.a.numbers()) {
            if (!n.kind().equals("cardinal") || c.inQuote(n.span()) || Context.any(c.dates, n.span())) {
                continue;
            }
            String t = n.text();
            int start = n.span().start();
            if (dateOrListNumber(c.text, start, n.span().end())) {
                continue;
            }
            if (t.matches("[1-9]|1\\d|20") && (start == 0 || Character.isWhitespace(c.text.charAt(start - 1)))
                    && (n.span().end() >= c.text.length() || Character.isWhitespace(c.text.charAt(n.span().end())))) {
                String word = NUMBER_WORDS[Integer.parseInt(t)];
                if (sentenceStart(c, start)) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                }
                add(out, single(c, Kind.REWORDED, t + " → " + word, start, n.span().end(), word));
            } else if (t.matches("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
                    + "|sixteen|seventeen|eighteen|nineteen|twenty")) {
                String digits = Integer.toString(List.of(NUMBER_WORDS).indexOf(t));
                add(out, single(c, Kind.REWORDED, t + " → " + digits, start, n.span().end(), digits));
            }
        }
        return out;
    }

    private static boolean sentenceStart(Context c, int offset) {
        int s = c.sentenceAt(offset);
        return s >= 0 && c.a.sentences().get(s).span().start() == offset;
    }

    private static final Pattern PERCENT_SIGN = Pattern.compile("(\\d[\\d.,]*)\\s*%");
    private static final Pattern PERCENT_WORD = Pattern.compile("(\\d[\\d.,]*)\\s+per\\s?cent");

    private List<Candidate> percents(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (NumberMention n : c.a.numbers()) {
            if (!n.kind().equals("percent") || c.inQuote(n.span())) {
                continue;
            }
            Matcher sign = PERCENT_SIGN.matcher(n.text());
            Matcher word = PERCENT_WORD.matcher(n.text());
            if (sign.matches()) {
                add(out, single(c, Kind.REWORDED, "% → percent", n.span().start(), n.span().end(),
                        sign.group(1) + " percent"));
            } else if (word.matches()) {
                add(out, single(c, Kind.REWORDED, "percent → %", n.span().start(), n.span().end(),
                        word.group(1) + "%"));
            }
        }
        return out;
    }

    private List<Candidate> synonyms(Context c) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence s : c.a.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!(t.pos().equals("NOUN") || t.pos().equals("ADJ")) || !w.matches("\\p{Ll}{4,}")
                        || c.inQuote(t.span()) || Context.any(c.mentions, t.span()) || Context.any(c.numbers, t.span())
                        || Context.any(c.dates, t.span()) || QuoteWordJudge.FUNCTION.contains(w)) {
                    continue;
                }
                for (String syn : synonyms.synonyms(w, 1, t.pos())) {
                    if (syn.matches("\\p{Ll}{3,}") && !synonyms.baseForms(syn).contains(w)
                            && !synonyms.baseForms(w).contains(syn)) {
                        add(out, single(c, Kind.REWORDED, w + " → " + syn + " (synonym)", t.span().start(),
                                t.span().end(), syn));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private List<Candidate> contractions(Context c) {
        List<Candidate> out = new ArrayList<>();
        String text = c.text;
        for (String[] pair : CONTRACTIONS) {
            // "it's" and "that's" may stand for "it has": they are only ever made, never undone.
            for (int dir = 0; dir < (pair[1].endsWith("'s") ? 1 : 2); dir++) {
                String from = pair[dir];
                String to = pair[1 - dir];
                Matcher m = Pattern.compile("\\b" + Pattern.quote(from).replace("'", "\\E['’]\\Q") + "\\b",
                        Pattern.CASE_INSENSITIVE).matcher(text);
                while (m.find()) {
                    Span span = new Span(m.start(), m.end());
                    if (c.inQuote(span) || c.sentenceAt(m.start()) != c.sentenceAt(m.end() - 1)) {
                        continue;
                    }
                    String found = m.group();
                    String apostrophe = found.contains("’") ? "’" : "'";
                    String replacement = to.replace("'", apostrophe);
                    if (Character.isUpperCase(found.charAt(0))) {
                        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
                    }
                    add(out, single(c, Kind.REWORDED, found + " → " + replacement, m.start(), m.end(), replacement));
                }
            }
        }
        return out;
    }
}
