package vn.hanoi.danvan.admin;

import java.sql.Connection;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds and migrates one unit's schema. Every step is safe to repeat: registration does nothing
 * for a known unit, Liquibase skips applied changesets, and a unit turns {@code ACTIVE} only in
 * the last step, so an interrupted provisioning is resumed by running it again and a half-built
 * unit never serves.
 *
 * <p>A fresh schema, one Liquibase never touched, is built by the {@link FreshUnitPath} in one
 * transaction from the SQL Liquibase generated once for the changelog: building a whole fleet
 * that way takes seconds where Liquibase unit by unit took minutes. Any other schema is migrated
 * by Liquibase.
 */
public class UnitProvisioner {

    private static final Logger log = LoggerFactory.getLogger(UnitProvisioner.class);

    private final DataSource dataSource;
    private final UnitRegistry registry;
    private final UnitChangelog changelog;
    private final JdbcClient sql;
    private final TransactionTemplate transactions;
    private final FreshUnitPath freshPath;

    public UnitProvisioner(DataSource dataSource, UnitRegistry registry, UnitChangelog changelog) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.changelog = changelog;
        this.sql = JdbcClient.create(dataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.freshPath = new FreshUnitPath(changelog);
    }

    public UnitChangelog changelog() {
        return changelog;
    }

    /** Registers the unit if needed and brings its schema to the current version. */
    public UnitMigrationResult provision(UnitDefinition definition) {
        Unit unit = registry.register(definition);
        if (unit.isCurrent(changelog.version())) {
            return UnitMigrationResult.ok(unit.code());
        }
        return migrate(unit);
    }

    /**
     * Applies the unit changelog to the unit's schema: by the fresh path when Liquibase never
     * touched it, else by Liquibase. A failure is recorded on the unit, with its reason, and
     * returned; it never throws for a unit's own failure.
     */
    public UnitMigrationResult migrate(Unit unit) {
        try (Connection connection = dataSource.getConnection()) {
            if (!freshPath.build(connection, unit.schema())) {
                Liquibases.update(
                        connection,
                        changelog.path(),
                        unit.schema().name(),
                        unit.schema().searchPath());
            }
        } catch (Exception e) {
            String reason = Failures.oneLine(e);
            log.warn("Unit {} failed to migrate to {}: {}", unit.code(), changelog.version(), reason);
            registry.markFailed(unit.id(), reason);
            return new UnitMigrationResult(unit.code(), reason);
        }
        transactions.executeWithoutResult(status -> {
            // The schema name is a validated identifier from the registry, never request text.
            sql.sql("insert into " + unit.schema().name() + ".unit_profile (unit_code) values (:code)"
                            + " on conflict do nothing")
                    .param("code", unit.code().value())
                    .update();
            registry.markMigrated(unit.id(), changelog.version());
        });
        return UnitMigrationResult.ok(unit.code());
    }
}
