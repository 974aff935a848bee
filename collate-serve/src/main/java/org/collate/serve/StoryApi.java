package org.collate.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.collate.model.Article;
import org.collate.model.Fact;
import org.collate.model.Reading;
import org.collate.output.Json;
import org.collate.output.ReportJson;
import org.collate.pipeline.CollatePipeline;
import org.collate.store.ArticleVersion;
import org.collate.store.StoredStory;
import org.collate.store.StoryStore;
import org.collate.store.VersionDiff;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON API under {@code /api}: the store's stories, articles and search to read, and one endpoint to add
 * articles. Every answer is a JSON object; every refusal a 4xx with {@code {"error": "…"}}.
 */
final class StoryApi {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;
    static final int MAX_SEARCH_HITS = 100;

    private final StoryStore store;
    private final ArticleIngest ingest;
    private final CollatePipeline pipeline;
    private final long maxBodyBytes;
    /** Answers of {@code GET /api/stories} for the commit that reads see now. */
    private volatile PageAnswers pages = new PageAnswers(-1, new ConcurrentHashMap<>());

    /**
     * The list pages answered from one commit, by their parameters. A page is asked for many times between two
     * commits (the first pages most), and composing one parses and writes every line again (profiled under load:
     * the list was three quarters of the read handlers' time); a commit starts the next set empty.
     */
    private record PageAnswers(long commit, ConcurrentHashMap<PageKey, byte[]> answers) {
    }

    private record PageKey(LocalDate since, String q, String outlet, int page, int perPage) {
    }

    /** Pages kept per commit: enough for the pages people read, not every page a crawler could ask for. */
    static final int PAGES_KEPT = 256;

    StoryApi(StoryStore store, ArticleIngest ingest, CollatePipeline pipeline, long maxBodyBytes) {
        this.store = store;
        this.ingest = ingest;
        this.pipeline = pipeline;
        this.maxBodyBytes = maxBodyBytes;
    }

    void health(Context ctx) {
        StoryStore.Size size = store.size();
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("status", "ok");
        out.put("ingest", ingest.ready() ? "ready" : "starting");
        out.put("articles", size.articles());
        out.put("versions", size.versions());
        out.put("stories", size.stories());
        out.put("stale_reports", ingest.staleStories());
        json(ctx, 200, out);
    }

