package org.collate.extract.date;

import org.collate.learn.ChoiceWeights;
import org.collate.model.PublicationDate;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The learned date chooser's arithmetic, its threshold and its file, on made-up weights. */
class DateRankerTest {

    private static DateOption option(int day, String... features) {
        return new DateOption(PublicationDate.ofDay(LocalDate.of(2020, 3, day), "meta"), List.of(features));
    }

    @Test
    void theMostProbableDayWinsWithItsSoftmaxProbability() {
        DateRanker model = DateRanker.of(Map.of("kind=metaPublished", 2.0, "url=other", -1.0), 0);
        List<DateOption> options = List.of(option(1, "kind=textByline"), option(2, "kind=metaPublished"),
                option(3, "kind=metaPublished", "url=other"));
        ChoiceWeights.Choice c = model.best(options);
        assertThat(c.index()).isEqualTo(1);
        double z = Math.exp(0) + Math.exp(2) + Math.exp(1);
        assertThat(c.probability()).isCloseTo(Math.exp(2) / z, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(model.best(List.of()).index()).isEqualTo(-1);
    }

    @Test
    void belowTheThresholdThePageIsLeftUndated() {
        List<DateOption> even = List.of(option(1, "a"), option(2, "b"));
        assertThat(DateRanker.of(Map.of(), 0.6).choose(even)).isEqualTo(-1);
        assertThat(DateRanker.of(Map.of(), 0.5).choose(even)).isZero(); // the first of equals
        assertThat(DateRanker.of(Map.of("b", 1.0), 0.6).choose(even)).isEqualTo(1);
    }

    @Test
    void aWrittenModelReadsBackTheSameAndIsSorted() throws Exception {
        DateRanker model = DateRanker.of(Map.of("top=url", -0.5, "bias", 0.25, "first", 1.0), 0.125);
        StringWriter w = new StringWriter();
        model.write(w);
        assertThat(w.toString()).endsWith("#threshold\t0.125\nbias\t0.25000\nfirst\t1.00000\ntop=url\t-0.50000\n");
        DateRanker back = DateRanker.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)));
        StringWriter again = new StringWriter();
        back.write(again);
        assertThat(again.toString()).isEqualTo(w.toString());
        assertThat(back.threshold()).isEqualTo(0.125);
        assertThat(back.size()).isEqualTo(3);
    }

    @Test
    void theShippedModelIsLoadedAndWeighsKindsOfEvidenceNotSites() {
        DateRanker shipped = DateRanker.shipped();
        assertThat(shipped.size()).isPositive();
        StringWriter w = new StringWriter();
        try {
            shipped.write(w);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        for (String line : w.toString().split("\n")) {
            assertThat(line).matches("# .*|#?[a-zA-Z=&0-9-]+\t-?[0-9.E-]+");
        }
    }
}
