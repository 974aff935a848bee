package org.collate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code collate serve}'s refusals: each one line, before or instead of serving. */
class ServeCommandTest {

    @Test
    void aTakenPortIsSaidInOneLine(@TempDir Path dir) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--data", dir.resolve("data").toString(), "--port",
                    Integer.toString(taken.getLocalPort()), "--no-embeddings");
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err().strip()).startsWith("collate: cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\n\tat ");
        }
    }

    @Test
    void impossibleLimitsAreUsageErrors(@TempDir Path dir) {
        for (String[] bad : new String[][]{{"--port", "70000"}, {"--max-body", "0"}, {"--readers", "0"},
                {"--threads", "0"}}) {
            CliRun run = CliRun.of("serve", "--data", dir.resolve("data").toString(), bad[0], bad[1]);
            assertThat(run.exitCode()).as(String.join(" ", bad)).isEqualTo(2);
            assertThat(run.err()).contains("--port must be 0-65535");
        }
    }
}
