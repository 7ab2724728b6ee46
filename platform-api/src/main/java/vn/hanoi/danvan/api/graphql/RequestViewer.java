package vn.hanoi.danvan.api.graphql;

import graphql.GraphQLContext;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * The viewer of a GraphQL request, where code without {@code @ContextValue} finds it: a DataLoader
 * batch, or a data fetcher wired by hand.
 */
public final class RequestViewer {

    static final String KEY = "viewer";

    private RequestViewer() {}

    public static Viewer of(GraphQLContext context) {
        Viewer viewer = context.get(KEY);
        return viewer == null ? Viewer.ANONYMOUS : viewer;
    }
}
