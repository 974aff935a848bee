package org.collate.analyze.signature;

import org.collate.model.MinHashSignature;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher(256);

    private static String randomText(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append("w").append(random.nextInt(5000)).append(' ');
        }
        return sb.toString();
    }

    @Test
    void estimatesJaccardOfShingleSets() {
        Random random = new Random(42);
        for (int trial = 0; trial < 20; trial++) {
            String a = randomText(random, 400);
            String[] words = a.split(" ");
            int changed = random.nextInt(100);
            for (int i = 0; i < changed; i++) {
                words[random.nextInt(words.length)] = "x" + random.nextInt(1000);
            }
            String b = String.join(" ", words);
            double exact = exactJaccard(a, b);
            double estimate = hasher.signature(a).similarity(hasher.signature(b));
            assertThat(estimate).as("trial %d (exact %.3f)", trial, exact).isBetween(exact - 0.12, exact + 0.12);
        }
    }

    @Test
    void ignoresCaseAndPunctuation() {
        MinHashSignature a = hasher.signature("“We are in no rush,” Mr. Putin said on Friday.");
        MinHashSignature b = hasher.signature("\"we are in no rush\" mr putin said on friday");
        assertThat(a.similarity(b)).isEqualTo(1.0);
    }

    private static double exactJaccard(String a, String b) {
        java.util.Set<String> sa = shingles(a);
        java.util.Set<String> sb = shingles(b);
        java.util.Set<String> union = new java.util.HashSet<>(sa);
        union.addAll(sb);
        sa.retainAll(sb);
        return sa.size() / (double) union.size();
    }

    private static java.util.Set<String> shingles(String text) {
        var words = MinHasher.words(text);
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + MinHasher.SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + MinHasher.SHINGLE)));
        }
        return out;
    }
}
