package org.collate.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A choice model's weights: its scores, its softmax, and its file with comments and parameters. */
class ChoiceWeightsTest {

    @Test
    void theBestCandidateIsTheFirstOfTheHighestSumsWithItsSoftmaxShare() {
        ChoiceWeights w = ChoiceWeights.of(Map.of("a", 1.0, "b", -1.0));
        assertThat(w.score(List.of("a", "b", "unknown"))).isZero();
        ChoiceWeights.Choice c = w.choose(List.of(List.of("b"), List.of("a"), List.of("a")));
        assertThat(c.index()).isEqualTo(1);
        assertThat(c.probability()).isCloseTo(1 / (2 + Math.exp(-2)), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(w.choose(List.of()).index()).isEqualTo(-1);
    }

    @Test
    void itsFileKeepsCommentsApartFromParametersAndReadsBackTheSame() throws Exception {
        ChoiceWeights w = ChoiceWeights.of(Map.of("z", 0.5, "a", -0.25)).with(Map.of("threshold", 0.75));
        StringWriter out = new StringWriter();
        w.write(out, List.of("What it chooses.", "How it was trained."));
        assertThat(out.toString()).isEqualTo("# What it chooses.\n# How it was trained.\n#threshold\t0.75\n"
                + "a\t-0.25000\nz\t0.50000\n");
        ChoiceWeights back = ChoiceWeights.read(new ByteArrayInputStream(out.toString()
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(back.parameter("threshold", 0)).isEqualTo(0.75);
        assertThat(back.parameter("absent", 0.5)).isEqualTo(0.5);
        assertThat(back.size()).isEqualTo(2);
        StringWriter again = new StringWriter();
        back.write(again, List.of("What it chooses.", "How it was trained."));
        assertThat(again.toString()).isEqualTo(out.toString());
    }

    @Test
    void aLineThatIsNeitherCommentNorNameAndValueIsAnError() {
        assertThatThrownBy(() -> ChoiceWeights.read(new ByteArrayInputStream("# fine\nfeature 0.5\n"
                .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ChoiceWeights.read(new ByteArrayInputStream("feature\tmuch\n"
                .getBytes(StandardCharsets.UTF_8)))).hasMessageContaining("line 1");
    }

    @Test
    void aMissingShippedModelSaysWhichOne() {
        assertThatThrownBy(() -> ChoiceWeights.resource(ChoiceWeightsTest.class, "/no/such/model.tsv", "test model"))
                .hasMessageContaining("test model /no/such/model.tsv is missing");
    }
}
