package vn.hanoi.danvan.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitDefinition;
import vn.hanoi.danvan.api.ApiTest;

/**
 * The one door into a unit's data, on two server connections so every connection is reused. The
 * same tests run on a pool straight to PostgreSQL ({@link UnitDoorTest}) and on one behind
 * PgBouncer in transaction pooling mode ({@link UnitDoorBehindPgBouncerTest}).
 */
abstract class UnitDoorContract extends ApiTest {

    /** Connections at the server: the bare search_path check looks at this many at once. */
    static final int SERVER_CONNECTIONS = 2;

    private static final UnitCode HOAN_KIEM = UnitCode.of("00070");
    private static final UnitCode BA_DINH = UnitCode.of("00004");

    @Autowired
    UnitDirectory directory;

    private HikariDataSource pool;
    private UnitDoor door;

    /** The JDBC URL the door's pool connects to. */
    abstract String doorUrl();

    /** How many connections the door's pool holds. */
    abstract int poolSize();

    @BeforeEach
    void doorOverTwoConnections() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(doorUrl());
        config.setMaximumPoolSize(poolSize());
        pool = new HikariDataSource(config);
        door = doorWith(StatementTimeouts.NONE);
    }

    private UnitDoor doorWith(StatementTimeouts timeouts) {
        return new UnitDoor(
                directory,
                new SearchPathTransactions(JdbcClient.create(pool), new DataSourceTransactionManager(pool), timeouts),
                List.of());
    }

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void theSameQueryThroughTwoUnitsDoorsReadsEachUnitsOwnRows() {
        assertThat(door.read(HOAN_KIEM, this::profileCode)).isEqualTo("00070");
        assertThat(door.read(BA_DINH, this::profileCode)).isEqualTo("00004");
    }

    @Test
    void aWriteThroughOneUnitsDoorChangesNothingInAnother() {
        OffsetDateTime marked = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        OffsetDateTime baDinhBefore = door.read(BA_DINH, this::profileCreatedAt);

        door.write(
                HOAN_KIEM,
                unit -> unit.sql()
                        .sql("update unit_profile set created_at = :at")
                        .param("at", marked)
                        .update());

        assertThat(door.read(HOAN_KIEM, this::profileCreatedAt).toInstant()).isEqualTo(marked.toInstant());
        assertThat(door.read(BA_DINH, this::profileCreatedAt)).isEqualTo(baDinhBefore);
    }

    @Test
    void manyConcurrentUnitsOfWorkOnTwoConnectionsEachSeeOnlyTheirOwnUnit() throws Exception {
        List<UnitDefinition> units = ReferenceUnits.hanoi().subList(0, 12);
        try (ExecutorService workers = Executors.newFixedThreadPool(8)) {
            List<Future<String[]>> answers = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                UnitCode asked = units.get(i % units.size()).code();
                boolean write = i % 3 == 0;
                answers.add(workers.submit(() -> {
                    String seen = write
                            ? door.write(asked, unit -> {
                                unit.sql()
                                        .sql("update unit_profile set created_at = now()")
                                        .update();
                                return profileCode(unit);
                            })
                            : door.read(asked, this::profileCode);
                    return new String[] {asked.value(), seen};
                }));
            }
            for (Future<String[]> answer : answers) {
                String[] askedAndSeen = answer.get();
                assertThat(askedAndSeen[1]).isEqualTo(askedAndSeen[0]);
            }
        }
        assertThat(bareSearchPaths()).allMatch(path -> !path.contains("unit_"));
    }

    @Test
    void aFailedUnitOfWorkRollsBackAndLeavesNoSearchPathBehind() {
        OffsetDateTime before = door.read(HOAN_KIEM, this::profileCreatedAt);

        assertThatThrownBy(() -> door.write(HOAN_KIEM, unit -> {
                    unit.sql()
                            .sql("update unit_profile set created_at = now() - interval '1 day'")
                            .update();
                    return unit.sql().sql("select 1 / 0").query().singleValue();
                }))
                .hasMessageContaining("division by zero");

        assertThat(door.read(HOAN_KIEM, this::profileCreatedAt)).isEqualTo(before);
        assertThat(bareSearchPaths()).allMatch(path -> !path.contains("unit_"));
    }

    @Test
    void twoTransactionsAcrossTheSameUnitsInOppositeOrdersDoNotDeadlock() throws Exception {
        // A transfer from Hoàn Kiếm to Ba Đình and one back, at once: each writes its first unit,
        // waits until the other has too (or is held at the door), then writes its second.
        CyclicBarrier bothWroteTheirFirst = new CyclicBarrier(2);
        BiFunction<UnitScope, UnitScope, String> crossing = (first, second) -> {
            touchProfile(first);
            try {
                bothWroteTheirFirst.await(2, TimeUnit.SECONDS);
            } catch (Exception heldAtTheDoor) {
                // the other transaction waits for this one's unit locks: go on alone
            }
            touchProfile(second);
            return profileCode(first);
        };
        try (ExecutorService workers = Executors.newFixedThreadPool(2)) {
            Future<String> there = workers.submit(() -> door.writeBoth(HOAN_KIEM, BA_DINH, crossing));
            Future<String> back = workers.submit(() -> door.writeBoth(BA_DINH, HOAN_KIEM, crossing));

            assertThat(there.get(30, TimeUnit.SECONDS)).isEqualTo("00070");
            assertThat(back.get(30, TimeUnit.SECONDS)).isEqualTo("00004");
        }
    }

    private void touchProfile(UnitScope unit) {
        unit.sql().sql("update unit_profile set created_at = now()").update();
    }

    @Test
    void oneTransactionAcrossTwoUnitsWritesEachInItsOwnSchemaAndRollsBackBoth() {
        OffsetDateTime marked = OffsetDateTime.of(2026, 2, 3, 4, 5, 6, 0, ZoneOffset.UTC);
        OffsetDateTime hoanKiemBefore = door.read(HOAN_KIEM, this::profileCreatedAt);
        OffsetDateTime baDinhBefore = door.read(BA_DINH, this::profileCreatedAt);

        String seen = door.writeBoth(
                HOAN_KIEM, BA_DINH, (first, second) -> profileCode(first) + profileCode(second) + profileCode(first));
        assertThat(seen).isEqualTo("000700000400070");
        assertThatThrownBy(() -> door.writeBoth(HOAN_KIEM, BA_DINH, (first, second) -> {
                    first.sql()
                            .sql("update unit_profile set created_at = :at")
                            .param("at", marked)
                            .update();
                    second.sql()
                            .sql("update unit_profile set created_at = :at")
                            .param("at", marked)
                            .update();
                    throw new IllegalStateException("the second half failed");
                }))
                .hasMessageContaining("second half");

        assertThat(door.read(HOAN_KIEM, this::profileCreatedAt)).isEqualTo(hoanKiemBefore);
        assertThat(door.read(BA_DINH, this::profileCreatedAt)).isEqualTo(baDinhBefore);
    }

    @Test
    void aStatementPastItsTimeoutIsCancelledByPostgresAndTheUnitOfWorkRollsBack() {
        UnitDoor hurried = doorWith(() -> Optional.of(Duration.ofMillis(300)));
        OffsetDateTime before = door.read(HOAN_KIEM, this::profileCreatedAt);
        List<String> serverDefaults = bare("statement_timeout");

        assertThatThrownBy(() -> hurried.write(HOAN_KIEM, unit -> {
                    unit.sql()
                            .sql("update unit_profile set created_at = now() - interval '1 day'")
                            .update();
                    return unit.sql().sql("select pg_sleep(60)").query().singleValue();
                }))
                .isInstanceOf(QueryTimeoutException.class)
                .hasMessageContaining("statement timeout");

        assertThat(door.read(HOAN_KIEM, this::profileCreatedAt)).isEqualTo(before);
        assertThat(bare("statement_timeout")).isEqualTo(serverDefaults);
    }

    @Test
    void aUnitOfWorkWhoseRequestIsOutOfTimeDoesNotStart() {
        UnitDoor late = doorWith(() -> Optional.of(Duration.ZERO));

        assertThatThrownBy(() -> late.read(HOAN_KIEM, this::profileCode)).isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void aReadCannotWrite() {
        assertThatThrownBy(() -> door.read(
                        HOAN_KIEM,
                        unit -> unit.sql()
                                .sql("update unit_profile set created_at = now()")
                                .update()))
                .hasMessageContaining("read-only");
    }

    private String profileCode(UnitScope unit) {
        return unit.sql()
                .sql("select unit_code from unit_profile")
                .query(String.class)
                .single();
    }

    private OffsetDateTime profileCreatedAt(UnitScope unit) {
        return unit.sql()
                .sql("select created_at from unit_profile")
                .query(OffsetDateTime.class)
                .single();
    }

    private List<String> bareSearchPaths() {
        return bare("search_path");
    }

    /**
     * A setting as each server connection has it outside any unit of work: as many transactions
     * held open at once as there are server connections, so each runs on a different one (behind
     * PgBouncer a transaction keeps its server connection until it ends).
     */
    private List<String> bare(String setting) {
        List<String> paths = new ArrayList<>();
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < SERVER_CONNECTIONS; i++) {
                Connection connection = pool.getConnection();
                connection.setAutoCommit(false);
                held.add(connection);
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("show " + setting)) {
                    rs.next();
                    paths.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            held.forEach(connection -> {
                try {
                    connection.rollback();
                    connection.close();
                } catch (SQLException ignored) {
                    // closing a pooled connection returns it
                }
            });
        }
        assertThat(paths).hasSize(SERVER_CONNECTIONS);
        return paths;
    }
}
