package vn.hanoi.danvan.api.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * One unit of work inside one unit's schema. Only {@link UnitDoor} makes these, inside a
 * transaction whose search_path is the unit's schema, so a repository that takes a
 * {@code UnitScope} can only ever see that unit's tables. Shared tables are written
 * schema-qualified ({@code platform.petition_fact}).
 */
public final class UnitScope {

    private final UnitCode unit;
    private final JdbcClient sql;

    UnitScope(UnitCode unit, JdbcClient sql) {
        this.unit = unit;
        this.sql = sql;
    }

    /** The unit whose schema this work runs in. */
    public UnitCode unit() {
        return unit;
    }

    /** SQL within the unit's transaction. */
    public JdbcClient sql() {
        return sql;
    }
}
