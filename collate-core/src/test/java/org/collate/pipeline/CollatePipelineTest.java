package org.collate.pipeline;

import org.collate.output.ReportJson;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole job: the same input gives the same report whatever the number of worker threads. */
class CollatePipelineTest {

    @Test
    void oneTwoAndFourThreadsGiveTheSameReport() {
        String samples = TestData.sample("").toString();
        List<String> reports = new ArrayList<>();
        for (int threads : new int[]{1, 2, 4}) {
            List<String> problems = new ArrayList<>();
            CollatePipeline.Result result = new CollatePipeline(PipelineSettings.defaults().withThreads(threads))
                    .run(List.of(samples), (origin, message, skipped) -> problems.add(origin + ": " + message));
            assertThat(result.reports()).as("stories with %d threads", threads).hasSize(3);
            assertThat(result.counts().articles()).isEqualTo(8);
            reports.add(ReportJson.of(result.reports()).toString());
        }
        assertThat(reports.get(1)).isEqualTo(reports.get(0));
        assertThat(reports.get(2)).isEqualTo(reports.get(0));
    }

    @Test
    void anUnreadableInputIsCountedAndTheRestIsStillReported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Files.write(dir.resolve("binary.bin"), new byte[]{0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        java.nio.file.Files.writeString(dir.resolve("empty.txt"), "");
        java.nio.file.Files.copy(TestData.sample(TestData.WIRE_SEED), dir.resolve("wire.txt"));
        List<String> problems = new ArrayList<>();
        CollatePipeline.Result result = new CollatePipeline(PipelineSettings.defaults().withEmbeddings(false))
                .run(List.of(dir.toString()), (origin, message, skipped) -> problems.add(origin + ": " + message));
        assertThat(result.counts().articles()).isEqualTo(1);
        assertThat(result.counts().skipped()).isEqualTo(2);
        assertThat(problems).hasSize(2).anyMatch(p -> p.contains("binary.bin")).anyMatch(p -> p.contains("empty.txt"));
        assertThat(result.reports()).hasSize(1);
    }
}
