package vn.hanoi.danvan.admin;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Date;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LockException;
import liquibase.lockservice.DatabaseChangeLogLock;
import liquibase.lockservice.LockService;

/**
 * Liquibase's changelog lock as a PostgreSQL session advisory lock on the schema being migrated,
 * in place of the {@code databasechangeloglock} table.
 *
 * <p>Why: Liquibase resets the lock services of every database in the JVM when any update ends,
 * so with units migrating side by side a finished unit made running ones forget their lock and
 * leave the lock row taken. This service keeps its state through such resets. An advisory lock
 * also dies with the session of a crashed migrator, where a lock row would stay taken until
 * someone released it by hand, and it saves every unit schema a table.
 */
public class AdvisoryLockService implements LockService {

    /**
     * The first half of the two-part advisory key: "liquibase" for danvan. The second half is
     * {@code hashtext(schema)}; {@link FreshUnitPath} takes the same key for its transaction.
     */
    static final int KEY_SPACE = 0x4c42_0001;

    private Database database;
    private volatile boolean held;
    private volatile Date grantedAt;
    private long waitMinutes = 5;
    private long recheckSeconds = 1;

    @Override
    public int getPriority() {
        return 100;
    }

    @Override
    public boolean supports(Database database) {
        return database instanceof PostgresDatabase;
    }

    @Override
    public void setDatabase(Database database) {
        this.database = database;
    }

    @Override
    public void setChangeLogLockWaitTime(long minutes) {
        this.waitMinutes = minutes;
    }

    @Override
    public void setChangeLogLockRecheckTime(long seconds) {
        this.recheckSeconds = seconds;
    }

    @Override
    public boolean hasChangeLogLock() {
        return held;
    }

    @Override
    public void waitForLock() throws LockException {
        long deadline = System.nanoTime() + waitMinutes * 60_000_000_000L;
        while (!acquireLock()) {
            if (System.nanoTime() > deadline) {
                throw new LockException("Could not take the migration lock of schema " + schema() + " within "
                        + waitMinutes + " minute(s): another migrator holds it.");
            }
            try {
                Thread.sleep(recheckSeconds * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockException("Interrupted while waiting for the migration lock of " + schema());
            }
        }
    }

    @Override
    public boolean acquireLock() throws LockException {
        if (held) {
            return true;
        }
        held = call("select pg_try_advisory_lock(?, hashtext(?))");
        if (held) {
            grantedAt = new Date();
        }
        return held;
    }

    @Override
    public void releaseLock() throws LockException {
        if (held) {
            call("select pg_advisory_unlock(?, hashtext(?))");
            held = false;
            grantedAt = null;
        }
    }

    @Override
    public DatabaseChangeLogLock[] listLocks() {
        return held
                ? new DatabaseChangeLogLock[] {new DatabaseChangeLogLock(1, grantedAt, "this session")}
                : new DatabaseChangeLogLock[0];
    }

    @Override
    public void forceReleaseLock() throws LockException {
        releaseLock();
    }

    /** Liquibase calls this for every database at the end of any update: keep the state. */
    @Override
    public void reset() {}

    @Override
    public void init() {}

    @Override
    public void destroy() {}

    private String schema() {
        return database.getLiquibaseSchemaName() != null
                ? database.getLiquibaseSchemaName()
                : database.getDefaultSchemaName();
    }

    private boolean call(String query) throws LockException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setInt(1, KEY_SPACE);
            statement.setString(2, schema());
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new LockException("The migration lock of schema " + schema() + " failed: " + e.getMessage(), e);
        }
    }
}
