package vn.hanoi.danvan.api.graphql;

import java.util.List;
import java.util.function.Function;

/**
 * A Relay cursor connection: one page of edges, where it sits, and how many there are in all.
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    public record Edge<T>(String cursor, T node) {}

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    /**
     * A page from {@code fetched}, which holds up to {@code first + 1} rows read after the cursor:
     * the extra row only tells that there is a next page.
     */
    public static <T> Connection<T> of(List<T> fetched, Page page, Function<T, String> cursorOf, int totalCount) {
        boolean hasNext = fetched.size() > page.first();
        List<T> rows = hasNext ? fetched.subList(0, page.first()) : fetched;
        List<Edge<T>> edges =
                rows.stream().map(row -> new Edge<>(cursorOf.apply(row), row)).toList();
        PageInfo info = new PageInfo(
                hasNext,
                page.after().isPresent(),
                edges.isEmpty() ? null : edges.getFirst().cursor(),
                edges.isEmpty() ? null : edges.getLast().cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
