package org.collate.serve;

/**
 * A request the API refuses: answered with {@code status} and a JSON body {@code {"error": message}}. Thrown by
 * handlers before anything is written, so a refused request changes nothing.
 */
final class ApiError extends RuntimeException {

    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }

    /** A body over the server's limit, whether the API or Jetty found it so. */
    static ApiError tooLarge(long maxBodyBytes) {
        return new ApiError(413, "the body is larger than " + maxBodyBytes + " bytes (collate serve --max-body)");
    }
}
