package vn.hanoi.danvan.admin;

import java.sql.Connection;
import javax.sql.DataSource;

/** The shared {@code platform} schema: the unit registry, calendars, oversight facts. */
public final class PlatformSchema {

    public static final String CHANGELOG = "db/platform/changelog.yaml";
    public static final String NAME = "platform";

    private PlatformSchema() {}

    /** Applies the platform changelog; a no-op when it is current. */
    public static void migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            Liquibases.update(connection, CHANGELOG, NAME, NAME + ", " + UnitSchema.EXTENSIONS);
        } catch (Exception e) {
            throw new IllegalStateException("The platform schema could not be migrated: " + Failures.oneLine(e), e);
        }
    }
}
