package org.collate.link;

import org.collate.model.MinHashSignature;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleIndexTest {

    private static LinkFeatures article(int n, MinHashSignature signature) {
        return new LinkFeatures("a" + n, LocalDate.of(2025, 1, 1).plusDays(n / 50), null, Set.of(),
                Map.of("term" + (n % 7), 1), Map.of(), Set.of(), Set.of(), null, signature, 5000);
    }

    /** A signature that shares about {@code keep} of its values with {@code of}, the rest new. */
    private static MinHashSignature variant(MinHashSignature of, double keep, Random random) {
        int[] v = of.values();
        for (int i = 0; i < v.length; i++) {
            if (random.nextDouble() >= keep) {
                v[i] = random.nextInt();
            }
        }
        return new MinHashSignature(v);
    }

    /**
     * The copies found on disk and among the pending articles are exactly what one in-memory LSH over every article
     * finds, in the same order, before and after the reader is reopened (every {@value ArticleIndex#REOPEN_EVERY}
     * articles), and articles left out of copy matching are never found.
     */
    @Test
    void copiesMatchOneInMemoryIndexAcrossReopens() {
        Random random = new Random(7);
        NearDuplicateIndex reference = NearDuplicateIndex.standard(ClusterSettings.DEFAULT.duplicateJaccard());
        List<MinHashSignature> seen = new ArrayList<>();
        int withCopies = 0;
        try (ArticleIndex index = new ArticleIndex(ClusterSettings.DEFAULT)) {
            for (int n = 0; n < 3 * ArticleIndex.REOPEN_EVERY; n++) {
                MinHashSignature s;
                if (!seen.isEmpty() && random.nextInt(3) == 0) {
                    // A copy of an article from any time before: often across a reopen.
                    s = variant(seen.get(random.nextInt(seen.size())), 0.55 + 0.45 * random.nextDouble(), random);
                } else {
                    int[] v = new int[128];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = random.nextInt();
                    }
                    s = new MinHashSignature(v);
                }
                List<NearDuplicateIndex.Match> expected = reference.query(s);
                assertThat(index.copies(s)).as("article %d", n).isEqualTo(expected);
                withCopies += expected.isEmpty() ? 0 : 1;
                boolean copyable = n % 10 != 0;
                index.add(article(n, s), copyable);
                if (copyable) {
                    reference.add("a" + n, s);
                }
                seen.add(s);
            }
        }
        assertThat(withCopies).as("articles that had copies to find").isGreaterThan(300);
    }

    /**
     * A dated search reaches the articles of its window and the undated articles of the last
     * {@code undatedActiveArticles} arrivals (where an active undated story has its last member), not every undated
     * article ever seen: across reopens, and whatever segment an article sits in.
     */
    @Test
    void aDatedSearchReachesOnlyRecentUndatedArticles() {
        ClusterSettings d = ClusterSettings.DEFAULT;
        int reach = 700;
        ClusterSettings settings = new ClusterSettings(d.windowDays(), d.candidates(), d.joinThreshold(),
                d.mergeThreshold(), d.rewriteThreshold(), d.duplicateJaccard(), reach, d.minCopyChars(),
                d.rewriteQuoteWords(), d.recentMembers(), d.retiredTerms(), d.titleWeight(), d.bodyChars(),
                d.queryTerms(), d.queryEntities(), d.quotePairs(), d.scorer());
        LocalDate day = LocalDate.of(2025, 6, 1);
        int total = 3 * ArticleIndex.REOPEN_EVERY + 100;
        try (ArticleIndex index = new ArticleIndex(settings)) {
            for (int n = 0; n < total; n++) {
                // Every tenth article undated; the dated ones are a year away from the searched day.
                LocalDate published = n % 10 == 0 ? null : day.minusYears(1);
                index.add(new LinkFeatures("a" + n, published, null, Set.of(), Map.of("flood", 1), Map.of(), Set.of(),
                        Set.of(), null, null, 10), false);
            }
            LinkFeatures query = new LinkFeatures("q", day, null, Set.of(), Map.of("flood", 1), Map.of(), Set.of(),
                    Set.of(), null, null, 10);
            List<String> found = index.search(query, List.of("flood"), day, d.windowDays(), 2000);
            // Searchable: the articles up to the last reopen; of those, the undated ones of the last `reach` arrivals.
            int searchable = 3 * ArticleIndex.REOPEN_EVERY;
            List<String> expected = new ArrayList<>();
            for (int n = 0; n < searchable; n++) {
                if (n % 10 == 0 && n >= total - reach) {
                    expected.add("a" + n);
                }
            }
            assertThat(found).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
            assertThat(index.search(query, List.of("flood"), null, d.windowDays(), 2000))
                    .as("an undated search reaches every article").hasSize(searchable);
        }
    }
}
