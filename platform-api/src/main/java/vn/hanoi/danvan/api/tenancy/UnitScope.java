package vn.hanoi.danvan.api.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitSchema;
import vn.hanoi.danvan.api.tenancy.SearchPathTransactions.SearchPaths;

/**
 * One unit of work inside one unit's schema. Only {@link UnitDoor} makes these, inside a
 * transaction, and {@link #sql()} always runs under the unit's search_path, so a repository
 * that takes a {@code UnitScope} can only ever see that unit's tables. Shared tables are written
 * schema-qualified ({@code platform.petition_fact}).
 */
public final class UnitScope {

    private final UnitCode unit;
    private final UnitSchema schema;
    private final SearchPaths paths;

    UnitScope(UnitCode unit, UnitSchema schema, SearchPaths paths) {
        this.unit = unit;
        this.schema = schema;
        this.paths = paths;
    }

    /** The unit whose schema this work runs in. */
    public UnitCode unit() {
        return unit;
    }

    /** SQL within the unit's transaction, under the unit's search_path. */
    public JdbcClient sql() {
        return paths.under(schema.searchPath());
    }
}
