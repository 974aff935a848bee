package org.collate.cli;

import org.collate.store.StoryStore;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the story store is: {@code --data DIR}, by default {@code ./collate-data}. */
final class StoreOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "collate-data",
            description = "The story store's directory (default: ./${DEFAULT-VALUE}).")
    Path data;

    StoryStore openForReading() {
        return StoryStore.openForReading(data);
    }

    StoryStore openForWriting() {
        return StoryStore.openForWriting(data);
    }
}
