package vn.hanoi.danvan.api.graphql;

import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/** Aborts a document past one of the {@link LimitsProperties}, before any fetcher runs. */
final class LimitExceeded {

    private LimitExceeded() {}

    static AbortExecutionException of(String limit, int actual, int max) {
        return new AbortExecutionException(List.of(Refusals.error(
                ErrorCode.QUERY_LIMIT_EXCEEDED,
                "The document exceeds the " + limit + " limit (" + actual + " > " + max + ").",
                Map.of("limit", limit, "max", max))));
    }
}
