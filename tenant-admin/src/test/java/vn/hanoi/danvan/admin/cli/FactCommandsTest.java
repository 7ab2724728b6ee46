package vn.hanoi.danvan.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
                .contains("drift: 00070  petition facts missing: 60, different: 0, extra: 0, summary rows off: 0")
                .contains("1 unit(s) drifted")
                .doesNotContain("reception facts")
                .doesNotContain("00004");

        Outcome rebuilt = run("facts", "rebuild", "--all");
        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        assertThat(rebuilt.out())
                .contains(
                        "00070  petition facts inserted: 60, updated: 0, deleted: 0, summary rows off: 0",
                        "00070  reception facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0",
                        "00070  directive facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0",
                        "rebuilt the facts of 2 unit(s)");
        assertThat(run("facts", "check").out()).contains("facts agree with the unit schemas");

        assertThat(run("facts", "rebuild", "00070").out())
                .contains("00070  petition facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0");
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
        // The month row off both ways (2), and the running totals, which followed it through their
        // trigger, in that month and the four after it with facts (5).
        assertThat(check.out())
                .contains("drift: 00070  petition facts missing: 0, different: 1, extra: 1, summary rows off: 7")
                .doesNotContain("reception facts")
                .doesNotContain("directive facts");

        assertThat(run("facts", "rebuild", "00070").out())
                .contains("00070  petition facts inserted: 0, updated: 1, deleted: 1, summary rows off: 7");
        assertThat(run("facts", "check", "00070").exit()).isZero();
    }

    @Test
    void onlyOffSummariesAreRepairedTooAndAGoodUnitIsNotWrittenAtAll() throws SQLException {
        run("facts", "rebuild", "00070");
        execute("update platform.petition_stat set petitions = petitions + 1 where unit_code = '00070'"
                + " and month = '2026-02-01' and kind = 'COMPLAINT' and channel = 'ONLINE'");
        assertThat(run("facts", "check", "00070").out())
                .contains("drift: 00070  petition facts missing: 0, different: 0, extra: 0, summary rows off: 2");
        assertThat(run("facts", "rebuild", "00070").out())
                .contains("00070  petition facts inserted: 0, updated: 0, deleted: 0, summary rows off: 2");
        assertThat(run("facts", "check", "00070").exit()).isZero();

        long version = number("select version from platform.fact_version where unit_code = '00070'");
        run("facts", "rebuild", "00070");
        assertThat(number("select version from platform.fact_version where unit_code = '00070'"))
                .isEqualTo(version);
    }

    @Test
    void receptionAndDirectiveRowsWrittenStraightIntoTheSchemaGetTheirFacts() throws SQLException {
        execute("""
                set search_path = unit_00070, ext;
                insert into reception_session (kind, held_on, starts_at, online, presider_office, presider_name,
                    status, entry_count, people_received, created_by)
                values ('LEADER_PERIODIC', '2026-03-05', '08:00', true, 'CHAIRMAN', 'x', 'HELD', 2, 7, 't'),
                       ('REGULAR', '2026-03-12', '08:00', true, 'OFFICER', 'x', 'PLANNED', 0, 0, 't');
                insert into reception_entry (session_id, year, sequence_number, received_on, content, group_size,
                    matter_kinds, recorded_by)
                select (select min(id) from reception_session), 2026, n, '2026-03-05', 'c', size, kinds, 't'
                  from (values (1, 1, '{}'::text[]), (2, 6, '{COMPLAINT,DENUNCIATION}'::text[])) v(n, size, kinds);
                update petition set reception_entry_id = (select max(id) from reception_entry) where id in (3, 5);
                insert into directive_assignment (task_id, directive_id, recurrence, assigned_at, assigned_by, due_on,
                    accepted_at, percent)
                values (41, 4, 'MONTHLY', '2026-01-31 18:30+00', 'city', '2026-03-31', '2026-02-02 09:00+07', 50);
                insert into directive_obligation (assignment_id, period_start, period_end, due_on, report_id)
                values (41, '2026-01-01', '2026-01-31', '2026-01-31', 1), (41, '2026-02-01', '2026-02-28', '2026-02-28', null),
                       (41, '2026-03-01', '2026-03-31', '2026-03-31', null);
                insert into directive_report (assignment_id, period_start, percent, narrative, state, submitted_at,
                    submitted_by)
                values (41, '2026-01-01', 50, 'n', 'SUBMITTED', '2026-02-10 20:00+00', 'u'),
                       (41, '2026-02-01', 60, 'n', 'RETURNED', '2026-02-28 20:00+00', 'u');
                """);
        assertThat(run("facts", "check", "00070").out())
                .contains("drift: 00070  reception facts missing: 4, different: 0, extra: 0, summary rows off: 0")
                .contains("drift: 00070  directive facts missing: 1, different: 0, extra: 0, summary rows off: 0");

        assertThat(run("facts", "rebuild", "00070").out())
                .contains("00070  reception facts inserted: 4, updated: 0, deleted: 0, summary rows off: 0")
                .contains("00070  directive facts inserted: 1, updated: 0, deleted: 0, summary rows off: 0");
        assertThat(run("facts", "check", "00070").out()).contains("facts agree with the unit schemas");
        assertThat(text("""
                        select concat_ws(' ', group_size, group_entry, matter_kinds, petition_ids)
                          from platform.reception_entry_fact where unit_code = '00070' order by entry_id desc limit 1""")).isEqualTo("6 t {COMPLAINT,DENUNCIATION} {3,5}");
        // Hanoi days: late on 31 January and 28 February in UTC are 1 February and 1 March in Hanoi.
        assertThat(text("""
                        select concat_ws(' ', assigned_on, accepted_on, percent, reports, returned_reports,
                            last_report_on, obligations, obligations_met, open_due_on, next_due_on, done_on is null)
                          from platform.directive_assignment_fact where unit_code = '00070'"""))
                .isEqualTo("2026-02-01 2026-02-02 50 2 1 2026-03-01 3 1 {2026-02-28,2026-03-31} 2026-02-28 t");
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

    private long number(String query) throws SQLException {
        return Long.parseLong(text(query));
    }

    private String text(String query) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
