package org.collate.eval.command;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code collate train speakers} and {@code train dates} without the evaluation data: a clear message, no model. */
class TrainCommandTest {

    @Test
    void speakersSkipsWithAClearMessageWhenTheDataIsAbsent(@TempDir Path dir) {
        Path out = dir.resolve("speakers.tsv");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TrainCommand());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("speakers", "--train", dir.resolve("no-such-split").toString(), "--out", out.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no-such-split not found");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void theDefaultModelPathIsTheShippedResource() {
        assertThat(TrainCommand.SPEAKER_MODEL.toString().replace('\\', '/'))
                .isEqualTo("collate-core/src/main/resources/org/collate/analyze/quote/speakers.tsv");
    }

    @Test
    void datesSkipsWithAClearMessageWhenTheDataIsAbsent(@TempDir Path dir) {
        Path out = dir.resolve("date-chooser.tsv");
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TrainCommand());
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("dates", "--dir", dir.resolve("no-such-set").toString(), "--out", out.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("no-such-set").contains("not found");
        assertThat(Files.exists(out)).isFalse();
        assertThat(TrainCommand.DATE_MODEL.toString().replace('\\', '/'))
                .isEqualTo("collate-core/src/main/resources/org/collate/extract/date/date-chooser.tsv");
    }
}
