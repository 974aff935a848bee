package org.collate.cli;

import org.collate.extract.DocumentExtractor;
import org.collate.pipeline.ArticleReader;
import org.collate.pipeline.OrderedParallelMapper;
import org.collate.source.InputLimits;
import org.collate.source.InputReader;
import picocli.CommandLine.Option;

/** How inputs are read: the size limit of one document and the worker threads. */
class ReadOptions {

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
}
