package vn.hanoi.danvan.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Builds a fresh unit schema, one without a {@code databasechangelog} table, by running the
 * changelog's {@link FreshUnitScript} in one transaction: creating the schema, every changeset
 * and Liquibase's record of each. Liquibase finds such a unit exactly as if it had migrated it,
 * so later changesets reach it by a normal Liquibase update.
 *
 * <p>Why one transaction: an interrupted or failing build leaves nothing behind, not even the
 * schema, and the next attempt starts fresh again. The transaction holds the advisory lock
 * Liquibase's {@link AdvisoryLockService} takes on the schema, so a concurrent migrator of the
 * same unit waits, and then finds the changelog table and leaves the unit to Liquibase.
 */
final class FreshUnitPath {

    private final UnitChangelog changelog;

    FreshUnitPath(UnitChangelog changelog) {
        this.changelog = changelog;
    }

    /**
     * Builds {@code schema} if it is fresh and the changelog has a script. Returns false, having
     * changed nothing, when it is Liquibase's turn. The connection is this call's alone and goes
     * back in autocommit mode with the default search_path.
     */
    boolean build(Connection connection, UnitSchema schema) throws Exception {
        if (!isFresh(connection, schema)) {
            return false;
        }
        Optional<FreshUnitScript> script = FreshUnitScripts.forChangelog(connection, changelog);
        if (script.isEmpty()) {
            return false;
        }
        connection.setAutoCommit(false);
        try {
            lock(connection, schema);
            if (!isFresh(connection, schema)) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                // The schema name is a validated identifier (UnitSchema).
                statement.execute("create schema if not exists " + schema.name());
                statement.execute("set local search_path to " + schema.searchPath());
                for (FreshUnitScript.Part part : script.get().forSchema(schema)) {
                    run(statement, part);
                }
            }
            recordDeployment(connection, schema);
            connection.commit();
            return true;
        } finally {
            // Rolls back whatever did not commit, which releases the lock with it.
            Liquibases.resetSession(connection);
        }
    }

    private static void run(Statement statement, FreshUnitScript.Part part) throws SQLException {
        try {
            statement.execute(part.sql());
        } catch (SQLException e) {
            throw new SQLException(
                    "Building a fresh unit schema failed, nothing of it kept: " + part.name() + ": " + e.getMessage(),
                    e.getSQLState(),
                    e);
        }
    }

    private static boolean isFresh(Connection connection, UnitSchema schema) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is null")) {
            statement.setString(1, schema.name() + ".databasechangelog");
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void lock(Connection connection, UnitSchema schema) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            statement.setInt(1, AdvisoryLockService.KEY_SPACE);
            statement.setString(2, schema.name());
            statement.execute();
        }
    }

    /**
     * Gives the unit's changelog rows a deployment id of their own, made the way Liquibase makes
     * one, instead of the scratch run's: each unit's build is its own deployment.
     */
    private static void recordDeployment(Connection connection, UnitSchema schema) throws SQLException {
        String millis = String.valueOf(System.currentTimeMillis());
        try (PreparedStatement statement =
                connection.prepareStatement("update " + schema.name() + ".databasechangelog set deployment_id = ?")) {
            statement.setString(1, millis.substring(millis.length() - 10));
            statement.executeUpdate();
        }
    }
}
