package org.collate.eval.reconcile;

import org.collate.analyze.ArticleAnalyzer;
import org.collate.model.Quote;
import org.collate.model.Span;
import org.collate.eval.reconcile.MutationGenerator.Edit;
import org.collate.eval.reconcile.MutationGenerator.Kind;
import org.collate.eval.reconcile.MutationGenerator.Pair;
import org.collate.eval.reconcile.MutationGenerator.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's edits, on texts written for this test. */
class MutationGeneratorTest {

    /** Every kind of edit has a place here. */
    static final String SUMMIT = String.join("\n\n",
            "Chinese President Xi Jinping met Russian President Vladimir Putin on Friday at a regional summit in "
                    + "Samarkand, their first meeting since the war began.",
            "The two leaders discussed trade, energy and the war in Ukraine during talks that lasted several hours.",
            "Officials said 53 people took part in the talks, including ministers and advisers from both countries.",
            "“We must work together to build a fair and stable international order,” Xi told the gathered leaders.",
            "US Secretary of State Antony Blinken said the meeting showed that the two countries were growing closer.",
            "Blinken added that Washington would watch the talks closely and respond to any new agreements.",
            "Kremlin spokesman Dmitri Peskov said the talks had been friendly, useful and very long.",
            "Trade between China and Russia rose by 30 percent last year, according to customs data published "
                    + "in January.",
            "The summit also brought together leaders from India, Pakistan and four Central Asian countries.",
            "Indian Prime Minister Narendra Modi told Putin that this was not the time for war.",
            "The leaders of Kyrgyzstan and Tajikistan agreed to a ceasefire after clashes along their border.",
            "The next summit will be held in India next year, officials said.");

    /** No weekday, no quotation. */
    static final String HARVEST = String.join("\n\n",
            "Farmers in the northern provinces brought in a record wheat harvest this year after a wet spring and a "
                    + "warm summer.",
            "The agriculture ministry said the harvest reached 41 million tonnes, the largest since records began.",
            "Prices for bread and flour fell in most regional markets as the new grain arrived in the mills.",
            "Exporters expect to ship much of the surplus to neighbouring countries before the end of the year.",
            "Storage remains a problem in remote districts, where many silos are old and poorly maintained.",
            "Local officials asked the government for money to build new warehouses near the railway lines.",
            "Economists warned that a weaker harvest next year could quickly reverse the fall in prices.",
            "The ministry plans to publish a full report on the season early next spring.",
            "Farmers groups welcomed the figures but said costs for fuel and fertiliser had risen sharply.",
            "Several cooperatives have already signed contracts with foreign buyers for the coming months.",
            "Transport companies hired extra drivers to move the grain from the farms to the ports.");

    private static MutationGenerator generator;
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void setUp() {
        analyzer = new ArticleAnalyzer(false);
        generator = new MutationGenerator(analyzer, MutationGenerator.DEFAULT_SEED);
    }

    private static List<Source> sources() {
        return List.of(new Source("summit", null, SUMMIT), new Source("harvest", null, HARVEST));
    }

