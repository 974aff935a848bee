package org.collate.watch;

/** What one polite GET came to. */
public sealed interface FetchResult {

    /**
     * The resource, with the validators to send next time.
     *
     * @param contentType  the response's {@code Content-Type}, or null
     * @param etag         its {@code ETag}, or null
     * @param lastModified its {@code Last-Modified}, or null
     */
    record Fetched(byte[] body, String contentType, String etag, String lastModified) implements FetchResult {
    }

    /** The server said 304: nothing changed since the validators sent. */
    record NotModified() implements FetchResult {
    }

    /** robots.txt forbids the path to this crawler. */
    record Disallowed() implements FetchResult {
    }

    /** It could not be had: an HTTP status, a timeout, a refused connection, a body over the size cap. */
    record Failed(String reason) implements FetchResult {
    }
}
