package vn.hanoi.danvan.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The door's tests, unchanged, behind PgBouncer in transaction pooling mode: eight pooled client
 * connections share two server connections, so consecutive units of work of different units run
 * on the same server connection. Runs where a {@code pgbouncer} binary is on the PATH (Debian's
 * package {@code pgbouncer}); elsewhere it is skipped.
 */
@Tag("pgbouncer")
class UnitDoorBehindPgBouncerTest extends UnitDoorContract {

    private static PgBouncer bouncer;

    @BeforeAll
    static void startPgBouncer() {
        PgBouncer.binary().ifPresent(binary -> bouncer = PgBouncer.start(binary, databaseUrl(), SERVER_CONNECTIONS));
    }

    @AfterAll
    static void stopPgBouncer() {
        if (bouncer != null) {
            bouncer.close();
        }
    }

    /** Each test is skipped, saying why, where there is no PgBouncer to run behind. */
    @Override
    String doorUrl() {
        assumeTrue(bouncer != null, "no pgbouncer on the PATH (Debian package pgbouncer): not tested behind PgBouncer");
        return bouncer.url();
    }

    @Override
    int poolSize() {
        return 4 * SERVER_CONNECTIONS;
    }

    /**
     * Why the door sets the search_path with SET LOCAL: a plain (session) SET stays on the server
     * connection when the transaction ends, and PgBouncer hands that connection to the next client.
     */
    @Test
    void aSessionLevelSetWouldReachAnotherClientOfTheSameServerConnection() throws SQLException {
        try (Connection first = DriverManager.getConnection(bouncer.singleConnectionUrl());
                Connection second = DriverManager.getConnection(bouncer.singleConnectionUrl())) {
            try (Statement statement = first.createStatement()) {
                statement.execute("set search_path = unit_00070");
            }
            assertThat(searchPath(second)).as(bouncer.log()).isEqualTo("unit_00070");

            try (Statement statement = first.createStatement()) {
                statement.execute("reset search_path");
            }
            assertThat(searchPath(second)).doesNotContain("unit_");
        }
    }

    private static String searchPath(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show search_path")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