    private static Pair pair(List<Pair> pairs, String key) {
        return pairs.stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theSameSeedMakesTheSameEdits() {
        List<Pair> first = generator.generate(sources(), 0);
        List<Pair> second = new MutationGenerator(analyzer, MutationGenerator.DEFAULT_SEED).generate(sources(), 0);
        assertThat(first).extracting(Pair::key).containsExactly("summit", "harvest");
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).mutated().text()).isEqualTo(first.get(i).mutated().text());
            assertThat(second.get(i).edits()).isEqualTo(first.get(i).edits());
        }
        // Fewer pairs asked for: the first pair is unchanged (each article draws with its own generator).
        assertThat(generator.generate(sources(), 1).get(0).edits()).isEqualTo(first.get(0).edits());
    }

    @Test
    void everyKindOfEditTheTextAllowsIsMadeOnce() {
        Pair p = pair(generator.generate(sources(), 0), "summit");
        List<Kind> kinds = p.edits().stream().map(Edit::kind).toList();
        assertThat(kinds).contains(Kind.NUMBER, Kind.TITLE, Kind.NAME, Kind.WEEKDAY, Kind.QUOTE_WORD, Kind.DROPPED,
                Kind.INSERTED, Kind.REWORDED);
        for (Kind k : Kind.values()) {
            if (k != Kind.REWORDED) {
                assertThat(kinds.stream().filter(k::equals).count()).as(k.name()).isLessThanOrEqualTo(1);
            }
        }
        assertThat(kinds.stream().filter(Kind.REWORDED::equals).count())
                .isBetween(1L, (long) MutationGenerator.MAX_REWORDINGS);
    }

    @Test
    void noWeekdayOrQuoteEditWithoutAWeekdayOrAQuote() {
        Pair p = pair(generator.generate(sources(), 0), "harvest");
        List<Kind> kinds = p.edits().stream().map(Edit::kind).toList();
        assertThat(kinds).doesNotContain(Kind.WEEKDAY, Kind.QUOTE_WORD, Kind.TITLE, Kind.NAME);
        assertThat(kinds).contains(Kind.NUMBER, Kind.DROPPED, Kind.INSERTED);
    }

    @Test
    void spansPointAtTheEditedWordsAndNothingElseChanges() {
        for (long seed : new long[]{MutationGenerator.DEFAULT_SEED, 1, 2, 3}) {
            for (Pair p : new MutationGenerator(analyzer, seed).generate(sources(), 0)) {
                String o = p.original().text();
                String m = p.mutated().text();
                // Replaying the edits on the original gives the copy.
                List<Span[]> changes = new ArrayList<>();
                for (Edit e : p.edits()) {
                    assertThat(e.original()).hasSameSizeAs(e.mutated());
                    for (int i = 0; i < e.original().size(); i++) {
                        changes.add(new Span[]{e.original().get(i), e.mutated().get(i)});
                    }
                    assertThat(e.original().get(0).of(o)).as(e.toString()).isEqualTo(e.before());
                    assertThat(e.mutated().get(0).of(m)).as(e.toString()).isEqualTo(e.after());
                }
                changes.sort(Comparator.comparingInt(c -> c[0].start()));
                StringBuilder replay = new StringBuilder();
                int at = 0;
                for (Span[] c : changes) {
                    replay.append(o, at, c[0].start()).append(c[1].of(m));
                    at = c[0].end();
                }
                replay.append(o.substring(at));
                assertThat(replay.toString().replaceAll("\\s+", "")).isEqualTo(m.replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void eachKindChangesWhatItSays() {
        for (long seed : new long[]{MutationGenerator.DEFAULT_SEED, 1, 2, 3}) {
            Pair p = pair(new MutationGenerator(analyzer, seed).generate(sources(), 0), "summit");
            String o = p.original().text();
            String m = p.mutated().text();
            for (Edit e : p.edits()) {
                switch (e.kind()) {
                    case NUMBER -> {
                        assertThat(e.before()).matches("[\\d,.]+");
                        assertThat(e.after()).matches("[\\d,.]+").isNotEqualTo(e.before());
                    }
                    case WEEKDAY -> {
                        DayOfWeek from = DayOfWeek.valueOf(e.before().toUpperCase(Locale.ROOT));
                        DayOfWeek to = DayOfWeek.valueOf(e.after().toUpperCase(Locale.ROOT));
                        assertThat(Set.of(from.plus(1), from.minus(1))).contains(to);
                    }
                    case TITLE -> {
                        assertThat(e.before()).isIn("President", "Secretary of State", "Prime Minister");
                        assertThat(e.after()).isNotEqualTo(e.before());
                        assertThat(Character.isUpperCase(e.after().charAt(0))).isTrue();
                    }
                    case NAME -> {
                        assertThat(e.before()).matches("\\p{Lu}\\p{Ll}{4,}");
                        assertThat(SUMMIT).contains(e.before()).doesNotContain(e.after());
                        assertThat(NameEdits.respellings(e.before())).contains(e.after());
                    }
                    case QUOTE_WORD -> {
                        assertThat(inDirectQuote(p, e.original().get(0))).isTrue();
                        assertThat(e.after()).matches("\\p{Ll}{3,}");
                        assertThat(QuoteWordEdits.sameStem(e.before(), e.after())).as(e.toString()).isFalse();
                        assertThat(SUMMIT + HARVEST).contains(e.after());
                    }
                    case DROPPED -> {
                        assertThat(e.before().split("\\s+").length)
                                .isGreaterThanOrEqualTo(MutationGenerator.MIN_CLAIM_WORDS);
                        assertThat(m).doesNotContain(e.before());
                        assertThat(e.mutated().get(0).length()).isZero();
                    }
                    case INSERTED -> {
                        assertThat(HARVEST).contains(e.after());
                        assertThat(o).doesNotContain(e.after());
                        assertThat(e.original().get(0).length()).isZero();
                    }
                    case REWORDED -> assertThat(inDirectQuote(p, e.original().get(0))).isFalse();
                }
            }
        }
    }

    private static boolean inDirectQuote(Pair p, Span s) {
        for (Quote q : p.original().quotes()) {
            if (q.direct() && q.span().contains(s)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aTextThatIsNotEnglishOrTooShortIsLeftOut() {
        String french = String.join("\n\n", java.util.Collections.nCopies(6,
                "Le président a rencontré son homologue vendredi lors d'un sommet régional à Samarcande, où les "
                        + "dirigeants ont discuté du commerce et de l'énergie pendant plusieurs heures."));
        List<Source> sources = List.of(new Source("fr", null, french), new Source("short", null, "Too short. Really."),
                new Source("harvest", null, HARVEST));
        assertThat(generator.generate(sources, 0)).extracting(Pair::key).containsExactly("harvest");
    }

    @Test
    void plainTextArticlesOfAFolderAreSourcesInNameOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("b.txt"), SUMMIT);
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "A short note.");
        java.nio.file.Files.writeString(dir.resolve("notes.md"), "not an article");
        List<Source> sources = MutationGenerator.readTexts(dir);
        assertThat(sources).extracting(Source::key).containsExactly("a.txt", "b.txt");
        assertThat(sources.get(1).text()).isEqualTo(SUMMIT);
    }
}
