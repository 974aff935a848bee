package org.collate.store;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.collate.output.StorySummary;
import org.collate.pipeline.CollatePipeline;
import org.collate.pipeline.PipelineSettings;
import org.collate.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Ingesting into a store: identity by content, versions, continuing stories across ingests, format checks. */
class StoreIngesterTest {

    private static final CollatePipeline PIPELINE =
            new CollatePipeline(PipelineSettings.defaults().withThreads(2));

    private static StoreIngester.Counts ingest(Path store, int batch, String... paths) {
        return ingest(store, batch, Clock.systemUTC(), paths);
    }

    private static StoreIngester.Counts ingest(Path store, int batch, Clock clock, String... paths) {
        try (StoryStore s = StoryStore.openForWriting(store);
             StoreIngester ingester = new StoreIngester(s, PIPELINE, batch, clock)) {
            return ingester.ingest(List.of(paths), (o, m, skipped) -> {
            }, soFar -> {
            });
        }
    }

    private static List<StoredStory> all(Path store) {
        try (StoryStore s = StoryStore.openForReading(store)) {
            return s.stories(null, null, null, 0, 1_000).stream().map(x -> s.story(x.summary().id())).toList();
        }
    }

    /** Each story as the set of its article ids: the partition, whatever the ids of the stories. */
    private static Set<Set<String>> partition(List<StoredStory> stories) {
        return stories.stream().map(s -> s.summary().articles().stream().map(StorySummary.Member::id)
                .collect(Collectors.toSet())).collect(Collectors.toSet());
    }

    @Test
    void theSameInputTwiceAddsNothing(@TempDir Path dir) {
        Path store = dir.resolve("data");
        StoreIngester.Counts first = ingest(store, 100, TestData.sample("").toString());
        assertThat(first).isEqualTo(new StoreIngester.Counts(8, 0, 0, 0, 0));
        List<StoredStory> before = all(store);
        assertThat(before).hasSize(3);

        StoreIngester.Counts again = ingest(store, 100, TestData.sample("").toString());
        assertThat(again).isEqualTo(new StoreIngester.Counts(0, 8, 0, 0, 0));
        assertThat(again.line()).isEqualTo("ingested 0 new, 8 unchanged, 0 new versions, 0 skipped");
        try (StoryStore s = StoryStore.openForReading(store)) {
            assertThat(s.size()).isEqualTo(new StoryStore.Size(8, 8, 3));
        }
        assertThat(all(store)).isEqualTo(before);
    }

    @Test
    void storiesAreThoseOfOneRunOverTheSameArticles(@TempDir Path dir) {
        Path store = dir.resolve("data");
        ingest(store, 100, TestData.sample("").toString());
        CollatePipeline.Result run = PIPELINE.run(List.of(TestData.sample("").toString()), (o, m, s) -> {
        });
        Set<Set<String>> expected = run.reports().stream().map(r -> Set.copyOf(r.story().articleIds()))
                .collect(Collectors.toSet());
        assertThat(partition(all(store))).isEqualTo(expected);
        try (StoryStore s = StoryStore.openForReading(store)) {
            // The report kept for each story is the report one run gives for it.
            for (var r : run.reports()) {
                String id = s.storyOf(r.story().articleIds().get(0));
                assertThat(s.story(id).reportText()).contains(r.displayTitle());
            }
        }
    }

