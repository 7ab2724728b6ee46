package vn.hanoi.danvan.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ThreadLocalScopeManager;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.executor.ExecutorService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Runs one changelog on one schema over one connection, quietly, safely beside other units
 * migrating on other threads of the same JVM.
 *
 * <p>Liquibase 4 is not built for that out of the box, in two ways this class mends: its default
 * scope manager shares one "current scope" across all threads, and every update ends by
 * resetting the lock and history services of <em>every</em> database, so a unit finishing on one
 * thread made units still running on others forget they held their changelog lock, leaving the
 * lock row taken. Here each thread has its own scope and an update resets only its own database's
 * services; the shared caches are cleared by {@link #releaseCaches()} once no update runs.
 */
final class Liquibases {

    static {
        // No phoning home (there is no network to phone), no banner on the console.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
    }

    private static final ThreadLocalScopeManager SCOPES = new ThreadLocalScopeManager();
    private static final ReadWriteLock CACHES = new ReentrantReadWriteLock();

    private Liquibases() {}

    /**
     * Applies {@code changelog} with {@code schema} first on the connection's search_path and
     * Liquibase's own tracking tables in that schema. The connection is this call's alone.
     */
    static void update(Connection connection, String changelog, String schema, String searchPath) throws Exception {
        try (Statement statement = connection.createStatement()) {
            // Both names are validated identifiers (UnitSchema, or the fixed "platform").
            statement.execute("create schema if not exists " + schema);
            statement.execute("set search_path to " + searchPath);
        }
        Scope.setScopeManager(SCOPES);
        CACHES.readLock().lock();
        try {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            database.setDefaultSchemaName(schema);
            database.setLiquibaseSchemaName(schema);
            Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
                new OneDatabaseLiquibase(changelog, database).update("");
            });
        } finally {
            CACHES.readLock().unlock();
            resetSession(connection);
        }
    }

    /** Drops what Liquibase cached for databases already migrated; waits for running updates. */
    static void releaseCaches() {
        CACHES.writeLock().lock();
        try {
            LockServiceFactory.getInstance().resetAll();
            Scope.getCurrentScope()
                    .getSingleton(ChangeLogHistoryServiceFactory.class)
                    .resetAll();
            Scope.getCurrentScope().getSingleton(ExecutorService.class).reset();
        } finally {
            CACHES.writeLock().unlock();
        }
    }

    /** A pooled connection goes back as it came: no open transaction, the default search_path. */
    private static void resetSession(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("reset search_path");
        }
    }

    /** Liquibase that, when done, resets its own database's services and no one else's. */
    private static final class OneDatabaseLiquibase extends Liquibase {

        OneDatabaseLiquibase(String changelog, Database database) {
            super(changelog, new ClassLoaderResourceAccessor(), database);
        }

        @Override
        protected void resetServices() {
            LockServiceFactory.getInstance().getLockService(getDatabase()).reset();
            Scope.getCurrentScope()
                    .getSingleton(ChangeLogHistoryServiceFactory.class)
                    .getChangeLogService(getDatabase())
                    .reset();
        }
    }
}
