package vn.hanoi.danvan.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The shared {@code platform} schema: the unit registry, calendars, oversight facts. Its
 * changelog's fingerprint is recorded after each migration, so a start where it is current costs
 * one query instead of a Liquibase run.
 */
public final class PlatformSchema {

    public static final String CHANGELOG = "db/platform/changelog.yaml";
    public static final String NAME = "platform";

    // The same fingerprint as a unit changelog's: changesets and content of every included file.
    private static final String VERSION = new UnitChangelog(CHANGELOG).version();

    private PlatformSchema() {}

    /** Applies the platform changelog; a no-op, without Liquibase, when it is current. */
    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (VERSION.equals(recordedVersion(connection))) {
                return;
            }
            Liquibases.update(connection, CHANGELOG, NAME, NAME + ", " + UnitSchema.EXTENSIONS);
            record(connection);
        } catch (Exception e) {
            throw new IllegalStateException("The platform schema could not be migrated: " + Failures.oneLine(e), e);
        }
    }

    private static String recordedVersion(Connection connection) throws SQLException {
        if (single(connection, "select to_regclass('platform.platform_version') is not null")
                .equals("f")) {
            return null;
        }
        return single(connection, "select version from platform.platform_version");
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query);
                ResultSet rs = statement.executeQuery()) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void record(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                        insert into platform.platform_version (id, version, migrated_at) values (true, ?, now())
                        on conflict (id) do update set version = excluded.version, migrated_at = now()
                        """)) {
            statement.setString(1, VERSION);
            statement.executeUpdate();
        }
    }
}
