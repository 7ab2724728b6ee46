package vn.hanoi.danvan.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.testing.TestPostgres;

class FactCommandsTest {

    private String url;

    @BeforeEach
    void twoUnitsWithPetitions() throws SQLException {
        url = TestPostgres.newDatabase();
        assertThat(run("provision", "00070").exit()).isZero();
        assertThat(run("provision", "00004").exit()).isZero();
        execute("""
                set search_path = unit_00070, ext;
                insert into petition (tracking_code, citizen_secret_hash, kind, channel, state, subject, matter,
                    search_text, matter_simhash, received_on, received_at, group_petition, accepted_on, due_on,
                    resolved_on, rating, transferred_to_unit)
                select 'T' || g, 'x', (array['COMPLAINT','DENUNCIATION','RECOMMENDATION','REFLECTION'])[1 + g % 4],
                       (array['IN_PERSON','POST','ONLINE','TRANSFERRED','STAFF_ENTRY'])[1 + g % 5],
                       (array['RECEIVED','ACCEPTED','RESOLVED','CLOSED','TRANSFERRED'])[1 + g % 5],
                       's', 'm', 's', g, date '2026-01-01' + g, now(), g % 7 = 0,
                       date '2026-01-03' + g, date '2026-01-20' + g,
                       case when g % 5 in (2, 3) then date '2026-01-10' + g * 2 end,
                       case when g % 5 = 2 then 1 + g % 5 end,
                       case when g % 5 = 4 then '00004' end
                  from generate_series(1, 60) g;
                """);
    }

    @Test
    void checkFindsMissingFactsRebuildWritesThemAndCheckThenAgrees() throws SQLException {
        Outcome before = run("facts", "check", "--all");
        assertThat(before.exit()).isEqualTo(1);
        assertThat(before.out())
                .contains("drift: 00070  facts missing or different: 60")
                .doesNotContain("00004");

        Outcome rebuilt = run("facts", "rebuild", "--all");
        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out()).contains("00070  facts written: 60, deleted: 0", "rebuilt the facts of 2 unit(s)");
        assertThat(run("facts", "check").out()).contains("facts agree with the unit schemas");

        assertThat(run("facts", "rebuild", "00070").out()).contains("00070  facts written: 0, deleted: 0");
    }

    @Test
    void driftInFactsOrSummariesIsReportedAndRepaired() throws SQLException {
        run("facts", "rebuild", "00070");
        // A fact changed behind the unit's back: the trigger keeps the summaries in step with it.
        execute("update platform.petition_fact set state = 'CLOSED', satisfaction = 5 where petition_id = 1");
        // A fact without a petition, and a summary row off by one.
        execute("""
                insert into platform.petition_fact (unit_code, petition_id, kind, channel, state, round,
                    group_petition, received_on) values ('00070', 999, 'COMPLAINT', 'POST', 'RECEIVED', 1, false, '2026-02-01');
                update platform.petition_month set received = received + 1 where unit_code = '00070'
                   and month = '2026-01-01';
                """);
        Outcome check = run("facts", "check", "00070");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out())
                .contains("facts missing or different: 1, facts without a petition: 1, summary rows off: 2");

        assertThat(run("facts", "rebuild", "00070").out()).contains("facts written: 1, deleted: 1");
        assertThat(run("facts", "check", "00070").exit()).isZero();
    }

    @Test
    void rebuildNeedsAUnitAndRefusesAnUnknownOne() {
        assertThat(run("facts", "rebuild").exit()).isEqualTo(2);
        assertThat(run("facts", "rebuild", "00082").exit()).isEqualTo(2);
        assertThat(run("facts", "frobnicate").exit()).isEqualTo(2);
    }

    private record Outcome(int exit, String out, String err) {}

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TenantAdminCli.run(
                List.of(args),
                Map.of("SPRING_DATASOURCE_URL", url),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
