package vn.hanoi.danvan.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The unit registry, {@code platform.unit}: every unit, its schema, status and schema version. */
public class UnitRegistry {

    private static final String COLUMNS = """
            id, code, effective_from, slug, name, kind, schema_name, status,
            schema_version, migration_error, migrated_at
            """;

    private final JdbcClient sql;

    public UnitRegistry(DataSource dataSource) {
        this.sql = JdbcClient.create(dataSource);
    }

    /**
     * Registers the unit as {@code PROVISIONING} unless a living unit with its code exists
     * already; either way returns the registry row. Safe to call again.
     */
    public Unit register(UnitDefinition unit) {
        sql.sql("""
                        insert into platform.unit (code, effective_from, slug, name, kind, schema_name, status)
                        values (:code, :effectiveFrom, :slug, :name, :kind, :schema, 'PROVISIONING')
                        on conflict do nothing
                        """)
                .param("code", unit.code().value())
                .param("effectiveFrom", unit.effectiveFrom())
                .param("slug", unit.slug())
                .param("name", unit.name())
                .param("kind", unit.kind().name())
                .param("schema", UnitSchema.forCode(unit.code()).name())
                .update();
        return find(unit.code()).orElseThrow(() -> new UnitNotFoundException(unit.code()));
    }

    /** The living (not archived) unit with this code. */
    public Optional<Unit> find(UnitCode code) {
        return sql.sql("select " + COLUMNS + " from platform.unit where code = :code and status <> 'ARCHIVED'")
                .param("code", code.value())
                .query(UnitRegistry::map)
                .optional();
    }

    public Unit get(UnitCode code) {
        return find(code).orElseThrow(() -> new UnitNotFoundException(code));
    }

    public List<Unit> all() {
        return sql.sql("select " + COLUMNS + " from platform.unit order by code, effective_from")
                .query(UnitRegistry::map)
                .list();
    }

    /**
     * How many living units are not at {@code targetVersion}: the whole fleet check, one indexed
     * query, so a restart with every unit current runs no Liquibase at all.
     */
    public int countBehind(String targetVersion) {
        return sql.sql("""
                        select count(*) from platform.unit
                         where status <> 'ARCHIVED'
                           and (status = 'PROVISIONING' or schema_version is distinct from :target
                                or migration_error is not null)
                        """).param("target", targetVersion).query(Integer.class).single();
    }

    public List<Unit> behind(String targetVersion) {
        return sql.sql("select " + COLUMNS + """
                         from platform.unit
                         where status <> 'ARCHIVED'
                           and (status = 'PROVISIONING' or schema_version is distinct from :target
                                or migration_error is not null)
                         order by code
                        """)
                .param("target", targetVersion)
                .query(UnitRegistry::map)
                .list();
    }

    /**
     * The fleet as a release with this unit changelog sees it, in one query: units by status, the
     * active units whose schema has fewer changesets than the changelog and no recorded failure
     * (their migration is still to run or running), and the living units whose last migration
     * failed.
     */
    public FleetCensus census(UnitChangelog changelog) {
        record StatusRow(UnitStatus status, int units, int behind, int failed) {}
        List<StatusRow> rows = sql.sql("""
                        select status,
                               count(*) as units,
                               count(*) filter (where status = 'ACTIVE' and migration_error is null
                                   and coalesce(substring(schema_version from '^([0-9]+)-')::int, 0) < :changesets)
                                   as behind,
                               count(*) filter (where status <> 'ARCHIVED' and migration_error is not null) as failed
                          from platform.unit
                         group by status
                        """)
                .param("changesets", changelog.changesets())
                .query((rs, row) -> new StatusRow(
                        UnitStatus.valueOf(rs.getString("status")),
                        rs.getInt("units"),
                        rs.getInt("behind"),
                        rs.getInt("failed")))
                .list();
        return new FleetCensus(
                rows.stream().collect(Collectors.toMap(StatusRow::status, StatusRow::units)),
                rows.stream().mapToInt(StatusRow::behind).sum(),
                rows.stream().mapToInt(StatusRow::failed).sum());
    }

    /** Records a completed migration; a unit still provisioning becomes active only here. */
    public void markMigrated(int unitId, String version) {
        sql.sql("""
                        update platform.unit
                           set schema_version = :version, migration_error = null, migrated_at = now(),
                               status = case when status = 'PROVISIONING' then 'ACTIVE' else status end,
                               updated_at = now()
                         where id = :id
                        """).param("version", version).param("id", unitId).update();
    }

    /** Records why a unit's migration failed; its status and applied version stay as they were. */
    public void markFailed(int unitId, String error) {
        sql.sql("update platform.unit set migration_error = :error, updated_at = now() where id = :id")
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .param("id", unitId)
                .update();
    }

    /** Moves a unit between ACTIVE and SUSPENDED; returns false if it was not in {@code from}. */
    public boolean changeStatus(UnitCode code, UnitStatus from, UnitStatus to) {
        return sql.sql("""
                        update platform.unit set status = :to, updated_at = now()
                         where code = :code and status = :from
                        """)
                        .param("to", to.name())
                        .param("from", from.name())
                        .param("code", code.value())
                        .update()
                == 1;
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        Timestamp migratedAt = rs.getTimestamp("migrated_at");
        return new Unit(
                rs.getInt("id"),
                UnitCode.of(rs.getString("code")),
                rs.getObject("effective_from", java.time.LocalDate.class),
                rs.getString("slug"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                new UnitSchema(rs.getString("schema_name")),
                UnitStatus.valueOf(rs.getString("status")),
                rs.getString("schema_version"),
                rs.getString("migration_error"),
                migratedAt == null ? null : migratedAt.toInstant());
    }
}
