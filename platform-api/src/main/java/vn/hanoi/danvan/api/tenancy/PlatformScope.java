package vn.hanoi.danvan.api.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.UnitSchema;
import vn.hanoi.danvan.api.tenancy.SearchPathTransactions.SearchPaths;

/**
 * Work on the shared {@code platform} tables only: the search_path holds no unit schema, so an
 * unqualified table name finds nothing. Made by {@link PlatformDoor}.
 */
public final class PlatformScope {

    private final SearchPaths paths;

    PlatformScope(SearchPaths paths) {
        this.paths = paths;
    }

    public JdbcClient sql() {
        return paths.under(UnitSchema.EXTENSIONS);
    }
}