    /** {@code GET /api/stories?since=&q=&outlet=&page=&per_page=}: newest activity first (best match with q). */
    void stories(Context ctx) {
        LocalDate since = day(ctx, "since");
        String q = blankToNull(ctx.queryParam("q"));
        String outlet = blankToNull(ctx.queryParam("outlet"));
        int page = intParam(ctx, "page", 1, 1, 1_000_000);
        int perPage = intParam(ctx, "per_page", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        long offset = (long) (page - 1) * perPage;
        if (offset > Integer.MAX_VALUE - MAX_PAGE_SIZE) {
            throw ApiError.badRequest("page is too far");
        }
        PageKey key = new PageKey(since, q, outlet, page, perPage);
        PageAnswers known = pages;
        if (known.commit() == store.commitVersion()) {
            byte[] answer = known.answers().get(key);
            if (answer != null) {
                jsonBytes(ctx, 200, answer);
                return;
            }
        }
        StoryStore.StoryPage found = store.storyPage(since, q, outlet, (int) offset, perPage);
        List<StoredStory> stories = found.stories();
        int total = found.total();
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode list = out.putArray("stories");
        for (StoredStory s : stories) {
            ObjectNode line = s.summary().json();
            line.put("size", s.summary().articles().size());
            ObjectNode coverage = line.putObject("coverage");
            for (Map.Entry<String, Integer> e : coverage(s).entrySet()) {
                coverage.put(e.getKey(), e.getValue());
            }
            line.put("stale", s.stale());
            list.add(line);
        }
        out.put("total", total);
        out.put("page", page);
        out.put("per_page", perPage);
        if (offset + stories.size() < total) {
            Map<String, String> params = new LinkedHashMap<>();
            if (since != null) {
                params.put("since", since.toString());
            }
            if (q != null) {
                params.put("q", q);
            }
            if (outlet != null) {
                params.put("outlet", outlet);
            }
            params.put("page", Integer.toString(page + 1));
            if (perPage != DEFAULT_PAGE_SIZE) {
                params.put("per_page", Integer.toString(perPage));
            }
            out.put("next", "/api/stories?" + query(params));
        } else {
            out.putNull("next");
        }
        byte[] answer = bytes(out);
        if (found.commit() > known.commit()) {
            // The first answer from a newer commit starts its set (two readers racing here lose one page's entry).
            known = new PageAnswers(found.commit(), new ConcurrentHashMap<>());
            pages = known;
        }
        if (found.commit() == known.commit() && known.answers().size() < PAGES_KEPT) {
            known.answers().put(key, answer);
        }
        jsonBytes(ctx, 200, answer);
    }

    /** Articles per outlet, most first: what the list's coverage bar draws. */
    private static Map<String, Integer> coverage(StoredStory s) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (var m : s.summary().articles()) {
            counts.merge(m.outlet() == null ? org.collate.output.StorySummary.UNKNOWN_OUTLET : m.outlet(), 1,
                    Integer::sum);
        }
        Map<String, Integer> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** {@code GET /api/stories/{id}}: the report document of {@code collate show --json}, one story in it. */
    void story(Context ctx) {
        String id = ctx.pathParam("id");
        StoryStore.Report report = store.report(id);
        if (report == null) {
            throw ApiError.notFound("no story " + id);
        }
        if (report.json() == null) {
            ingest.reportNow(id); // or the background thread did it while this waited for the writer
            report = store.report(id);
        }
        if (report == null || report.json() == null) {
            throw new ApiError(409, "story " + id + " has no report yet: the server is still opening the store");
        }
        // The stored report is already the story's JSON: spliced into the document, not parsed and written again.
        byte[] json = report.json();
        byte[] doc = new byte[DOC_HEAD.length + json.length + DOC_TAIL.length];
        System.arraycopy(DOC_HEAD, 0, doc, 0, DOC_HEAD.length);
        System.arraycopy(json, 0, doc, DOC_HEAD.length, json.length);
        System.arraycopy(DOC_TAIL, 0, doc, DOC_HEAD.length + json.length, DOC_TAIL.length);
        ctx.header("X-Collate-Report-Stale", Boolean.toString(report.stale()));
        ctx.status(200);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(doc);
    }

    private static final byte[] DOC_HEAD = ("{\"schema_version\":\"" + ReportJson.SCHEMA_VERSION + "\",\"stories\":[")
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] DOC_TAIL = "]}".getBytes(StandardCharsets.UTF_8);

