package org.collate.pipeline;

import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A document over its time budget is set aside, named, and the run goes on; a story over its size is cut. */
class CollatePipelineLimitsTest {

    @TempDir
    Path dir;

    private record Problem(String origin, String message, boolean skipped) {
    }

    /** Three copies of the wire seed, each with a last line of its own (so each is its own article). */
    private Path seedsWithACopy() throws IOException {
        String wire = Files.readString(TestData.sample(TestData.WIRE_SEED)).strip();
        for (String name : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve(name + ".txt"), wire + "\n\nCopy " + name + " of the wire report.\n");
        }
        return dir;
    }

    private static CollatePipeline.Result run(PipelineSettings settings, Path input, List<Problem> problems) {
        return new CollatePipeline(settings.withThreads(2).withEmbeddings(false))
                .run(List.of(input.toString()), (o, m, s) -> problems.add(new Problem(o, m, s)));
    }

    @Test
    void anArticleOverItsAnalysisBudgetIsSetAsideAndNamed() throws IOException {
        List<Problem> problems = new ArrayList<>();
        RunLimits tiny = new RunLimits(Duration.ofSeconds(30), Duration.ofNanos(1), 500);
        CollatePipeline.Result result = run(PipelineSettings.defaults().withRunLimits(tiny), seedsWithACopy(), problems);
        assertThat(result.reports()).isEmpty();
        assertThat(result.counts().skipped()).isEqualTo(3);
        assertThat(problems).hasSize(3).allSatisfy(p -> {
            assertThat(p.skipped()).isTrue();
            assertThat(p.message()).isEqualTo("set aside: analysis went over its time budget of 0 ms");
        });
        assertThat(problems).extracting(Problem::origin)
                .containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b.txt").toString(),
                        dir.resolve("c.txt").toString());
    }

    @Test
    void aDocumentOverItsExtractionBudgetIsSetAsideAndNamed() throws IOException {
        List<Problem> problems = new ArrayList<>();
        RunLimits tiny = new RunLimits(Duration.ofNanos(1), Duration.ofSeconds(60), 500);
        CollatePipeline.Result result = run(PipelineSettings.defaults().withRunLimits(tiny), seedsWithACopy(), problems);
        assertThat(result.counts().articles()).isZero();
        assertThat(problems).hasSize(3).allSatisfy(p -> assertThat(p.message())
                .isEqualTo("set aside: extraction went over its time budget of 0 ms"));
    }

    @Test
    void aStoryOverItsSizeIsReconciledOnItsFirstArticles() throws IOException {
        List<Problem> problems = new ArrayList<>();
        RunLimits two = new RunLimits(Duration.ofSeconds(30), Duration.ofSeconds(60), 2);
        CollatePipeline.Result result = run(PipelineSettings.defaults().withRunLimits(two), seedsWithACopy(), problems);
        // All three copies were linked into one story; the report covers two of them.
        assertThat(result.assignments()).extracting(a -> a.storyId()).containsOnly(result.reports().get(0).story().id())
                .hasSize(3);
        assertThat(result.reports()).singleElement().satisfies(r -> assertThat(r.story().articleIds()).hasSize(2));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.skipped()).isFalse();
            assertThat(p.message()).isEqualTo("3 articles, reconciled on the first 2 (limit maxArticlesPerStory)");
        });
        assertThat(result.counts().repaired()).isEqualTo(1);
    }
}
