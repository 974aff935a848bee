package org.collate.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.collate.output.ReportJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collate.serve.ServedStore.json;

/**
 * The JSON API over a store holding the bundled samples, posted through {@code POST /api/articles}; every answer
 * checked against the schema its OpenAPI document gives.
 */
class StoryApiTest {

    @TempDir
    static Path dir;

    static ServedStore served;
    static JsonNode posted;

    @BeforeAll
    static void start() {
        served = new ServedStore(dir.resolve("store"), 64 * 1024);
        HttpResponse<String> r = served.post("/api/articles?reports=now", ServedStore.sampleLines(), "application/x-ndjson");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        posted = json(r);
    }

    @AfterAll
    static void stop() {
        if (served != null) {
            served.close();
        }
    }

    /** The OpenAPI document's schema for a component, checked against a response. */
    static void conforms(String component, HttpResponse<String> response) {
        JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, b -> b.schemaLoaders(
                loaders -> loaders.add(location -> location.toString().startsWith("classpath:")
                        ? () -> WebAssets.class.getResourceAsStream("/" + location.toString().substring(10)
                                .replaceAll("#.*", ""))
                        : null)))
                .getSchema(SchemaLocation.of("classpath:org/collate/serve/web/openapi.json#/components/schemas/"
                        + component));
        Set<ValidationMessage> errors = schema.validate(json(response));
        assertThat(errors).as(component + ": " + response.body()).isEmpty();
    }

    @Test
    void postingStoresEveryArticleAndNamesItsIdAndStory() {
        assertThat(posted.get("added").asInt()).isEqualTo(8);
        assertThat(posted.get("stored")).hasSize(8);
        Set<String> ids = new HashSet<>();
        posted.get("stored").forEach(s -> {
            ids.add(s.get("id").asText());
            assertThat(s.get("version").asInt()).isEqualTo(1);
            assertThat(s.get("story").asText()).startsWith("s");
        });
        assertThat(ids).contains("000_4a005508946871ec", "001_d0d5dbaf2d235b1b", "37_1ecb");
        assertThat(served.storyWith("000_4a005508946871ec")).isEqualTo(served.storyWith("001_d0d5dbaf2d235b1b"));
    }

    @Test
    void postingTheSameArticlesAgainStoresNothing() {
        HttpResponse<String> r = served.post("/api/articles?reports=now", ServedStore.sampleLines(), "application/x-ndjson");
        assertThat(r.statusCode()).isEqualTo(200);
        conforms("IngestResult", r);
        assertThat(json(r).get("stored")).isEmpty();
        assertThat(json(r).get("unchanged").asInt()).isEqualTo(8);
        // Each repeated record is named by the article it repeats, and that article's story.
        List<String> repeated = new ArrayList<>();
        json(r).get("already_stored").forEach(s -> {
            repeated.add(s.get("id").asText());
            assertThat(s.get("version").asInt()).isEqualTo(1);
            assertThat(s.get("story").asText()).isEqualTo(served.storyWith(s.get("id").asText()));
        });
        List<String> first = new ArrayList<>();
        posted.get("stored").forEach(s -> first.add(s.get("id").asText()));
        assertThat(repeated).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void healthSaysTheStoreIsOpenAndHowBig() {
        HttpResponse<String> r = served.get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        conforms("Health", r);
        assertThat(json(r).get("articles").asInt()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void theStoryListKeepsItsContractAndPagesThroughEveryStory() {
        HttpResponse<String> all = served.get("/api/stories");
        assertThat(all.statusCode()).isEqualTo(200);
        conforms("StoryPage", all);
        JsonNode list = json(all);
        assertThat(list.has("next")).isTrue();
        assertThat(list.get("next").isNull()).isTrue();
        int total = list.get("total").asInt();
        assertThat(total).isGreaterThanOrEqualTo(3);
        for (JsonNode s : list.get("stories")) {
            for (String field : List.of("id", "title", "articles", "outlets", "conflicts")) {
                assertThat(s.has(field)).as(field).isTrue();
            }
        }
        // One story a page: following "next" visits each story once.
        List<String> seen = new ArrayList<>();
        String next = "/api/stories?per_page=1";
        while (next != null) {
            JsonNode page = json(served.get(next));
            page.get("stories").forEach(s -> seen.add(s.get("id").asText()));
            next = page.get("next").isNull() ? null : page.get("next").asText();
            assertThat(seen.size()).isLessThanOrEqualTo(total);
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(total);
    }

    @Test
    void aListPageAskedAgainIsTheSameUntilACommitChangesIt(@TempDir Path other) {
        try (ServedStore own = new ServedStore(other.resolve("store"), 64 * 1024)) {
            assertThat(own.post("/api/articles", ServedStore.sampleLines(), "application/x-ndjson").statusCode())
                    .isEqualTo(201);
            HttpResponse<String> firstAnswer = own.get("/api/stories?per_page=50");
            String first = firstAnswer.body();
            assertThat(own.get("/api/stories?per_page=50").body()).isEqualTo(first);
            assertThat(own.get("/api/stories?per_page=1").body()).as("other parameters, another answer")
                    .isNotEqualTo(first);
            String fresh = "{\"id\":\"bridge-1\",\"outlet\":\"Lyon Daily\",\"title\":\"A new bridge opens over "
                    + "the Rhone\",\"text\":\"A bridge over the Rhone opened in Lyon on Monday, the city said. It "
                    + "cost 40 million euros and took three years to build, the mayor said.\"}\n";
            assertThat(own.post("/api/articles", fresh, "application/x-ndjson").statusCode()).isEqualTo(201);
            JsonNode after = json(own.get("/api/stories?per_page=50"));
            assertThat(after.get("total").asInt()).isEqualTo(json(firstAnswer).get("total").asInt() + 1);
            List<String> titles = new ArrayList<>();
            after.get("stories").forEach(s -> titles.add(s.get("title").asText()));
            assertThat(titles).as("the commit of the post replaced the page kept before it")
                    .contains("A new bridge opens over the Rhone");
        }
    }

    @Test
    void theStoryListFiltersByTitleWordsAndOutlet() {
        JsonNode summit = json(served.get("/api/stories?q=Putin"));
        assertThat(summit.get("stories")).isNotEmpty();
        assertThat(summit.get("stories").get(0).get("title").asText()).contains("Putin");
        assertThat(json(served.get("/api/stories?outlet=no-such-outlet")).get("stories")).isEmpty();
        assertThat(json(served.get("/api/stories?since=2099-01-01")).get("total").asInt()).isZero();
    }

    @Test
    void aStoryIsTheReportDocumentOfCollateRunJson() throws Exception {
        String id = served.storyWith("000_4a005508946871ec");
        HttpResponse<String> r = served.get("/api/stories/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        conforms("Report", r);
        try (InputStream schemaStream = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaStream);
            assertThat(schema.validate(json(r))).isEmpty();
        }
        JsonNode story = json(r).get("stories").get(0);
        assertThat(story.get("id").asText()).isEqualTo(id);
        assertThat(story.get("articles")).hasSize(2);
        assertThat(story.toString()).contains("Indian President", "Anthony Blinken");
    }

    @Test
    void anArticleShowsItsVersionsAndTheEditsBetweenThem() {
        String first = "{\"id\":\"edited\",\"url\":\"https://example.org/news/1\",\"title\":\"Bridge opens\","
                + "\"text\":\"The bridge opened on Monday. The mayor said it cost 12 million euros. Traffic was light.\"}";
        String second = "{\"id\":\"edited\",\"url\":\"https://example.org/news/1\",\"title\":\"Bridge opens\","
                + "\"text\":\"The bridge opened on Monday. The mayor said it cost 15 million euros. Traffic was light.\"}";
        assertThat(served.post("/api/articles", first, "application/json").statusCode()).isEqualTo(201);
        HttpResponse<String> again = served.post("/api/articles", second, "application/json");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(again).get("stored").get(0).get("version").asInt()).isEqualTo(2);
        HttpResponse<String> r = served.get("/api/articles/edited");
        assertThat(r.statusCode()).isEqualTo(200);
        conforms("ArticleVersions", r);
        JsonNode article = json(r);
        assertThat(article.get("versions")).hasSize(2);
        JsonNode edit = article.get("edits").get(0);
        assertThat(edit.get("sentences").get(0).get("kind").asText()).isEqualTo("changed");
        assertThat(edit.get("sentences").get(0).get("added").get(0).asText()).contains("15 million");
    }

    @Test
    void aStoryPostedAMomentAgoIsReportedWhenFirstAskedFor() {
        String article = "{\"id\":\"fresh\",\"title\":\"Volcano erupts on remote island\",\"text\":\"A volcano erupted "
                + "on a remote Pacific island on Friday, scientists said. Ash rose 12 kilometres into the sky.\"}";
        HttpResponse<String> posted = served.post("/api/articles", article, "application/json");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        String story = json(posted).get("stored").get(0).get("story").asText();
        HttpResponse<String> r = served.get("/api/stories/" + story);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        conforms("Report", r);
        assertThat(json(r).get("stories").get(0).get("articles").get(0).get("id").asText()).isEqualTo("fresh");
        assertThat(served.post("/api/articles?reports=soon", article, "application/json").statusCode())
                .isEqualTo(400);
    }

    @Test
    void searchFindsArticlesByTheirWordsAndTellsTheirStory() {
        HttpResponse<String> r = served.get("/api/search?q=Samarkand");
        assertThat(r.statusCode()).isEqualTo(200);
        conforms("SearchResult", r);
        JsonNode hits = json(r).get("articles");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("story").asText()).isEqualTo(served.storyWith("000_4a005508946871ec"));
        assertThat(hits.get(0).get("snippet").asText()).containsIgnoringCase("Samarkand");
        assertThat(served.get("/api/search").statusCode()).isEqualTo(400);
    }

    @Test
    void badRequestsGetA4xxWithAJsonErrorAndStoreNothing() {
        int before = json(served.get("/api/health")).get("versions").asInt();
        assertError(served.post("/api/articles", "{not json", "application/json"), 400, "not valid JSON");
        assertError(served.post("/api/articles", "", "application/json"), 400, "empty");
        // One good record and one without text: the whole body is refused.
        assertError(served.post("/api/articles", "{\"text\":\"A new article that would be stored.\"}\n"
                + "{\"title\":\"no text\"}", "application/x-ndjson"), 400, "line 2");
        assertError(served.post("/api/articles", "[{\"text\":\"ok\"}, 3]", "application/json"), 400, "item 2");
        assertError(served.post("/api/articles", "{\"text\":\"" + "x".repeat(70 * 1024) + "\"}", "application/json"),
                413, "larger than");
        assertError(served.send(HttpRequest.newBuilder(URI.create(served.base() + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[]{'{', '"', 't', '"', ':', (byte) 0xC3, '}'}))
                .build()), 400, "UTF-8");
        assertError(served.get("/api/stories/no-such-story"), 404, "no story");
        assertError(served.get("/api/articles/no-such-article"), 404, "no article");
        assertError(served.get("/api/no-such-endpoint"), 404, "no such endpoint");
        assertError(served.get("/api/stories?page=0"), 400, "page");
        assertError(served.get("/api/stories?since=yesterday"), 400, "not a date");
        assertThat(json(served.get("/api/health")).get("versions").asInt()).isEqualTo(before);
    }

    private static void assertError(HttpResponse<String> r, int status, String words) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        conforms("Error", r);
        assertThat(json(r).get("error").asText()).containsIgnoringCase(words);
    }

    @Test
    void everyPageForbidsInlineScriptAndTheApiIsDescribed() {
        for (String path : List.of("/", "/stories/s1", "/api/stories")) {
            HttpResponse<String> r = served.get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
        assertThat(served.get("/").body()).contains("<script src=\"/assets/app.js\"").doesNotContain("<script>");
        JsonNode api = json(served.get("/api/openapi.json"));
        assertThat(api.get("openapi").asText()).startsWith("3.");
        assertThat(api.get("paths").fieldNames()).toIterable()
                .contains("/api/stories", "/api/stories/{id}", "/api/articles", "/api/articles/{id}", "/api/search",
                        "/api/health");
        assertThat(served.get("/assets/app.js").headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/javascript"));
        assertThat(served.get("/assets/../pom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void readsGoOnWhileArticlesAreIngested() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                batch.append("{\"id\":\"burst-").append(i).append("\",\"title\":\"Storm closes port ").append(i)
                        .append("\",\"text\":\"A storm closed the port of Hamburg on Tuesday, officials said. Ship ")
                        .append(i).append(" waited offshore.\"}\n");
            }
            Future<HttpResponse<String>> ingest = pool.submit(() -> served.post("/api/articles", batch.toString(),
                    "application/x-ndjson"));
            List<Future<HttpResponse<String>>> reads = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String path = i % 2 == 0 ? "/api/stories" : "/api/health";
                reads.add(pool.submit(() -> served.get(path)));
            }
            for (Future<HttpResponse<String>> read : reads) {
                assertThat(read.get().statusCode()).isEqualTo(200);
            }
            assertThat(ingest.get().statusCode()).as(ingest.get().body()).isEqualTo(201);
            assertThat(json(ingest.get()).get("stored")).hasSize(20);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSchemasRejectWhatTheyDoNotDescribe() {
        // The checks above would pass on an empty schema: one answer against another's schema must not.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> conforms("Health", served.get("/api/stories")))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> conforms("StoryPage", served.get("/api/health")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theServerListensOnLoopbackUnlessToldOtherwise() {
        assertThat(CollateServer.Options.defaults().host()).isEqualTo("127.0.0.1");
        assertThat(CollateServer.Options.defaults().port()).isEqualTo(8080);
    }
}
