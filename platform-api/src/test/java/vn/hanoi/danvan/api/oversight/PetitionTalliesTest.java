package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.PetitionFactRebuild;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitRegistry;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;

/**
 * The backlog rows and resolution arrays of platform 012 and the running totals of platform 014
 * against counts made the plain way from the facts: after every kind of fact write, under concurrent writers and recounts, and in the
 * scorecards whether a unit's backlog row is of today or not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionTalliesTest extends ApiTest {

    private static final String UNIT = "10441";
    private static final String OTHER = "10465";

    private static final String SCORECARD_TALLIES = """
            query($period: OversightPeriodInput!, $units: [String!]) {
              oversight(period: $period, units: $units) {
                scorecards(orderBy: UNIT_CODE, direction: ASC) {
                  unitCode openBacklog overdue medianDaysToResolve
                  backlogAge { upTo10Days upTo30Days upTo60Days upTo90Days over90Days }
                }
              }
            }
            """;

    @Autowired
    DataSource dataSource;

    @Autowired
    PetitionCalendar calendar;

    @Autowired
    BacklogRefresh refresh;

    JdbcClient sql;
    LocalDate today;

    @BeforeAll
    void seed() {
        sql = JdbcClient.create(dataSource);
        today = calendar.today();
        UnitSchemaFigures figures = new UnitSchemaFigures(dataSource);
        figures.seed(UNIT, 400, 3, today);
        figures.seed(OTHER, 250, 5, today);
    }

    /** The facts go back to what the unit schemas say, for the test classes after this one. */
    @AfterAll
    void restore() {
        UnitRegistry registry = new UnitRegistry(dataSource);
        PetitionFactRebuild rebuild = new PetitionFactRebuild(dataSource);
        rebuild.rebuild(registry.get(UnitCode.of(UNIT)));
        rebuild.rebuild(registry.get(UnitCode.of(OTHER)));
    }

    @Test
    void everyKindOfFactWriteKeepsTheTalliesEqualToAPlainCount() {
        refresh.refresh(today);
        assertTalliesAgree("after seeding");

        write("update platform.petition_fact set state = 'RESOLVED', resolved_on = cast(:today as date) - 1"
                + " where unit_code = :unit and state = 'VERIFYING'");
        assertTalliesAgree("after resolving open cases");

        write("update platform.petition_fact set state = 'APPEALED', resolved_on = null"
                + " where unit_code = :unit and resolved_on < cast(:today as date) - 200 and petition_id % 3 = 0");
        assertTalliesAgree("after reopening resolutions of long ago");

        write("update platform.petition_fact set due_on = due_on + 25"
                + " where unit_code = :unit and state in ('ACCEPTED', 'RECEIVED') and petition_id % 2 = 0");
        write("update platform.petition_fact set state = 'SUSPENDED'"
                + " where unit_code = :unit and state = 'CLASSIFIED'");
        assertTalliesAgree("after moving due days and suspending");

        write("insert into platform.petition_fact (unit_code, petition_id, kind, channel, state, round,"
                + " group_petition, received_on, due_on, resolved_on)"
                + " select :unit, 800000 + g, 'COMPLAINT', 'POST', case when g % 2 = 0 then 'RESOLVED' else 'RECEIVED'"
                + " end, 1, false, cast(:today as date) - 700 + g, cast(:today as date) - 670 + g,"
                + " case when g % 2 = 0 then cast(:today as date) - 600 + 3 * g end from generate_series(1, 40) g");
        assertTalliesAgree("after petitions received and resolved long ago");

        write("delete from platform.petition_fact where unit_code = :unit and petition_id % 7 = 0");
        assertTalliesAgree("after deletes");

        write("update platform.petition_fact set state = 'CLOSED', resolved_on = null"
                + " where unit_code = :unit and resolved_on is not null");
        assertTalliesAgree("after every resolution undone");
    }

    @Test
    void concurrentWritersAndRecountsLeaveTheBacklogExact() throws Exception {
        refresh.refresh(today);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 3; writer++) {
                int lane = writer;
                work.add(pool.submit(() -> {
                    for (int round = 0; round < 15; round++) {
                        sql.sql(
                                        "update platform.petition_fact set state = case when state = 'RECEIVED' then"
                                                + " 'ACCEPTED' when state = 'ACCEPTED' then 'RESOLVED' else 'RECEIVED' end,"
                                                + " resolved_on = case when state = 'ACCEPTED' then cast(:today as date) end"
                                                + " where unit_code = :unit and petition_id % 3 = :lane"
                                                + " and state in ('RECEIVED', 'ACCEPTED', 'RESOLVED') and petition_id % 11 = :round")
                                .param("unit", OTHER)
                                .param("today", today)
                                .param("lane", lane)
                                .param("round", round % 11)
                                .update();
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int round = 0; round < 15; round++) {
                    sql.sql("select platform.refresh_petition_backlog(:unit, :today)")
                            .param("unit", OTHER)
                            .param("today", today)
                            .query()
                            .listOfRows();
                }
            }));
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(drift(OTHER)).as("drift after concurrent writes").isZero();
        assertThat(backlogRow(OTHER)).isEqualTo(plainBacklog(OTHER, today));
    }

    @Test
    void scorecardsAreTheSameWhetherABacklogRowIsOfTodayOrNot() {
        refresh.refresh(today);
        Map<String, Object> variables = Map.of(
                "period",
                Map.of(
                        "from",
                        YearMonth.from(today).minusMonths(11).toString(),
                        "to",
                        YearMonth.from(today).toString()),
                "units",
                List.of(UNIT, OTHER));
        Response fresh = graphQl(OversightApiTest.SUPERVISOR, SCORECARD_TALLIES, variables);
        assertThat(fresh.errorCode()).as(fresh.body()).isNull();
        List<Map<String, Object>> cards = fresh.read("$.data.oversight.scorecards");
        assertThat(cards).extracting(card -> card.get("unitCode")).containsExactly(UNIT, OTHER);
        for (Map<String, Object> card : cards) {
            String unit = (String) card.get("unitCode");
            List<Integer> plain = plainBacklog(unit, today);
            assertThat(plain.getFirst()).as("open cases to count in " + unit).isPositive();
            assertThat(OversightApiTest.number(card.get("openBacklog")))
                    .isEqualTo(plain.getFirst().longValue());
            assertThat(OversightApiTest.number(card.get("overdue")))
                    .isEqualTo(plain.getLast().longValue());
        }

        // One row a day old, one never counted: both units are counted from their facts instead.
        sql.sql("update platform.petition_backlog set as_of = as_of - 1 where unit_code = :unit")
                .param("unit", UNIT)
                .update();
        sql.sql("update platform.petition_backlog set as_of = null where unit_code = :unit")
                .param("unit", OTHER)
                .update();
        sql.sql("update platform.fact_version set version = version + 1 where unit_code in (:units)")
                .param("units", List.of(UNIT, OTHER))
                .update();
        Response stale = graphQl(OversightApiTest.SUPERVISOR, SCORECARD_TALLIES, variables);
        assertThat(stale.body()).isEqualTo(fresh.body());

        assertThat(refresh.refresh(today)).isEqualTo(2);
        assertThat(sql.sql(
                                "select count(*) from platform.petition_backlog where unit_code in (:units) and as_of = :today")
                        .param("units", List.of(UNIT, OTHER))
                        .param("today", today)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        assertThat(refresh.refresh(today)).isZero();
    }

    private void write(String statement) {
        sql.sql(statement).param("unit", UNIT).param("today", today).update();
    }

    private void assertTalliesAgree(String after) {
        assertThat(drift(UNIT)).as("drift " + after).isZero();
        assertThat(backlogRow(UNIT)).as("backlog " + after).isEqualTo(plainBacklog(UNIT, today));
        YearMonth now = YearMonth.from(today);
        List<YearMonth[]> periods = List.of(
                new YearMonth[] {now.minusMonths(11), now},
                new YearMonth[] {now.minusMonths(2), now.minusMonths(1)},
                new YearMonth[] {now, now},
                new YearMonth[] {now.minusMonths(30), now.minusMonths(13)},
                new YearMonth[] {now.minusMonths(40), now.plusMonths(2)});
        for (YearMonth[] period : periods) {
            LocalDate from = period[0].atDay(1);
            LocalDate to = period[1].atEndOfMonth();
            assertThat(tallyMedian(UNIT, from, to))
                    .as("median " + from + ".." + to + " " + after)
                    .isEqualTo(plainMedian(UNIT, from, to));
            assertThat(runningMeasures(UNIT, from, to))
                    .as("period measures " + from + ".." + to + " " + after)
                    .isEqualTo(plainMeasures(UNIT, from, to));
        }
    }

    private int drift(String unit) {
        return sql.sql("select platform.petition_tally_drift(:unit)")
                .param("unit", unit)
                .query(Integer.class)
                .single();
    }

    private List<Integer> backlogRow(String unit) {
        return sql.sql("select open_backlog, age_10, age_30, age_60, age_90, age_over_90, overdue"
                        + " from platform.petition_backlog where unit_code = :unit and as_of is not null")
                .param("unit", unit)
                .query(PetitionTalliesTest::sevenCounts)
                .single();
    }

    /** The backlog as of the row's day, counted here without any of platform 012's functions. */
    private List<Integer> plainBacklog(String unit, LocalDate today) {
        LocalDate day = sql.sql("select as_of from platform.petition_backlog where unit_code = :unit")
                .param("unit", unit)
                .query(LocalDate.class)
                .optional()
                .orElse(today);
        String open = "state in " + UnitSchemaFigures.OPEN;
        return sql.sql("select count(*) filter (where " + open + "),"
                        + " count(*) filter (where " + open + " and :day - received_on <= 10),"
                        + " count(*) filter (where " + open + " and :day - received_on between 11 and 30),"
                        + " count(*) filter (where " + open + " and :day - received_on between 31 and 60),"
                        + " count(*) filter (where " + open + " and :day - received_on between 61 and 90),"
                        + " count(*) filter (where " + open + " and :day - received_on > 90),"
                        + " count(*) filter (where " + open + " and state <> 'SUSPENDED' and due_on < :day)"
                        + " from platform.petition_fact where unit_code = :unit")
                .param("unit", unit)
                .param("day", day)
                .query(PetitionTalliesTest::sevenCounts)
                .single();
    }

    /** Open, the four age buckets and over 90 days, overdue: in the backlog row's order. */
    private static List<Integer> sevenCounts(ResultSet rs, int row) throws SQLException {
        return List.of(
                rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7));
    }

    private Double tallyMedian(String unit, LocalDate from, LocalDate to) {
        return sql.sql("""
                        select platform.below_median(
                            (select below from platform.petition_resolve_below where unit_code = :unit and month <= :to
                              order by month desc limit 1),
                            (select below from platform.petition_resolve_below where unit_code = :unit and month < :from
                              order by month desc limit 1))::float8
                        """)
                .param("unit", unit)
                .param("from", from)
                .param("to", to)
                .query(Double.class)
                .list()
                .getFirst();
    }

    /** Some of a period's measures as the scorecards read them: two running rows (platform 014). */
    private List<Integer> runningMeasures(String unit, LocalDate from, LocalDate to) {
        return sql.sql("""
                        select hi.received - coalesce(lo.received, 0), hi.complaints - coalesce(lo.complaints, 0),
                               hi.by_post - coalesce(lo.by_post, 0), hi.resolved - coalesce(lo.resolved, 0),
                               hi.resolved_on_time - coalesce(lo.resolved_on_time, 0),
                               hi.satisfaction_sum - coalesce(lo.satisfaction_sum, 0),
                               hi.satisfaction_count - coalesce(lo.satisfaction_count, 0)
                          from (select 1) one
                          left join lateral (select * from platform.petition_running where unit_code = :unit
                                                and month <= :to order by month desc limit 1) hi on true
                          left join lateral (select * from platform.petition_running where unit_code = :unit
                                                and month < :from order by month desc limit 1) lo on true
                        """)
                .param("unit", unit)
                .param("from", from)
                .param("to", to)
                .query(PetitionTalliesTest::sevenCounts)
                .single();
    }

    /** The same measures counted here from the facts, without any summary. */
    private List<Integer> plainMeasures(String unit, LocalDate from, LocalDate to) {
        return sql.sql("""
                        select count(*) filter (where received_on between :from and :to),
                               count(*) filter (where received_on between :from and :to and kind = 'COMPLAINT'),
                               count(*) filter (where received_on between :from and :to and channel = 'POST'),
                               count(*) filter (where resolved_on between :from and :to),
                               count(*) filter (where resolved_on between :from and :to
                                                  and (due_on is null or resolved_on <= due_on)),
                               coalesce(sum(satisfaction) filter (where resolved_on between :from and :to), 0),
                               count(satisfaction) filter (where resolved_on between :from and :to)
                          from platform.petition_fact where unit_code = :unit
                        """)
                .param("unit", unit)
                .param("from", from)
                .param("to", to)
                .query(PetitionTalliesTest::sevenCounts)
                .single();
    }

    /** The median as PostgreSQL's own percentile computes it: the mean of the two middle values. */
    private Double plainMedian(String unit, LocalDate from, LocalDate to) {
        return sql.sql("select percentile_cont(0.5) within group (order by resolved_on - received_on)"
                        + " from platform.petition_fact where unit_code = :unit and resolved_on between :from and :to")
                .param("unit", unit)
                .param("from", from)
                .param("to", to)
                .query(Double.class)
                .list()
                .getFirst();
    }
}
