package org.collate.cli;

import org.collate.extract.DocumentExtractor;
import org.collate.pipeline.ArticleReader;
import org.collate.pipeline.OrderedParallelMapper;
import org.collate.source.InputLimits;
import org.collate.source.InputReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;

/** The inputs every reading command takes, and how problems with them are reported. */
final class InputOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Files or directories to read (HTML, plain text, JSON Lines, WARC, any of them gzip'd); "
                    + "'-' reads standard input.")
    List<String> paths;

    @Option(names = "--max-document-size", paramLabel = "MB", defaultValue = "16",
            description = "Largest single document to read, in MB (default: ${DEFAULT-VALUE}). JSON Lines and WARC "
                    + "files of any size are streamed record by record.")
    int maxDocumentMegabytes;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    int threadCount() {
        return threads != null && threads > 0 ? threads : OrderedParallelMapper.defaultThreads();
    }

    InputLimits limits() {
        return new InputLimits(Math.max(1, maxDocumentMegabytes) * 1_048_576L);
    }

    ArticleReader articleReader() {
        return new ArticleReader(new InputReader(limits()), new DocumentExtractor(), threadCount());
    }

    /** Prints one line per problem: {@code collate: skipped PATH: reason} or {@code collate: warning: PATH: …}. */
    static ArticleReader.ProblemListener reporter(PrintWriter err) {
        return (origin, message, skipped) -> err.println(skipped
                ? "collate: skipped " + origin + ": " + message
                : "collate: warning: " + origin + ": " + message);
    }

    /** The exit code for a run that read these counts. */
    static int exitCode(ArticleReader.Counts counts) {
        return counts.clean() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
