package org.collate.watch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GET as a well-behaved crawler does: robots.txt read once per host (crawler-commons' parser; a robots.txt that is
 * missing allows everything, one the server fails to serve forbids everything for this run, as RFC 9309 says),
 * one request at a time per host with a delay between them (the longer of ours and the site's Crawl-delay),
 * conditional requests with the last ETag and Last-Modified, retries with exponential backoff on timeouts, refused
 * connections, 429 and 5xx, and a size cap on bodies. Uses the JDK's HTTP client. Not thread-safe: one fetcher
 * per watcher.
 */
public final class PoliteFetcher {

    /** The validators of the last response, sent with the next request for the same URL. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    private static final long MAX_CRAWL_DELAY_MS = 60_000;

    private final FetchSettings settings;
    private final HttpClient client;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> robots = new HashMap<>();
    private final Map<String, Long> nextAllowed = new HashMap<>();
    private int requests;

    public PoliteFetcher(FetchSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** How many HTTP requests this fetcher has made, robots.txt included. */
    public int requests() {
        return requests;
    }

    /** Fetches a page the site's robots.txt allows; a disallowed one is not requested. */
    public FetchResult fetchPage(URI uri, Validators validators) {
        if (!rules(uri).isAllowed(uri.toString())) {
            return new FetchResult.Disallowed();
        }
        return fetch(uri, validators);
    }

    /**
     * Fetches a feed or sitemap the user listed. robots.txt is not asked: the user named this resource, as a feed
     * reader would fetch it; the pages it lists are asked about one by one.
     */
    public FetchResult fetch(URI uri, Validators validators) {
        String lastFailure = null;
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            if (attempt > 0) {
                pause(settings.backoff().toMillis() << (attempt - 1));
            }
            waitForHost(uri);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(settings.timeout())
                    .header("User-Agent", settings.userAgent()).GET();
            if (validators.etag() != null) {
                request.header("If-None-Match", validators.etag());
            }
            if (validators.lastModified() != null) {
                request.header("If-Modified-Since", validators.lastModified());
            }
            try {
                requests++;
                HttpResponse<InputStream> response = client.send(request.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                try (InputStream body = response.body()) {
                    if (status == 304) {
                        return new FetchResult.NotModified();
                    }
                    if (status == 429 || status >= 500) {
                        lastFailure = "HTTP " + status;
                        continue;
                    }
                    if (status != 200) {
                        return new FetchResult.Failed("HTTP " + status);
                    }
                    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
                    if (bytes.length > settings.maxBytes()) {
                        return new FetchResult.Failed("larger than the size cap of " + settings.maxBytes()
                                + " bytes");
                    }
                    return new FetchResult.Fetched(bytes, response.headers().firstValue("Content-Type").orElse(null),
                            response.headers().firstValue("ETag").orElse(null),
                            response.headers().firstValue("Last-Modified").orElse(null));
                }
            } catch (HttpTimeoutException e) {
                lastFailure = "timed out after " + settings.timeout().toMillis() + " ms";
            } catch (IOException e) {
                lastFailure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchResult.Failed("interrupted");
            }
        }
        return new FetchResult.Failed(lastFailure + " (" + (settings.retries() + 1) + " tries)");
    }

    private BaseRobotRules rules(URI uri) {
        String host = hostKey(uri);
        BaseRobotRules known = robots.get(host);
        if (known != null) {
            return known;
        }
        URI robotsTxt = URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
        FetchResult r = fetch(robotsTxt, Validators.NONE);
        BaseRobotRules rules;
        if (r instanceof FetchResult.Fetched f) {
            rules = robotsParser.parseContent(robotsTxt.toString(), f.body(),
                    f.contentType() == null ? "text/plain" : f.contentType(), List.of(settings.userAgent()));
        } else if (r instanceof FetchResult.Failed f && f.reason().startsWith("HTTP 4")) {
            rules = robotsParser.failedFetch(Integer.parseInt(f.reason().substring(5, 8)));
        } else {
            rules = robotsParser.failedFetch(503); // unreachable: everything is off limits for now
        }
        robots.put(host, rules);
        return rules;
    }

    private void waitForHost(URI uri) {
        String host = hostKey(uri);
        long delay = settings.hostDelay().toMillis();
        BaseRobotRules rules = robots.get(host);
        if (rules != null && rules.getCrawlDelay() > 0) {
            delay = Math.max(delay, Math.min(MAX_CRAWL_DELAY_MS, rules.getCrawlDelay()));
        }
        long now = System.nanoTime();
        Long next = nextAllowed.get(host);
        if (next != null && next > now) {
            pause((next - now) / 1_000_000);
        }
        nextAllowed.put(host, System.nanoTime() + delay * 1_000_000);
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
