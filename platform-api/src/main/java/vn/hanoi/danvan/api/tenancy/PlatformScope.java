package vn.hanoi.danvan.api.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work on the shared {@code platform} tables only: the search_path holds no unit schema, so an
 * unqualified table name finds nothing. Made by {@link PlatformDoor}.
 */
public final class PlatformScope {

    private final JdbcClient sql;

    PlatformScope(JdbcClient sql) {
        this.sql = sql;
    }

    public JdbcClient sql() {
        return sql;
    }
}
