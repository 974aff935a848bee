package org.collate.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipException;

/**
 * Reads files, directory trees and stdin into {@link SourceItem}s. It walks the paths and opens each regular file;
 * what a file holds is decided by its content, by the first {@link InputFormat} that accepts its head: gzip
 * ({@link GzipInput}, unwrapped and read again by content), WARC ({@link WarcInput}), JSON Lines
 * ({@link JsonLinesInput}) or a single document ({@link SingleDocumentInput}).
 *
 * <p>Everything is streamed: a WARC or JSON Lines file of any size costs at most one record's bytes, and a single
 * document larger than {@link InputLimits#maxDocumentBytes()} is refused without being read. Every input the user
 * named is accounted for: what cannot be read, and what is not a regular file (a named pipe, socket or device, which
 * is never opened since opening a pipe blocks until a writer comes), becomes a {@link SourceItem.Failure} naming it
 * and the reason; nothing is thrown to the caller.
 */
public final class InputReader {

    /** The name that reads standard input. */
    public static final String STDIN = "-";

    private final List<InputFormat> formats;

    public InputReader(InputLimits limits) {
        this.formats = List.of(new GzipInput(this), new WarcInput(limits), new JsonLinesInput(limits),
                new SingleDocumentInput(limits));
    }

    public InputReader() {
        this(InputLimits.DEFAULT);
    }

    /** Reads every input in order ({@code -} is stdin), handing each document or failure to {@code sink}. */
    public void read(List<String> inputs, Consumer<SourceItem> sink) {
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStream(STDIN, System.in, sink);
            } else {
                readPath(Path.of(input), sink);
            }
        }
    }

    /**
     * Reads a file, or every file below a directory in path order but hidden files and documentation. Symbolic
     * links are followed, and a link back to a directory being read is named once and not followed again.
     */
    public void readPath(Path path, Consumer<SourceItem> sink) {
        if (!Files.isDirectory(path)) {
            readFile(path, sink);
            return;
        }
        List<SourceItem.Failure> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return isHidden(path, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(path, file) || isDocumentation(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isRegularFile()) {
                                files.add(file);
                            } else {
                                failures.add(new SourceItem.Failure(file.toString(), notRegular(file, attrs)));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(path, file)) {
                                failures.add(new SourceItem.Failure(file.toString(), e instanceof FileSystemLoopException
                                        ? "symbolic link loop: leads back to a directory already being read, "
                                        + "not followed again"
                                        : describe(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            sink.accept(new SourceItem.Failure(path.toString(), "cannot list directory: " + describe(e)));
            return;
        }
        if (files.isEmpty() && failures.isEmpty()) {
            sink.accept(new SourceItem.Failure(path.toString(), "directory holds no files"));
            return;
        }
        record Entry(Path path, SourceItem.Failure failure) {
        }
        List<Entry> entries = new ArrayList<>();
        files.forEach(f -> entries.add(new Entry(f, null)));
        failures.forEach(f -> entries.add(new Entry(Path.of(f.origin()), f)));
        entries.sort(Comparator.comparing(Entry::path));
        for (Entry e : entries) {
            if (e.failure() != null) {
                sink.accept(e.failure());
            } else {
                readFile(e.path(), sink);
            }
        }
    }

    /**
     * Documentation that travels with corpora (README, LICENSE, NOTICE, ATTRIBUTION, CHANGELOG) is not an article; it
     * is skipped when walking a directory, and read when named explicitly.
     */
    static boolean isDocumentation(Path file) {
        String name = file.getFileName().toString().toUpperCase(Locale.ROOT);
        return name.startsWith("README") || name.startsWith("LICENSE") || name.startsWith("NOTICE")
                || name.startsWith("ATTRIBUTION") || name.startsWith("CHANGELOG") || name.startsWith("COPYING");
    }

    /** Whether walking the directory {@code root} passes over {@code file}: hidden, or documentation. */
    public static boolean passedOver(Path root, Path file) {
        return isHidden(root, file) || isDocumentation(file);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void readFile(Path file, Consumer<SourceItem> sink) {
        String origin = file.toString();
        if (!Files.exists(file)) {
            sink.accept(new SourceItem.Failure(origin, Files.isSymbolicLink(file)
                    ? "symbolic link to nothing (its target is missing, or it leads round in a loop)"
                    : "no such file or directory"));
            return;
        }
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            sink.accept(new SourceItem.Failure(origin, describe(e)));
            return;
        }
        if (!attrs.isRegularFile()) {
            sink.accept(new SourceItem.Failure(origin, notRegular(file, attrs)));
            return;
        }
        try (InputStream raw = Files.newInputStream(file)) {
            read(new OpenedInput(origin, new BufferedInputStream(raw, OpenedInput.SNIFF_BYTES), attrs.size(), file),
                    sink);
        } catch (IOException e) {
            sink.accept(new SourceItem.Failure(origin, describe(e)));
        }
    }

    /** Why a file that is not a regular file is not read, naming what it is where the system says. */
    private static String notRegular(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "symbolic link to nothing (its target is missing, or it leads round in a loop)";
        }
        return SpecialFiles.kind(file) + ", not a regular file: not opened";
    }

    /** Reads one stream of unknown length (stdin, a network body). */
    public void readStream(String origin, InputStream in, Consumer<SourceItem> sink) {
        try {
            read(new OpenedInput(origin, new BufferedInputStream(in, OpenedInput.SNIFF_BYTES), -1, null), sink);
        } catch (IOException e) {
            sink.accept(new SourceItem.Failure(origin, describe(e)));
        }
    }

    private void read(OpenedInput input, Consumer<SourceItem> sink) throws IOException {
        dispatch(input, true, sink);
    }

    /** Hands the input to the first format that accepts its head; {@code mayBeGzip} is false once unwrapped. */
    void dispatch(OpenedInput input, boolean mayBeGzip, Consumer<SourceItem> sink) throws IOException {
        byte[] head;
        try {
            head = input.peek(OpenedInput.SNIFF_BYTES);
        } catch (ZipException | EOFException e) {
            sink.accept(new SourceItem.Failure(input.origin(), GzipInput.corrupt(e)));
            return;
        }
        for (InputFormat format : formats) {
            if (format instanceof GzipInput && !mayBeGzip) {
                continue;
            }
            if (format.accepts(head)) {
                format.read(input, sink);
                return;
            }
        }
    }

    static String describe(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) {
            e = u.getCause();
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message.strip().replaceAll("\\s+", " ");
    }
}