    /**
     * An ingest that reopens the store (replaying the clusterer from what was stored) ends exactly where one that
     * never closed it ends: same story ids, same members, same reports.
     */
    @Test
    void reopeningTheStoreContinuesTheStoriesExactly(@TempDir Path dir) throws IOException {
        Path inputs = dir.resolve("in");
        Files.createDirectories(inputs.resolve("a"));
        Files.createDirectories(inputs.resolve("b"));
        List<Path> files;
        try (var list = Files.list(TestData.sample("ecbplus"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            Files.copy(files.get(i), inputs.resolve(i < 3 ? "a" : "b").resolve(files.get(i).getFileName()));
        }
        Files.copy(TestData.sample(TestData.WIRE_SEED), inputs.resolve("a").resolve("wire.txt"));
        Files.copy(TestData.sample(TestData.SPUN_SEED), inputs.resolve("b").resolve("spun.txt"));

        Path twice = dir.resolve("twice");
        ingest(twice, 100, inputs.resolve("a").toString());
        ingest(twice, 100, inputs.resolve("b").toString());

        Path once = dir.resolve("once");
        try (StoryStore s = StoryStore.openForWriting(once);
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 100, Clock.systemUTC())) {
            ingester.ingest(List.of(inputs.resolve("a").toString()), (o, m, x) -> {
            }, c -> {
            });
            ingester.ingest(List.of(inputs.resolve("b").toString()), (o, m, x) -> {
            }, c -> {
            });
        }
        List<StoredStory> a = new ArrayList<>(all(twice));
        List<StoredStory> b = new ArrayList<>(all(once));
        a.sort(Comparator.comparing(x -> x.summary().id()));
        b.sort(Comparator.comparing(x -> x.summary().id()));
        assertThat(a).isEqualTo(b);
        assertThat(a).hasSize(3);
    }

    @Test
    void reportsLaterLeavesStoriesStaleUntilAnIngestThatReports(@TempDir Path dir) {
        Path store = dir.resolve("data");
        try (StoryStore s = StoryStore.openForWriting(store);
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 100, Clock.systemUTC(), false)) {
            ingester.ingest(List.of(TestData.sample("").toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
        }
        List<StoredStory> pending = all(store);
        assertThat(pending).hasSize(3).allMatch(StoredStory::stale).allMatch(x -> x.reportJson() == null);
        // The list line is there before the report: members, outlets, days.
        assertThat(pending.stream().mapToInt(x -> x.summary().articles().size()).sum()).isEqualTo(8);

        StoreIngester.Counts nothingNew = ingest(store, 100);
        assertThat(nothingNew).isEqualTo(new StoreIngester.Counts(0, 0, 0, 0, 0));
        List<StoredStory> done = all(store);
        assertThat(done).hasSize(3).noneMatch(StoredStory::stale).allMatch(x -> x.reportText().contains("SOURCES"));
        assertThat(partition(done)).isEqualTo(partition(pending));
    }

    @Test
    void aChangedPageIsANewVersionOfTheSameArticle(@TempDir Path dir) throws IOException {
        String wire = TestData.sampleText(TestData.WIRE_SEED);
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, jsonLine("wire-1", "https://example.org/sco", wire));
        String edited = wire.replace("set up in 2001", "set up in 2002");
        assertThat(edited).isNotEqualTo(wire);
        Files.writeString(v2, jsonLine("wire-1", "https://example.org/sco", edited));
        Path store = dir.resolve("data");
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        assertThat(ingest(store, 10, Clock.fixed(t1, ZoneOffset.UTC), v1.toString()).added()).isEqualTo(1);
        StoreIngester.Counts second = ingest(store, 10, Clock.fixed(t2, ZoneOffset.UTC), v2.toString(), v1.toString());
        assertThat(second).isEqualTo(new StoreIngester.Counts(0, 1, 1, 0, 0));
        try (StoryStore s = StoryStore.openForReading(store)) {
            List<ArticleVersion> versions = s.versionsOf("https://example.org/sco");
            assertThat(versions).extracting(ArticleVersion::version).containsExactly(1, 2);
            assertThat(versions).extracting(ArticleVersion::articleId).containsOnly("wire-1");
            assertThat(versions).extracting(ArticleVersion::seen).containsExactly(t1, t2);
            assertThat(versions.get(1).analysis().text()).contains("set up in 2002");
            assertThat(s.size()).isEqualTo(new StoryStore.Size(1, 2, 1));
            StoredStory story = s.story(s.storyOf("wire-1"));
            assertThat(story.summary().articles()).extracting(StorySummary.Member::id).containsExactly("wire-1");
            assertThat(story.reportText()).contains("edited").contains("set up in 2002");
            assertThat(story.reportJson()).contains("\"kind\":\"edited\"");
        }
    }

    @Test
    void listsFiltersAndSearches(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, jsonLine("w", "https://wire.example/sco", TestData.sampleText(TestData.WIRE_SEED),
                "Wire Agency", "2022-09-16"));
        Path store = dir.resolve("data");
        ingest(store, 10, in.toString(), TestData.sample("ecbplus").toString());
        try (StoryStore s = StoryStore.openForReading(store)) {
            assertThat(s.stories(null, null, "wire agency", 0, 10)).hasSize(1)
                    .allMatch(x -> x.summary().articles().get(0).id().equals("w"));
            assertThat(s.stories(LocalDate.of(2022, 9, 1), null, null, 0, 10))
                    .allMatch(x -> !x.summary().lastSeen().isBefore(LocalDate.of(2022, 9, 1)));
            assertThat(s.stories(null, "earthquake", null, 0, 10)).isNotEmpty()
                    .noneMatch(x -> x.summary().articles().get(0).id().equals("w"));
            List<StoryStore.ArticleHit> hits = s.search("Samarkand", null, null, null, 10);
            assertThat(hits).extracting(StoryStore.ArticleHit::articleId).containsExactly("w");
            assertThat(hits.get(0).storyId()).isEqualTo(s.storyOf("w"));
            assertThat(s.search("Samarkand", "blinken", null, null, 10)).hasSize(1);
            assertThat(s.search("Samarkand", "nobody-of-that-name", null, null, 10)).isEmpty();
            assertThat(s.search("Samarkand", null, LocalDate.of(2023, 1, 1), null, 10)).isEmpty();
            assertThat(s.search(" ¿? ", null, null, null, 10)).isEmpty();
        }
    }

