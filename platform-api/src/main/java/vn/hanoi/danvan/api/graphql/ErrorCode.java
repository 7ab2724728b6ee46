package vn.hanoi.danvan.api.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import java.util.Arrays;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpStatus;

/** The stable codes every GraphQL error carries in {@code extensions.code}. */
public enum ErrorCode {
    BAD_USER_INPUT(ErrorType.BAD_REQUEST),
    UNAUTHENTICATED(ErrorType.UNAUTHORIZED),
    FORBIDDEN(ErrorType.FORBIDDEN),
    NOT_FOUND(ErrorType.NOT_FOUND),
    CONFLICT(ErrorType.BAD_REQUEST),
    RATE_LIMITED(ErrorType.BAD_REQUEST),
    /** A document past a limit (size, depth, complexity, aliases); {@code extensions.limit} names it. */
    QUERY_LIMIT_EXCEEDED(ErrorType.BAD_REQUEST),
    /** A persisted document asked for by hash is not known: send the full document (APQ). */
    PERSISTED_QUERY_NOT_FOUND(ErrorType.BAD_REQUEST),
    /**
     * A mutation with this Idempotency-Key is still running: retry after
     * {@code extensions.retryAfterSeconds}, and get its result.
     */
    IN_PROGRESS(ErrorType.BAD_REQUEST),
    /** The request ran out of time ({@code danvan.limits.timeout}); PostgreSQL stopped its SQL. */
    TIMEOUT(ErrorType.INTERNAL_ERROR),
    INTERNAL(ErrorType.INTERNAL_ERROR);

    private final ErrorType type;

    ErrorCode(ErrorType type) {
        this.type = type;
    }

    ErrorType type() {
        return type;
    }

    /** The code of an error raised before any fetcher ran, from graphql-java's or Spring's classification. */
    public static ErrorCode classify(ErrorClassification type) {
        return switch (String.valueOf(type)) {
            case "ValidationError", "InvalidSyntax", "OperationNotSupported", "BAD_REQUEST" -> BAD_USER_INPUT;
            case "UNAUTHORIZED", "IntrospectionDisabled" -> UNAUTHENTICATED;
            case "FORBIDDEN" -> FORBIDDEN;
            case "NOT_FOUND" -> NOT_FOUND;
            default -> INTERNAL;
        };
    }

    /** The code an error goes out with: its own {@code extensions.code}, else its classification's. */
    public static ErrorCode of(GraphQLError error) {
        Object code =
                error.getExtensions() == null ? null : error.getExtensions().get("code");
        return Arrays.stream(values())
                .filter(known -> known.name().equals(code))
                .findFirst()
                .orElseGet(() -> classify(error.getErrorType()));
    }

    /**
     * The HTTP status of this error where a plain REST endpoint (files, exports) answers it, and
     * where GraphQL over HTTP answers a request refused or stopped with it alone (RATE_LIMITED,
     * TIMEOUT; see {@link GraphQlOverHttp}).
     */
    public HttpStatus httpStatus() {
        return switch (this) {
            case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT, IN_PROGRESS -> HttpStatus.CONFLICT;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
            case TIMEOUT -> HttpStatus.SERVICE_UNAVAILABLE;
            case INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR;
            case BAD_USER_INPUT, QUERY_LIMIT_EXCEEDED, PERSISTED_QUERY_NOT_FOUND -> HttpStatus.BAD_REQUEST;
        };
    }
}