    /** {@code GET /api/articles/{id}}: every version of an article, and the edits between them. */
    void article(Context ctx) {
        String id = ctx.pathParam("id");
        List<ArticleVersion> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw ApiError.notFound("no article " + id);
        }
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("id", id);
        out.put("story", store.storyOf(id));
        ArrayNode list = out.putArray("versions");
        for (ArticleVersion v : versions) {
            Article a = v.analysis().article();
            ObjectNode n = list.addObject();
            n.put("version", v.version());
            n.put("hash", v.hash());
            n.put("seen", v.seen().toString());
            n.put("url", a.url());
            n.put("outlet", a.outlet());
            n.put("title", a.title());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("text", a.text());
        }
        ArrayNode edits = out.putArray("edits");
        for (int i = 1; i < versions.size(); i++) {
            edits.add(edit(VersionDiff.between(versions.get(i - 1), versions.get(i), pipeline)));
        }
        json(ctx, 200, out);
    }

    private static ObjectNode edit(VersionDiff d) {
        ObjectNode n = Json.MAPPER.createObjectNode();
        n.put("from", d.before().version());
        n.put("to", d.after().version());
        if (d.titleBefore() != null || d.titleAfter() != null) {
            n.put("title_before", d.titleBefore());
            n.put("title_after", d.titleAfter());
        }
        ArrayNode sentences = n.putArray("sentences");
        for (VersionDiff.SentenceEdit e : d.edits()) {
            ObjectNode s = sentences.addObject();
            s.put("kind", e.kind().name().toLowerCase(java.util.Locale.ROOT));
            e.removed().forEach(s.putArray("removed")::add);
            e.added().forEach(s.putArray("added")::add);
        }
        ArrayNode changes = n.putArray("changes");
        for (Fact f : d.changes()) {
            ObjectNode c = changes.addObject();
            c.put("status", f.status().label());
            c.put("about", f.about());
            ArrayNode readings = c.putArray("readings");
            for (Reading r : f.readings()) {
                readings.add(r.value());
            }
        }
        return n;
    }

    /** {@code GET /api/search?q=&entity=&from=&to=&limit=}: articles by BM25, and the stories whose titles match. */
    void search(Context ctx) {
        String q = blankToNull(ctx.queryParam("q"));
        if (q == null) {
            throw ApiError.badRequest("q is required: the words to search for");
        }
        int limit = intParam(ctx, "limit", 20, 1, MAX_SEARCH_HITS);
        ObjectNode out = Json.MAPPER.createObjectNode();
        out.put("q", q);
        ArrayNode articles = out.putArray("articles");
        for (StoryStore.ArticleHit hit : store.search(q, blankToNull(ctx.queryParam("entity")), day(ctx, "from"),
                day(ctx, "to"), limit)) {
            Article a = hit.article();
            ObjectNode n = articles.addObject();
            n.put("id", hit.articleId());
            n.put("version", hit.version());
            n.put("score", hit.score());
            n.put("title", a.title());
            n.put("url", a.url());
            n.put("outlet", a.outlet());
            n.put("published", a.published() == null ? null : a.published().toString());
            n.put("story", hit.storyId());
            n.put("snippet", snippet(a.text(), q));
        }
        ArrayNode stories = out.putArray("stories");
        for (StoredStory s : store.stories(null, q, null, 0, limit)) {
            stories.add(s.summary().json());
        }
        json(ctx, 200, out);
    }

    /** Some 200 characters of the text around the first word of the query found in it. */
    static String snippet(String text, String q) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int at = -1;
        for (String w : q.toLowerCase(java.util.Locale.ROOT).split("\\W+")) {
            if (w.length() > 1 && (at = lower.indexOf(w)) >= 0) {
                break;
            }
        }
        int start = Math.max(0, at - 80);
        int end = Math.min(text.length(), Math.max(at, 0) + 120);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }

    /** {@code POST /api/articles}: one article, an array, or JSON Lines; 201 with what was stored. */
    void post(Context ctx) throws IOException {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > maxBodyBytes) {
                    throw tooLarge();
                }
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("Content-Length is not a number");
            }
        }
        byte[] body;
        try (InputStream in = ctx.bodyInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
        }
        if (body.length > maxBodyBytes) {
            throw tooLarge();
        }
        List<String> records = ArticleBatch.lines(body);
        String reports = ctx.queryParam("reports");
        if (reports != null && !reports.equals("now") && !reports.equals("later")) {
            throw ApiError.badRequest("reports must be now or later: " + reports);
        }
        ArticleIngest.Outcome outcome = ingest.ingest(records, "now".equals(reports));
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode stored = out.putArray("stored");
        for (ArticleIngest.StoredVersion s : outcome.stored()) {
            stored.addObject().put("id", s.articleId()).put("version", s.version()).put("story", s.storyId());
        }
        ArrayNode unchanged = out.putArray("already_stored");
        for (ArticleIngest.StoredVersion s : outcome.unchanged()) {
            unchanged.addObject().put("id", s.articleId()).put("version", s.version()).put("story", s.storyId());
        }
        out.put("added", outcome.counts().added());
        out.put("unchanged", outcome.counts().unchanged());
        out.put("versions", outcome.counts().versions());
        out.put("skipped", outcome.counts().skipped());
        ArrayNode problems = out.putArray("problems");
        for (ArticleIngest.Problem p : outcome.problems()) {
            problems.addObject().put("record", p.origin()).put("message", p.message()).put("skipped", p.skipped());
        }
        json(ctx, outcome.stored().isEmpty() ? 200 : 201, out);
    }

    private ApiError tooLarge() {
        return ApiError.tooLarge(maxBodyBytes);
    }

    static void json(Context ctx, int status, JsonNode body) {
        jsonBytes(ctx, status, bytes(body));
    }

    private static void jsonBytes(Context ctx, int status, byte[] body) {
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body);
    }

    private static byte[] bytes(JsonNode body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String query(Map<String, String> params) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!b.isEmpty()) {
                b.append('&');
            }
            b.append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return b.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate day(Context ctx, String name) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " is not a date (yyyy-mm-dd): " + v);
        }
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = blankToNull(ctx.queryParam(name));
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest(name + " must be between " + min + " and " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + " is not a whole number: " + v);
        }
    }
}
