package vn.hanoi.danvan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.testing.TestPostgres;

/** A rebuild takes its locks in the API's order, so it and the API's writers never deadlock. */
class FactRebuildLockOrderTest {

    private static final UnitCode HOAN_KIEM = UnitCode.of("00070");

    private HikariDataSource dataSource;
    private JdbcClient sql;
    private Unit unit;

    @BeforeEach
    void aUnitWithASessionWhoseFactIsMissing() {
        dataSource = TestPostgres.newDataSource(4);
        sql = JdbcClient.create(dataSource);
        new Fleet(dataSource, UnitChangelog.DEFAULT, 2)
                .provision(List.of(ReferenceUnits.hanoi(HOAN_KIEM).orElseThrow()));
        unit = new UnitRegistry(dataSource).get(HOAN_KIEM);
        sql.sql("""
                        insert into unit_00070.reception_session (kind, held_on, starts_at, online, presider_office,
                            presider_name, status, created_by)
                        values ('REGULAR', '2026-03-05', '08:00', true, 'OFFICER', 'x', 'HELD', 't')
                        """).update();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    /**
     * A registration writes its petitions' facts (raising the unit's fact_version) before the
     * entry's fact. A reception rebuild that locked only the reception tables would hold them while
     * waiting for that fact_version row, and the registration would wait for them: a deadlock.
     */
    @Test
    void aReceptionRebuildWaitsForARegistrationThatWroteItsPetitionFactsAndBothFinish() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection registration = dataSource.getConnection()) {
            registration.setAutoCommit(false);
            execute(registration, """
                    insert into platform.petition_fact (unit_code, petition_id, kind, channel, state, round,
                        group_petition, received_on) values ('00070', 1, 'COMPLAINT', 'IN_PERSON', 'RECEIVED', 1, false,
                        '2026-03-05')""");

            Future<List<FactDrift>> rebuild = executor.submit(
                    () -> new FactRebuild(dataSource, List.of(new ReceptionFactFamily())).rebuild(unit));
            awaitSomeoneWaitingForALock();
            execute(registration, """
                    insert into platform.reception_entry_fact (unit_code, entry_id, session_id, received_on, group_size,
                        group_entry, matter_kinds, petition_ids) values ('00070', 1, 1, '2026-03-05', 1, false,
                        '{COMPLAINT}', '{1}')""");
            registration.commit();

            // The session's fact written; the entry's, with no entry in the unit's schema, deleted.
            assertThat(rebuild.get(30, TimeUnit.SECONDS))
                    .containsExactly(new FactDrift(HOAN_KIEM, "reception", 1, 0, 1, 0));
        } finally {
            executor.shutdownNow();
        }
    }

    private void awaitSomeoneWaitingForALock() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (sql.sql("select count(*) from pg_stat_activity where datname = current_database()"
                                + " and wait_event_type = 'Lock'")
                        .query(Integer.class)
                        .single()
                == 0) {
            assertThat(Instant.now()).as("the rebuild waits for a lock").isBefore(until);
            Thread.sleep(50);
        }
    }

    private static void execute(Connection connection, String statement) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }
}
