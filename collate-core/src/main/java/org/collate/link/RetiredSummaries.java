package org.collate.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scoring state of retired stories, out of the heap: each {@link StoryState#summary} appended to a temporary
 * file (removed on close), read back when the rewrite path scores the story or a late article revives it. A story
 * retires once no article within the window can reach it, so the summaries grow with every story the corpus has
 * ever had (about 4 KB each, mostly the mean embedding and the entity and quote keys); on the heap they were what a
 * long ingest's memory grew with. A few hundred recently read ones stay in a cache: a re-published story is read
 * once per late article. Not thread-safe.
 */
final class RetiredSummaries implements AutoCloseable {

    /** Summaries read back and kept: late copies of one story tend to arrive together. */
    private static final int CACHED = 256;

    private final Path file;
    private final FileChannel channel;
    private long end;
    private final Map<String, StoryState> cache = new LinkedHashMap<>(CACHED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
            return size() > CACHED;
        }
    };

    RetiredSummaries() {
        try {
            file = Files.createTempFile("collate-retired-", ".bin");
            channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file for retired stories: " + e.getMessage(), e);
        }
    }

    /** Writes a just-retired story's summary and lets the story drop its scoring state. */
    void spill(StoryState story) {
        byte[] summary = story.summary();
        ByteBuffer record = ByteBuffer.allocate(4 + summary.length);
        record.putInt(summary.length).put(summary).flip();
        long at = end;
        try {
            while (record.hasRemaining()) {
                end += channel.write(record, end);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a retired story to " + file + ": " + e.getMessage(), e);
        }
        story.spill(at);
        cache.remove(story.id);
    }

    /**
     * The spilled story {@code stub} with its scoring state read back: a copy to score, not to change (it is
     * cached as read). To add to the story, {@link #revive} it. Its entity mass is left to be weighed with the
     * statistics of now, whether or not the copy was cached: what a story scores must not depend on when it was
     * last read, or a run restored from its placements (which reads nothing) would score it otherwise.
     */
    StoryState read(StoryState stub) {
        StoryState whole = cache.get(stub.id);
        if (whole == null) {
            whole = load(stub);
            cache.put(stub.id, whole);
        }
        whole.entityMass = -1;
        return whole;
    }

    /** The spilled story {@code stub} whole again, to take new members: no longer cached as read. */
    StoryState revive(StoryState stub) {
        StoryState cached = cache.remove(stub.id);
        return cached != null ? cached : load(stub);
    }

    /** The spilled story read from the file, whole. */
    private StoryState load(StoryState stub) {
        return StoryState.restored(stub, bytesAt(stub.id, stub.spilledAt));
    }

    private byte[] bytesAt(String story, long at) {
        try {
            ByteBuffer length = ByteBuffer.allocate(4);
            readFully(length, at);
            ByteBuffer summary = ByteBuffer.allocate(length.flip().getInt());
            readFully(summary, at + 4);
            return summary.array();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read retired story " + story + " from " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private void readFully(ByteBuffer into, long at) throws IOException {
        while (into.hasRemaining()) {
            int n = channel.read(into, at + into.position());
            if (n < 0) {
                throw new IOException("the file ends before the summary does");
            }
        }
    }

    /** Bytes written so far: what the summaries take on disk. */
    long bytes() {
        return end;
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
