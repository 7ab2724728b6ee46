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
 * <p>Liquibase 4 is not built for that out of the box. Its default scope manager shares one
 * "current scope" across all threads: here each thread gets its own. And every update ends by
 * resetting the lock services of every database in the JVM: {@link AdvisoryLockService} keeps
 * its state through that. The caches Liquibase keeps per database are dropped by
 * {@link #releaseCaches()} once no update runs.
 */
final class Liquibases {

    static {
        // No phoning home (there is no network to phone), no banner on the console.
        System.setProperty("liquibase.analytics.enabled", "false");
        System.setProperty("liquibase.showBanner", "false");
        // No update summary on standard output: that is where the CLI answers.
        System.setProperty("liquibase.command.showSummary", "off");
        System.setProperty("liquibase.command.showSummaryOutput", "log");
    }

    private static final ThreadLocalScopeManager SCOPES = new ThreadLocalScopeManager();
    private static final ClassLoaderResourceAccessor RESOURCES = new ClassLoaderResourceAccessor();
    private static final ReadWriteLock CACHES = new ReentrantReadWriteLock();

    private Liquibases() {}

    /** What to do with a {@link Liquibase} set up on one schema. */
    @FunctionalInterface
    interface Action {
        void run(Liquibase liquibase) throws Exception;
    }

    /**
     * Applies {@code changelog} with {@code schema} first on the connection's search_path and
     * Liquibase's own tracking tables in that schema. The connection is this call's alone.
     */
    static void update(Connection connection, String changelog, String schema, String searchPath) throws Exception {
        run(connection, changelog, schema, searchPath, liquibase -> liquibase.update(""));
    }

    /**
     * Runs {@code action} on a Liquibase for {@code changelog} with {@code schema} first on the
     * connection's search_path and Liquibase's own tracking tables in that schema, under the same
     * thread-safety measures as {@link #update}. The connection is this call's alone.
     */
    static void run(Connection connection, String changelog, String schema, String searchPath, Action action)
            throws Exception {
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
                // Not closed: that would close the connection, which belongs to the caller.
                action.run(new Liquibase(changelog, RESOURCES, database));
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
    static void resetSession(Connection connection) throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("reset search_path");
            // Had Liquibase failed before releasing it, the advisory lock must not ride the pool.
            statement.execute("select pg_advisory_unlock_all()");
        }
    }
}