    /** The clusterer's temporary index folders in the temporary directory, by name. */
    private static java.util.Set<String> clustererFolders() throws IOException {
        try (var names = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("collate-link-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void aClosedIngesterLeavesNoTemporaryIndexBehind(@TempDir Path dir) throws IOException {
        java.util.Set<String> before = clustererFolders();
        String during;
        try (StoryStore s = StoryStore.openForWriting(dir.resolve("data"));
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 10, Clock.systemUTC())) {
            ingester.ingest(List.of(TestData.sample(TestData.WIRE_SEED).toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            java.util.Set<String> open = clustererFolders();
            open.removeAll(before);
            assertThat(open).as("the ingester's clusterer keeps its index in a folder of its own").hasSize(1);
            during = open.iterator().next();
        }
        assertThat(clustererFolders()).as("removed when the ingester is closed").doesNotContain(during);
    }

    @Test
    void theUnfilteredListIsNewestActivityFirstPagedAndFollowsEachCommit(@TempDir Path dir) {
        Path store = dir.resolve("data");
        try (StoryStore s = StoryStore.openForWriting(store);
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 100, Clock.systemUTC(), false)) {
            ingester.ingest(List.of(TestData.sample("ecbplus").toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            StoryStore.StoryPage whole = s.storyPage(null, null, null, 0, 1_000);
            assertThat(whole.total()).isEqualTo(whole.stories().size()).isGreaterThan(1);
            assertThat(whole.stories()).extracting(StoredStory::activity)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            List<String> paged = new java.util.ArrayList<>();
            for (int page = 0; page < whole.total(); page++) {
                StoryStore.StoryPage p = s.storyPage(null, "", " ", page, 1);
                assertThat(p.total()).isEqualTo(whole.total());
                p.stories().forEach(x -> paged.add(x.summary().id()));
            }
            assertThat(paged).isEqualTo(whole.stories().stream().map(x -> x.summary().id()).toList());
            assertThat(s.storyPage(null, null, null, whole.total(), 5).stories()).isEmpty();

            ingester.ingest(List.of(TestData.sample(TestData.WIRE_SEED).toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            StoryStore.StoryPage after = s.storyPage(null, null, null, 0, 1);
            assertThat(after.total()).as("the next commit's list").isEqualTo(whole.total() + 1);
            assertThat(after.stories().get(0).summary().id()).as("the newest story first")
                    .isNotIn(whole.stories().stream().map(x -> x.summary().id()).toList());
            assertThat(after.stories().get(0).activity()).isGreaterThan(whole.stories().get(0).activity());
        }
    }

    @Test
    void aStoreOfAnotherFormatIsRefusedNamingBothVersions(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("data");
        ingest(store, 10, TestData.sample(TestData.WIRE_SEED).toString());
        try (var directory = FSDirectory.open(store.resolve("index"));
             IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of(StoryStore.FORMAT_KEY, "99", StoryStore.VERSION_KEY, "9.9.9").entrySet());
            w.commit();
        }
        assertThatThrownBy(() -> StoryStore.openForReading(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("collate 9.9.9 (store format 99)")
                .hasMessageContaining("this is collate " + StoryStore.COLLATE_VERSION + " (store format "
                        + StoryStore.FORMAT + ")");
        assertThatThrownBy(() -> StoryStore.openForWriting(store)).isInstanceOf(StoreException.class)
                .hasMessageContaining("store format 99");
    }

    @Test
    void aSecondWriterIsRefusedAndAMissingStoreIsNamed(@TempDir Path dir) {
        Path store = dir.resolve("data");
        try (StoryStore first = StoryStore.openForWriting(store)) {
            assertThatThrownBy(() -> StoryStore.openForWriting(store)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("being written by another collate process");
            assertThat(first.size().articles()).isZero();
        }
        assertThatThrownBy(() -> StoryStore.openForReading(dir.resolve("nothing-here")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store in");
    }

    @Test
    void staleReportsComeUpToDateAFewAtATimeOrOneOnDemand(@TempDir Path dir) {
        Path store = dir.resolve("data");
        try (StoryStore s = StoryStore.openForWriting(store);
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 100, Clock.systemUTC(), false)) {
            ingester.ingest(List.of(TestData.sample("").toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            assertThat(ingester.staleStories()).isEqualTo(3);
            String last = s.stories(null, null, null, 0, 10).get(2).summary().id();
            assertThat(ingester.updateReport(last, (o, m, x) -> {
            })).isTrue();
            assertThat(ingester.updateReport(last, (o, m, x) -> {
            })).as("no longer stale").isFalse();
            assertThat(s.story(last).reportJson()).isNotNull();
            assertThat(ingester.staleStories()).isEqualTo(2);
            ingester.updateReports((o, m, x) -> {
            }, 1);
            assertThat(ingester.staleStories()).isEqualTo(1);
            assertThat(all(store).stream().filter(StoredStory::stale)).hasSize(1);
            ingester.updateReports((o, m, x) -> {
            }, 5);
            assertThat(ingester.staleStories()).isZero();
        }
        assertThat(all(store)).hasSize(3).noneMatch(StoredStory::stale).allMatch(x -> x.reportJson() != null);
    }

    @Test
    void aCachedReportIsDroppedByTheCommitThatChangesItsStoryOnly(@TempDir Path dir) throws IOException {
        String wire = TestData.sampleText(TestData.WIRE_SEED);
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, jsonLine("wire-1", "https://example.org/sco", wire)
                + jsonLine("other", "https://example.org/other", "A bridge opened in Lyon on Monday, the city said. "
                + "It cost 40 million euros, the mayor said."));
        Files.writeString(v2, jsonLine("wire-1", "https://example.org/sco", wire.replace("set up in 2001",
                "set up in 2002")));
        try (StoryStore s = StoryStore.openForWriting(dir.resolve("data"));
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 10, Clock.systemUTC())) {
            ingester.ingest(List.of(v1.toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            String wireStory = s.storyOf("wire-1");
            String otherStory = s.storyOf("other");
            assertThat(wireStory).isNotEqualTo(otherStory);
            StoryStore.Report before = s.report(wireStory);
            StoryStore.Report other = s.report(otherStory);
            assertThat(s.report(wireStory)).as("read again: from the cache").isSameAs(before);
            assertThat(new String(before.json(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(s.story(wireStory).reportJson());
            ingester.ingest(List.of(v2.toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            StoryStore.Report after = s.report(wireStory);
            assertThat(new String(after.json(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("set up in 2002").isEqualTo(s.story(wireStory).reportJson());
            assertThat(s.report(otherStory)).as("a story the commit did not touch stays cached").isSameAs(other);
            assertThat(s.report("no-such-story")).isNull();
        }
    }

    @Test
    void aPostKeepsItsStorysReportApartAndFlagsItStaleInTheCacheToo(@TempDir Path dir) throws IOException {
        String wire = TestData.sampleText(TestData.WIRE_SEED);
        Path v1 = dir.resolve("v1.jsonl");
        Path v2 = dir.resolve("v2.jsonl");
        Files.writeString(v1, jsonLine("wire-1", "https://example.org/sco", wire));
        Files.writeString(v2, jsonLine("wire-1", "https://example.org/sco", wire.replace("set up in 2001",
                "set up in 2002")));
        try (StoryStore s = StoryStore.openForWriting(dir.resolve("data"));
             StoreIngester ingester = new StoreIngester(s, PIPELINE, 10, Clock.systemUTC(), false)) {
            ingester.ingest(List.of(v1.toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            String story = s.storyOf("wire-1");
            assertThat(s.report(story).json()).as("never reported").isNull();
            ingester.updateReports((o, m, x) -> {
            });
            StoryStore.Report fresh = s.report(story);
            assertThat(fresh.stale()).isFalse();
            assertThat(s.report(story)).as("cached").isSameAs(fresh);
            ingester.ingest(List.of(v2.toString()), (o, m, x) -> {
            }, StoreIngester.Progress.NONE);
            StoryStore.Report kept = s.report(story);
            assertThat(kept.stale()).as("its articles changed after the report").isTrue();
            assertThat(kept.json()).as("the report before, kept in its own record").isEqualTo(fresh.json());
            assertThat(s.story(story).reportJson()).contains("set up in 2001").doesNotContain("set up in 2002");
            assertThat(s.story(story).stale()).isTrue();
            ingester.updateReports((o, m, x) -> {
            });
            assertThat(s.report(story).stale()).isFalse();
            assertThat(new String(s.report(story).json(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("set up in 2002");
        }
    }

    /** Writes a format-1 store: one reported story whose report sits inside its record. */
    private static void writeFormatOneStory(Path store) throws IOException {
        writeOldStoryRecord(store, "1", true);
    }

    @Test
    void aFormatOneStoreIsReadAsItIsAndItsReportsMovedApartOnceWhenOpenedToWrite(@TempDir Path dir)
            throws IOException {
        Path store = dir.resolve("data");
        writeFormatOneStory(store);
        try (StoryStore s = StoryStore.openForReading(store)) {
            assertThat(s.story("s-old").reportJson()).isEqualTo("{\"id\":\"s-old\",\"old\":true}");
            assertThat(s.story("s-old").reportText()).startsWith("STORY s-old");
            assertThat(new String(s.report("s-old").json(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("{\"id\":\"s-old\",\"old\":true}");
        }
        try (StoryStore s = StoryStore.openForWriting(store)) {
            assertThat(s.story("s-old").reportJson()).isEqualTo("{\"id\":\"s-old\",\"old\":true}");
        }
        long generation;
        try (var directory = FSDirectory.open(store.resolve("index"));
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry(StoryStore.FORMAT_KEY,
                    Integer.toString(StoryStore.FORMAT));
            var searcher = new org.apache.lucene.search.IndexSearcher(reader);
            assertThat(searcher.count(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term("type", "report")))).as("a report record of its own").isOne();
            generation = reader.getIndexCommit().getGeneration();
        }
        try (StoryStore s = StoryStore.openForWriting(store)) {
            assertThat(s.size().stories()).isOne();
        }
        try (var directory = FSDirectory.open(store.resolve("index"))) {
            assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getGeneration())
                    .as("nothing left to move: no commit").isEqualTo(generation);
        }
    }

    /** Writes a store holding one story record as stores were written before list lines were doc values. */
    private static void writeStoryRecordWithoutListLines(Path store) throws IOException {
        writeOldStoryRecord(store, Integer.toString(StoryStore.FORMAT), false);
    }

    /**
     * Writes a store of one story record with no report record: without list lines as the first stores wrote it,
     * or with them and the report inside the record, as format 1 wrote it.
     */
    private static void writeOldStoryRecord(Path store, String format, boolean reportInside) throws IOException {
        String summary = "{\"id\":\"s-old\",\"title\":\"An old story\",\"first_seen\":\"2020-01-01\","
                + "\"last_seen\":\"2020-01-02\",\"outlets\":[\"Old Times\"],\"articles\":[{\"id\":\"old-1\","
                + "\"url\":null,\"outlet\":\"Old Times\",\"relation\":null}],\"conflicts\":1,\"variants\":0}";
        try (var directory = FSDirectory.open(store.resolve("index"));
             IndexWriter w = new IndexWriter(directory, new IndexWriterConfig())) {
            var d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField("type", "story",
                    org.apache.lucene.document.Field.Store.NO));
            d.add(new org.apache.lucene.document.StringField("sid", "s-old",
                    org.apache.lucene.document.Field.Store.YES));
            d.add(new org.apache.lucene.document.StoredField("activity", 0L));
            d.add(new org.apache.lucene.document.NumericDocValuesField("activity", 0L));
            d.add(new org.apache.lucene.document.StoredField("summary", summary));
            if (reportInside) {
                d.add(new org.apache.lucene.document.BinaryDocValuesField("list_line",
                        new org.apache.lucene.util.BytesRef(summary)));
                d.add(new org.apache.lucene.document.NumericDocValuesField("list_stale", 0));
                d.add(new org.apache.lucene.document.StoredField("report_json",
                        "{\"id\":\"s-old\",\"old\":true}"));
                d.add(new org.apache.lucene.document.StoredField("report_text", "STORY s-old: An old story\n"));
            }
            d.add(new org.apache.lucene.document.StringField("stale", "false",
                    org.apache.lucene.document.Field.Store.YES));
            w.addDocument(d);
            w.setLiveCommitData(Map.of(StoryStore.FORMAT_KEY, format, StoryStore.VERSION_KEY,
                    StoryStore.COLLATE_VERSION, StoryStore.STAMP_KEY, "0").entrySet());
            w.commit();
        }
    }

    @Test
    void openingAnOlderStoreToWriteGivesItsStoriesTheirListLinesOnce(@TempDir Path dir) throws IOException {
        Path store = dir.resolve("data");
        writeStoryRecordWithoutListLines(store);
        try (StoryStore s = StoryStore.openForWriting(store)) {
            assertThat(s.size().stories()).isEqualTo(1);
        }
        try (var directory = FSDirectory.open(store.resolve("index"));
             var reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            assertThat(reader.numDocs()).as("the placeholder is gone").isEqualTo(1);
            var leaf = reader.leaves().stream().filter(l -> l.reader().numDocs() > 0).findFirst().orElseThrow();
            var lines = leaf.reader().getBinaryDocValues("list_line");
            int doc = 0;
            while (leaf.reader().getLiveDocs() != null && !leaf.reader().getLiveDocs().get(doc)) {
                doc++;
            }
            assertThat(lines).isNotNull();
            assertThat(lines.advanceExact(doc)).isTrue();
            assertThat(lines.binaryValue().utf8ToString()).contains("\"s-old\"").contains("Old Times");
            assertThat(leaf.reader().getNumericDocValues("list_stale").advanceExact(doc)).isTrue();
        }
        StoredStory old = all(store).get(0);
        assertThat(old.summary().id()).isEqualTo("s-old");
        assertThat(old.summary().conflicts()).isEqualTo(1);
        long generation;
        try (var directory = FSDirectory.open(store.resolve("index"))) {
            generation = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getGeneration();
        }
        try (StoryStore s = StoryStore.openForWriting(store)) {
            assertThat(s.size().stories()).isEqualTo(1);
        }
        try (var directory = FSDirectory.open(store.resolve("index"))) {
            assertThat(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getGeneration())
                    .as("nothing left to give: no commit").isEqualTo(generation);
        }
    }

    /**
     * A story record as the store wrote it before list lines were doc values: stored fields only. Such a store is
     * still written to (a field that exists without doc values cannot gain them) and its old lines still listed;
     * opened to write, its records gain their list lines (see the test above).
     */
    @Test
    void aStoryRecordWrittenBeforeListLinesWereDocValuesIsStillListedAndWrittenBeside(@TempDir Path dir)
            throws IOException {
        Path store = dir.resolve("data");
        writeStoryRecordWithoutListLines(store);
        StoredStory old = all(store).get(0);
        assertThat(old.summary().id()).isEqualTo("s-old");
        assertThat(old.summary().conflicts()).isEqualTo(1);
        assertThat(old.summary().outlets()).containsExactly("Old Times");
        assertThat(old.stale()).isFalse();
        // Writing story records beside it works (the ingest drops this one: no stored article is in it).
        assertThat(ingest(store, 10, TestData.sample(TestData.WIRE_SEED).toString()).added()).isEqualTo(1);
        assertThat(all(store)).extracting(x -> x.summary().articles().get(0).id()).isNotEmpty();
    }

    @Test
    void readsSeeTheLastCommitNeverTheWriterWorkInFlight(@TempDir Path dir) {
        Path store = dir.resolve("data");
        try (StoryStore s = StoryStore.openForWriting(store)) {
            var analyzed = analyzedWireSeed();
            s.addVersion(analyzed.id(), analyzed.id(), 1, "h", s.nextStamp(), Instant.now(), analyzed, null, null);
            s.refresh();
            assertThat(s.latestWritten(analyzed.id())).as("the writer sees its own work").isNotNull();
            assertThat(s.latest(analyzed.id())).as("readers see the last commit").isNull();
            assertThat(s.size().versions()).isZero();
            s.commit();
            assertThat(s.latest(analyzed.id())).isNotNull();
            assertThat(s.size().versions()).isEqualTo(1);
        }
    }

    @Test
    void uncommittedWorkIsNotKept(@TempDir Path dir) {
        Path store = dir.resolve("data");
        try (StoryStore s = StoryStore.openForWriting(store)) {
            var analyzed = analyzedWireSeed();
            s.addVersion(analyzed.id(), analyzed.id(), 1, "h", s.nextStamp(), Instant.now(), analyzed, null, null);
        }
        try (StoryStore s = StoryStore.openForReading(store)) {
            assertThat(s.size().versions()).isZero();
        }
    }

    /**
     * A store whose first versions carry no placement (written before placements were kept) is continued by placing
     * its articles again: the stories are those of one run, and the next ingest adds to them.
     */
    @Test
    void aStoreWithoutPlacementsIsContinuedByPlacingItsArticlesAgain(@TempDir Path dir) {
        Path store = dir.resolve("data");
        List<org.collate.model.Article> read = new ArrayList<>();
        PIPELINE.reader().read(List.of(TestData.sample("").toString()), read::add, (o, m, x) -> {
        });
        var analyzed = org.collate.link.ArrivalOrder.sort(PIPELINE.analyzeAll(read, (o, m, x) -> {
        }).articles());
        var features = new org.collate.link.LinkFeatureExtractor(PIPELINE.settings().clustering());
        try (StoryStore s = StoryStore.openForWriting(store)) {
            for (var a : analyzed) {
                s.addVersion(a.id(), a.id(), 1, StoreIngester.contentHash(a.article()), s.nextStamp(), Instant.now(), a,
                        features.extract(a), null);
            }
            s.commit();
        }
        StoreIngester.Counts again = ingest(store, 100, TestData.sample("").toString());
        assertThat(again.added()).isZero();
        CollatePipeline.Result run = PIPELINE.run(List.of(TestData.sample("").toString()), (o, m, x) -> {
        });
        assertThat(partition(all(store))).isEqualTo(run.reports().stream()
                .map(r -> Set.copyOf(r.story().articleIds())).collect(Collectors.toSet()));
    }

    private static org.collate.model.AnalyzedArticle analyzedWireSeed() {
        List<org.collate.model.Article> read = new ArrayList<>();
        PIPELINE.reader().read(List.of(TestData.sample(TestData.WIRE_SEED).toString()), read::add, (o, m, x) -> {
        });
        return PIPELINE.analyzeAll(read, (o, m, x) -> {
        }).articles().get(0);
    }

    private static String jsonLine(String id, String url, String text) {
        return jsonLine(id, url, text, null, null);
    }

    private static String jsonLine(String id, String url, String text, String outlet, String published) {
        var node = org.collate.output.Json.MAPPER.createObjectNode().put("id", id).put("url", url).put("text", text);
        if (outlet != null) {
            node.put("outlet", outlet);
        }
        if (published != null) {
            node.put("published", published);
        }
        return node + "\n";
    }
}
