package vn.hanoi.danvan.api.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A refusal the caller is meant to read: a stable {@link ErrorCode}, a message in plain words
 * without personal data, and optional details (such as the field at fault).
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of());
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /**
     * This error as a plain REST endpoint (files, exports) answers it: the HTTP status of its
     * code and a GraphQL-shaped body, so a client reads every error of the API the same way.
     */
    public ResponseEntity<Map<String, Object>> toResponse() {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put("code", code.name());
        return ResponseEntity.status(code.httpStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(Map.of("message", getMessage(), "extensions", extensions))));
    }

    public static ApiException unauthenticated() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "Sign in first.");
    }

    /** The request ran out of time and PostgreSQL stopped its statement (see {@link ErrorResolver}). */
    public static ApiException timedOut() {
        return new ApiException(
                ErrorCode.TIMEOUT,
                "The request ran out of time and its database work was stopped; nothing it was"
                        + " changing was saved. Try again, or ask for less.");
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException badInput(String field, String message) {
        return new ApiException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }
}
