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
}
