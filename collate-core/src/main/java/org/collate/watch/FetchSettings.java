package org.collate.watch;

import java.time.Duration;

/**
 * How politely pages are fetched.
 *
 * @param userAgent  the agent named in requests and looked up in robots.txt
 * @param hostDelay  the least time between two requests to one host (a longer robots.txt Crawl-delay wins, up to a
 *                   minute)
 * @param timeout    how long one request may take, connection and body
 * @param retries    how many times a timeout, a refused connection, a 429 or a 5xx is tried again
 * @param backoff    the wait before the first retry, doubled before each next one
 * @param maxBytes   the largest body read; a larger one is refused, not cut
 */
public record FetchSettings(String userAgent, Duration hostDelay, Duration timeout, int retries, Duration backoff,
                            long maxBytes) {

    public static FetchSettings defaults() {
        return new FetchSettings("collate", Duration.ofSeconds(1), Duration.ofSeconds(20), 2, Duration.ofSeconds(2),
                16L << 20);
    }

    public FetchSettings withHostDelay(Duration d) {
        return new FetchSettings(userAgent, d, timeout, retries, backoff, maxBytes);
    }

    public FetchSettings withTimeout(Duration d) {
        return new FetchSettings(userAgent, hostDelay, d, retries, backoff, maxBytes);
    }

    public FetchSettings withBackoff(Duration d) {
        return new FetchSettings(userAgent, hostDelay, timeout, retries, d, maxBytes);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(userAgent, hostDelay, timeout, retries, backoff, bytes);
    }
}
