package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.oversight.Scorecard.ReceptionCompliance;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * The monthly reception summary ({@code platform.reception_month}, platform 013) stays what judging
 * the facts gives: after session writes, moves and deletes, across a month boundary, after a rule
 * edit (never two rules of one office in force at once); and the scorecards, which read it for the
 * months that are over and judge the rest from the facts, agree with judging every month in Java,
 * whatever the day.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReceptionMonthsTest extends ApiTest {

    /** Codes outside the registry: no scorecard, and so no other test, sees their sessions. */
    static final String BOUNDARY_UNIT = "99901";

    static final String WRITTEN_UNIT = "99902";

    static final String RULE_UNIT = "99903";

    /** A registered unit in no other test's calendar; its sessions here, in 2025, go after the class. */
    static final String SCORED_UNIT = "00160";

    static final long FIRST_SESSION = 990_000;

    /** A month's summary row: sessions held and cancelled, days required and kept, met. */
    record Month(int held, int cancelled, int required, int kept, boolean met) {}

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformDoor door;

    @Autowired
    ScorecardQueries scorecards;

    JdbcClient sql;
    long nextSession = FIRST_SESSION;

    @BeforeAll
    void client() {
        sql = JdbcClient.create(dataSource);
    }

    @AfterAll
    void removeTheSessions() {
        // Through the triggers: the summary rows go with them.
        sql.sql("delete from platform.reception_session_fact where unit_code in (:units) and session_id >= :first")
                .param("units", List.of(BOUNDARY_UNIT, WRITTEN_UNIT, RULE_UNIT, SCORED_UNIT))
                .param("first", FIRST_SESSION)
                .update();
    }

    @Test
    void aSessionCountsForTheMonthOfItsWeeksThursdayEvenIfHeldInTheMonthBefore() {
        // Tue 31 March 2026 lies in the week of Thursday 2 April: April's first week under the
        // chairman's weekly rule. March has 4 weeks, April 5, and the secretary's 2 days each.
        long session = session(sql, BOUNDARY_UNIT, "2026-03-31", "CHAIRMAN", "HELD");
        assertThat(month(BOUNDARY_UNIT, "2026-03")).isEqualTo(new Month(1, 0, 6, 0, false));
        assertThat(month(BOUNDARY_UNIT, "2026-04")).isEqualTo(new Month(0, 0, 7, 1, false));
        assertTheSummaryIsTheFacts(BOUNDARY_UNIT);

        // Moved to Friday 27 March, in the week of Thursday 26 March: March's own.
        update(BOUNDARY_UNIT, session, "held_on = '2026-03-27'");
        assertThat(month(BOUNDARY_UNIT, "2026-03")).isEqualTo(new Month(1, 0, 6, 1, false));
        assertThat(month(BOUNDARY_UNIT, "2026-04")).as("no row: nothing counts").isNull();
        assertTheSummaryIsTheFacts(BOUNDARY_UNIT);

        delete(BOUNDARY_UNIT, session);
        assertThat(month(BOUNDARY_UNIT, "2026-03")).isNull();
        assertTheSummaryIsTheFacts(BOUNDARY_UNIT);
    }

    @Test
    void theSummaryFollowsSessionWritesMovesAndDeletes() {
        List<Long> sessions = new ArrayList<>();
        String[] offices = {"CHAIRMAN", "PARTY_SECRETARY", "VICE_CHAIRMAN", "CHAIRMAN", "OFFICER"};
        LocalDate day = LocalDate.of(2026, 1, 2);
        for (int i = 0; day.isBefore(LocalDate.of(2026, 9, 1)); i++, day = day.plusDays(1 + i % 4)) {
            String status = i % 9 == 0 ? "CANCELLED" : i % 13 == 0 ? "PLANNED" : "HELD";
            sessions.add(session(sql, WRITTEN_UNIT, day.toString(), offices[i % offices.length], status));
            if (i % 10 == 0) {
                // A second session the same day: still one day kept.
                sessions.add(session(sql, WRITTEN_UNIT, day.toString(), "CHAIRMAN", "HELD"));
            }
        }
        assertTheSummaryIsTheFacts(WRITTEN_UNIT);
        assertTheSummaryIsJudgedAsInJava(WRITTEN_UNIT, YearMonth.of(2025, 12), YearMonth.of(2026, 9));

        for (int i = 0; i < sessions.size(); i += 5) {
            update(WRITTEN_UNIT, sessions.get(i), "status = case status when 'HELD' then 'CANCELLED' else 'HELD' end");
        }
        for (int i = 2; i < sessions.size(); i += 7) {
            update(WRITTEN_UNIT, sessions.get(i), "held_on = held_on + 4, presider_office = 'PARTY_SECRETARY'");
        }
        update(WRITTEN_UNIT, sessions.get(1), "entry_count = 3, people_received = 5");
        assertTheSummaryIsTheFacts(WRITTEN_UNIT);
        assertTheSummaryIsJudgedAsInJava(WRITTEN_UNIT, YearMonth.of(2025, 12), YearMonth.of(2026, 9));

        for (int i = 0; i < sessions.size(); i += 3) {
            delete(WRITTEN_UNIT, sessions.get(i));
        }
        assertTheSummaryIsTheFacts(WRITTEN_UNIT);
        assertTheSummaryIsJudgedAsInJava(WRITTEN_UNIT, YearMonth.of(2025, 12), YearMonth.of(2026, 9));
    }

    @Test
    void aBulkLoadLeavesTheSummaryToTheRebuild() throws SQLException {
        String unit = WRITTEN_UNIT;
        session(sql, unit, "2025-06-10", "CHAIRMAN", "HELD");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient bulk = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            bulk.sql("select set_config('danvan.facts_bulk', 'on', true)")
                    .query()
                    .singleValue();
            session(bulk, unit, "2025-06-17", "CHAIRMAN", "HELD");
            session(bulk, unit, "2025-06-24", "PARTY_SECRETARY", "HELD");
            assertThat(count(bulk, drift(unit))).as("left to the rebuild").isPositive();
            bulk.sql("select platform.rebuild_reception_summaries(:unit)")
                    .param("unit", unit)
                    .query()
                    .listOfRows();
            assertThat(count(bulk, drift(unit))).isZero();
            connection.commit();
        }
        // June 2025: weeks of 12 and 19 June kept of 4, the secretary's one day of 2.
        assertThat(month(unit, "2025-06")).isEqualTo(new Month(3, 0, 6, 3, false));
    }

    @Test
    void aRuleEditRecomputesEveryUnitsMonthsFromItsDayAndRaisesEveryUnitsFactVersion() throws SQLException {
        session(sql, RULE_UNIT, "2026-04-07", "CHAIRMAN", "HELD");
        session(sql, RULE_UNIT, "2026-04-08", "CHAIRMAN", "HELD");
        session(sql, RULE_UNIT, "2026-04-14", "CHAIRMAN", "HELD");
        assertThat(month(RULE_UNIT, "2026-04")).isEqualTo(new Month(3, 0, 7, 2, false));
        // The edit is rolled back: the other tests judge by the rules as seeded.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient edit = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            Map<String, Long> before = versions(edit);

            edit.sql("update platform.reception_frequency_rule set legal_basis = legal_basis || ' (amended)'")
                    .update();
            assertThat(versions(edit)).as("a new legal basis changes no figure").isEqualTo(before);

            edit.sql("""
                            update platform.reception_frequency_rule set min_days = 2
                             where office = 'CHAIRMAN' and period = 'WEEK'
                            """).update();
            Map<String, Long> after = versions(edit);
            assertThat(after.keySet()).containsAll(before.keySet()).contains("00070", SCORED_UNIT, RULE_UNIT);
            before.forEach(
                    (unit, version) -> assertThat(after.get(unit)).as(unit).isEqualTo(version + 1));

            // Two days a week now: April's 5 weeks ask 10 days and the week of 7 and 8 April keeps 2.
            assertThat(month(edit, RULE_UNIT, "2026-04")).isEqualTo(new Month(3, 0, 12, 3, false));
            assertThat(count(edit, drift(null))).as("every unit's rows").isZero();
            connection.rollback();
        }
        assertThat(month(RULE_UNIT, "2026-04")).isEqualTo(new Month(3, 0, 7, 2, false));
    }

    @Test
    void anOfficeHasOneRuleInForceOnAnyDay() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            JdbcClient edit = JdbcClient.create(new SingleConnectionDataSource(connection, true));
            // Before the weekly rule of 2014, ending the day it starts: no day in common.
            edit.sql("""
                            insert into platform.reception_frequency_rule
                                   (office, period, min_days, effective_from, effective_to, legal_basis)
                            values ('CHAIRMAN', 'MONTH', 1, '2010-01-01', '2014-07-01', 'earlier')
                            """).update();
            // A second rule for the chairman from 2026-09 while the monthly one of 2026-07 is open.
            assertThatThrownBy(() -> edit.sql("""
                                    insert into platform.reception_frequency_rule
                                           (office, period, min_days, effective_from, effective_to, legal_basis)
                                    values ('CHAIRMAN', 'MONTH', 3, '2026-09-01', null, 'overlapping')
                                    """).update())
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("reception_frequency_rule_one_per_office");
            connection.rollback();
        }
    }

    @Test
    void scorecardsReadTheSummaryForMonthsOverAndJudgeTheRestOnAnyDay() {
        // Spring 2025 under the chairman's weekly rule. Tue 31 March counts for April's first week
        // (Thursday 3 April), Tue 29 April for May's (Thursday 1 May); May's last week, of Thursday
        // 29 May, ends on Sunday 1 June: May is judged, and met, only from 2 June.
        String[][] calendar = {
            {"2025-03-03", "CHAIRMAN", "HELD"}, {"2025-03-05", "PARTY_SECRETARY", "HELD"},
            {"2025-03-12", "CHAIRMAN", "HELD"}, {"2025-03-20", "CHAIRMAN", "CANCELLED"},
            {"2025-03-26", "CHAIRMAN", "HELD"}, {"2025-03-28", "PARTY_SECRETARY", "HELD"},
            {"2025-03-31", "CHAIRMAN", "HELD"}, {"2025-04-01", "VICE_CHAIRMAN", "HELD"},
            {"2025-04-08", "CHAIRMAN", "HELD"}, {"2025-04-09", "PARTY_SECRETARY", "HELD"},
            {"2025-04-17", "CHAIRMAN", "HELD"}, {"2025-04-22", "PARTY_SECRETARY", "CANCELLED"},
            {"2025-04-24", "CHAIRMAN", "HELD"}, {"2025-04-29", "CHAIRMAN", "HELD"},
            {"2025-05-02", "CHAIRMAN", "PLANNED"}, {"2025-05-06", "CHAIRMAN", "HELD"},
            {"2025-05-07", "PARTY_SECRETARY", "HELD"}, {"2025-05-13", "CHAIRMAN", "HELD"},
            {"2025-05-13", "CHAIRMAN", "HELD"}, {"2025-05-20", "CHAIRMAN", "HELD"},
            {"2025-05-21", "PARTY_SECRETARY", "HELD"}, {"2025-05-31", "CHAIRMAN", "HELD"},
            {"2025-06-02", "CHAIRMAN", "HELD"}
        };
        for (String[] session : calendar) {
            session(sql, SCORED_UNIT, session[0], session[1], session[2]);
        }
        UnitSchemaActivity judge = new UnitSchemaActivity(dataSource);
        List<UnitSchemaActivity.Session> facts = sql.sql("""
                        select held_on, presider_office, status from platform.reception_session_fact
                         where unit_code = :unit
                        """)
                .param("unit", SCORED_UNIT)
                .query((rs, row) -> new UnitSchemaActivity.Session(
                        SCORED_UNIT,
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("presider_office"),
                        rs.getString("status")))
                .list();
        OversightPeriod period = OversightPeriod.of("2025-02", "2025-05");
        for (LocalDate day = LocalDate.of(2025, 3, 25); day.isBefore(LocalDate.of(2025, 6, 9)); day = day.plusDays(1)) {
            ReceptionCompliance card = card(period, day);
            UnitSchemaActivity.Receptions want = judge.judge(facts, period.from(), period.to(), day);
            assertThat(List.of(
                            card.sessionsHeld(),
                            card.sessionsCancelled(),
                            card.sessionsRequired(),
                            card.requiredDaysMet(),
                            card.monthsJudged(),
                            card.monthsMet()))
                    .as("as of %s", day)
                    .containsExactly(
                            (int) want.held(),
                            (int) want.cancelled(),
                            (int) want.required(),
                            (int) want.met(),
                            (int) want.monthsJudged(),
                            (int) want.monthsMet());
        }
        assertThat(card(period, LocalDate.of(2025, 6, 1)).monthsMet()).isZero();
        assertThat(card(period, LocalDate.of(2025, 6, 2)).monthsMet()).isEqualTo(1);
    }

    private ReceptionCompliance card(OversightPeriod period, LocalDate day) {
        OversightScope scope = OversightScope.of(period, List.of(SCORED_UNIT), null, day);
        return door.read(platform -> scorecards.scorecards(platform, scope))
                .getFirst()
                .receptions();
    }

    /** The stored rows are those computed from the facts, and those of judging each month afresh. */
    private void assertTheSummaryIsTheFacts(String unit) {
        assertThat(count(sql, drift(unit))).isZero();
        assertThat(runningDrift(unit)).as("running totals (platform 014)").isZero();
        List<Month> stored = sql.sql("select * from platform.reception_month where unit_code = :unit order by month")
                .param("unit", unit)
                .query(ReceptionMonthsTest::month)
                .list();
        List<Month> judged = sql.sql("""
                        select * from platform.reception_months(array[cast(:unit as varchar)], '2025-01-01', '2027-12-01',
                                                                'infinity')
                         where sessions_held > 0 or sessions_cancelled > 0 or kept_days > 0
                         order by month
                        """)
                .param("unit", unit)
                .query(ReceptionMonthsTest::month)
                .list();
        assertThat(stored).isEqualTo(judged);
    }

    /** Each month's row (or its absence) is what the Java judge of the oversight tests finds. */
    private void assertTheSummaryIsJudgedAsInJava(String unit, YearMonth from, YearMonth to) {
        UnitSchemaActivity judge = new UnitSchemaActivity(dataSource);
        List<UnitSchemaActivity.Session> facts = sql.sql(
                        "select held_on, presider_office, status from platform.reception_session_fact where unit_code = :unit")
                .param("unit", unit)
                .query((rs, row) -> new UnitSchemaActivity.Session(
                        unit,
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("presider_office"),
                        rs.getString("status")))
                .list();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            UnitSchemaActivity.Receptions want = judge.judge(facts, month, month, LocalDate.of(2100, 1, 1));
            Month row = month(unit, month.toString());
            if (want.held() + want.cancelled() + want.met() == 0) {
                assertThat(row).as("%s: nothing counts, no row", month).isNull();
            } else {
                assertThat(row)
                        .as(month.toString())
                        .isEqualTo(new Month(
                                (int) want.held(),
                                (int) want.cancelled(),
                                (int) want.required(),
                                (int) want.met(),
                                want.monthsMet() == 1));
            }
        }
    }

    /** Rows of the summary that differ from the facts, either way (unit null: every unit). */
    private static String drift(String unit) {
        String where = unit == null ? "" : " where unit_code = '" + unit + "'";
        String stored = "select * from platform.reception_month" + where;
        String computed = "select * from platform.reception_month_from_facts" + where;
        return "(" + stored + " except " + computed + ") union all (" + computed + " except " + stored + ")";
    }

    /**
     * Months at which the running totals read otherwise than added up from the facts' months:
     * the latest row at or before each month either has, as the scorecards read them; none reads
     * as zeros.
     */
    private long runningDrift(String unit) {
        return sql.sql("""
                        with stored as (select * from platform.reception_running where unit_code = :unit),
                             computed as (select * from platform.reception_running_from_facts where unit_code = :unit)
                        select count(*)
                          from (select month from stored union select month from computed) m
                         where coalesce((select row(s.sessions_held, s.sessions_cancelled, s.kept_days, s.months_met)
                                           from stored s where s.month <= m.month order by s.month desc limit 1),
                                        row(0, 0, 0, 0))
                               is distinct from
                               coalesce((select row(c.sessions_held, c.sessions_cancelled, c.kept_days, c.months_met)
                                           from computed c where c.month <= m.month order by c.month desc limit 1),
                                        row(0, 0, 0, 0))
                        """).param("unit", unit).query(Long.class).single();
    }

    private static long count(JdbcClient sql, String rows) {
        return sql.sql("select count(*) from (" + rows + ") drift")
                .query(Long.class)
                .single();
    }

    private Month month(String unit, String month) {
        return month(sql, unit, month);
    }

    private static Month month(JdbcClient sql, String unit, String month) {
        return sql.sql("select * from platform.reception_month where unit_code = :unit and month = :month")
                .param("unit", unit)
                .param("month", YearMonth.parse(month).atDay(1))
                .query(ReceptionMonthsTest::month)
                .optional()
                .orElse(null);
    }

    private static Month month(ResultSet rs, int row) throws SQLException {
        return new Month(
                rs.getInt("sessions_held"),
                rs.getInt("sessions_cancelled"),
                rs.getInt("required_days"),
                rs.getInt("kept_days"),
                rs.getBoolean("met"));
    }

    private static Map<String, Long> versions(JdbcClient sql) {
        return sql
                .sql("select unit_code, version from platform.fact_version")
                .query((rs, row) -> Map.entry(rs.getString("unit_code"), rs.getLong("version")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private long session(JdbcClient sql, String unit, String day, String office, String status) {
        long id = nextSession++;
        sql.sql("""
                        insert into platform.reception_session_fact (unit_code, session_id, kind, held_on, online,
                                                                     presider_office, status)
                        values (:unit, :id, 'LEADER_PERIODIC', :day, false, :office, :status)
                        """)
                .param("unit", unit)
                .param("id", id)
                .param("day", LocalDate.parse(day))
                .param("office", office)
                .param("status", status)
                .update();
        return id;
    }

    private void update(String unit, long session, String change) {
        sql.sql("update platform.reception_session_fact set " + change
                        + " where unit_code = :unit and session_id = :id")
                .param("unit", unit)
                .param("id", session)
                .update();
    }

    private void delete(String unit, long session) {
        sql.sql("delete from platform.reception_session_fact where unit_code = :unit and session_id = :id")
                .param("unit", unit)
                .param("id", session)
                .update();
    }
}
