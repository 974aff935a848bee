package org.collate.link;

import org.collate.analyze.signature.MinHasher;
import org.collate.model.MinHashSignature;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MinHash LSH: copies and light edits are found above the threshold; unrelated or half-shared texts are not. */
class NearDuplicateIndexTest {

    private static final MinHasher HASHER = new MinHasher();

    private static final String ORIGINAL = "The harbour authority of the small coastal town announced on Tuesday that "
            + "the old lighthouse will be closed to visitors for the whole summer while engineers repair the cracked "
            + "stone stairway and replace the rusted iron railings at the top. Local guides said the closure would "
            + "hurt the tourist season, which depends on the walk along the cliffs and the view from the lantern "
            + "room. The authority promised that the repairs would be finished before the autumn storms arrive and "
            + "that the museum in the keeper's cottage would stay open on weekends during the works.";

    /** One word changed and one sentence end reworded: a handful of the ~90 shingles differ. */
    private static final String EDITED = ORIGINAL.replace("on Tuesday", "on Wednesday")
            .replace("stay open on weekends during the works.", "stay open on weekends throughout the works.");

    private static final String UNRELATED = "Researchers at a university laboratory have trained a small robot to "
            + "sort recycled plastic bottles by colour using a cheap camera and a simple learning program. The team "
            + "said the machine sorted four hundred bottles an hour in tests, about as fast as a human worker, and "
            + "that it could be built for less than the price of a used car.";

    /** The first half of {@link #ORIGINAL}, then a different second half: Jaccard about one third. */
    private static final String HALF = ORIGINAL.substring(0, ORIGINAL.indexOf(" Local guides")) + " Fishermen in "
            + "the harbour complained that the scaffolding boats would block the narrow channel at low tide, and the "
            + "council agreed to meet them next month to discuss a timetable for the crane barge and its anchors.";

    private static MinHashSignature sig(String text) {
        return HASHER.signature(text);
    }

    @Test
    void exactAndLightlyEditedCopiesAreFoundUnrelatedTextIsNot() {
        NearDuplicateIndex index = NearDuplicateIndex.standard(0.5);
        index.add("original", sig(ORIGINAL));
        index.add("unrelated", sig(UNRELATED));
        assertThat(index.size()).isEqualTo(2);

        List<NearDuplicateIndex.Match> exact = index.query(sig(ORIGINAL));
        assertThat(exact).extracting(NearDuplicateIndex.Match::articleId).containsExactly("original");
        assertThat(exact.get(0).jaccard()).isEqualTo(1.0);

        List<NearDuplicateIndex.Match> edited = index.query(sig(EDITED));
        assertThat(edited).extracting(NearDuplicateIndex.Match::articleId).containsExactly("original");
        assertThat(edited.get(0).jaccard()).isGreaterThan(0.7).isLessThan(1.0);
        assertThat(edited.get(0).jaccard()).isEqualTo(sig(EDITED).similarity(sig(ORIGINAL)));

        assertThat(index.query(sig("A completely different note about the weather in the mountains, where snow fell "
                + "overnight and closed two passes to lorries until the ploughs had cleared them."))).isEmpty();
    }

    @Test
    void matchesComeBestFirst() {
        NearDuplicateIndex index = NearDuplicateIndex.standard(0.5);
        index.add("edited", sig(EDITED));
        index.add("original", sig(ORIGINAL));
        List<NearDuplicateIndex.Match> found = index.query(sig(ORIGINAL));
        assertThat(found).extracting(NearDuplicateIndex.Match::articleId).containsExactly("original", "edited");
        assertThat(found.get(0).jaccard()).isGreaterThan(found.get(1).jaccard());
    }

    @Test
    void thresholdIsRespected() {
        double j = sig(HALF).similarity(sig(ORIGINAL));
        assertThat(j).as("estimated Jaccard of the half-shared text").isBetween(0.15, 0.45);

        // One row per band: any equal signature value makes a candidate, so only the threshold decides.
        NearDuplicateIndex strict = new NearDuplicateIndex(128, 1, 0.5);
        strict.add("original", sig(ORIGINAL));
        assertThat(strict.query(sig(HALF))).isEmpty();

        NearDuplicateIndex lax = new NearDuplicateIndex(128, 1, 0.1);
        lax.add("original", sig(ORIGINAL));
        assertThat(lax.query(sig(HALF))).containsExactly(new NearDuplicateIndex.Match("original", j));

        NearDuplicateIndex exactOnly = new NearDuplicateIndex(128, 1, 1.0);
        exactOnly.add("original", sig(ORIGINAL));
        assertThat(exactOnly.query(sig(EDITED))).isEmpty();
        assertThat(exactOnly.query(sig(ORIGINAL))).hasSize(1);
    }

    @Test
    void emptyIndexFindsNothingAndShortSignaturesAreRefused() {
        NearDuplicateIndex index = NearDuplicateIndex.standard(0.5);
        assertThat(index.size()).isZero();
        assertThat(index.query(sig(ORIGINAL))).isEmpty();
        assertThatThrownBy(() -> index.add("short", new MinHasher(64).signature(ORIGINAL)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(index.size()).isZero();
    }
}
