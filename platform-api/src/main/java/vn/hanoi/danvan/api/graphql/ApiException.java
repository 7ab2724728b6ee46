package vn.hanoi.danvan.api.graphql;

import java.util.Map;

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

    public static ApiException unauthenticated() {
        return new ApiException(ErrorCode.UNAUTHENTICATED, "Sign in first.");
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
