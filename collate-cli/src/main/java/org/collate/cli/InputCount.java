package org.collate.cli;

import org.collate.source.InputReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How many documents the inputs hold, for a progress bar's ETA: a file is one document, a JSON Lines file one per
 * line, and what a directory walk passes over (hidden files, README and the like) none. Unknown (-1) when any input is standard input, gzip'd or a WARC file, whose records cannot be counted
 * without reading them whole.
 */
final class InputCount {

    private InputCount() {
    }

    static long estimate(List<String> paths) {
        long total = 0;
        for (String p : paths) {
            if (p.equals("-")) {
                return -1;
            }
            Path path = Path.of(p);
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)
                            .filter(f -> !InputReader.passedOver(path, f))::iterator) {
                        long n = count(f);
                        if (n < 0) {
                            return -1;
                        }
                        total += n;
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    return -1;
                }
            } else if (Files.isRegularFile(path)) {
                long n = count(path);
                if (n < 0) {
                    return -1;
                }
                total += n;
            }
        }
        return total;
    }

    private static long count(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz") || name.endsWith(".warc")) {
            return -1;
        }
        if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
            return 1;
        }
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            boolean open = false;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines += open ? 1 : 0;
                        open = false;
                    } else if (buffer[i] > ' ') {
                        open = true;
                    }
                }
            }
            return lines + (open ? 1 : 0);
        } catch (IOException e) {
            return -1;
        }
    }
}
