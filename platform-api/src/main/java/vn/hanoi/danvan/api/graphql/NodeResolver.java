package vn.hanoi.danvan.api.graphql;

import java.util.Optional;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * How a feature answers {@code node(id:)} for its own type. It returns the object only where the
 * viewer may see it, and empty otherwise, so another unit's id reads exactly like a missing one.
 */
public interface NodeResolver {

    /** The GraphQL type name, as in the id. */
    String type();

    /** The Java class that GraphQL type is served as. */
    Class<?> javaType();

    Optional<?> resolve(GlobalId id, Viewer viewer);
}
