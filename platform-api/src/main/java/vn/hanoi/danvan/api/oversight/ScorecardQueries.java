package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.api.oversight.Scorecard.BacklogAge;
import vn.hanoi.danvan.api.oversight.Scorecard.ChannelCounts;
import vn.hanoi.danvan.api.oversight.Scorecard.KindCounts;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * The scorecards' SQL, over running totals by month (period measures, resolution arrays for the
 * median, receptions, directive tasks) and the backlog rows (as of a day), of platforms 008, 012,
 * 013 and 014 ({@link RunningTotals}, {@link ReceptionFigures}, {@link DirectiveFigures}): one
 * statement for all units in scope, each source joined on the unit, never a query per unit.
 */
@Repository
class ScorecardQueries {

    /** The open states, written as the partial indexes of platform 008 write them. */
    static final String OPEN_STATES = "('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED')";

    /** The backlog as of the scope's day: one row per unit, whatever the number of petitions. */
    private static final String PETITION_CTES = OversightScope.UNITS_CTE + """
            , counted as (
                -- One row per unit as of the day asked about (platform 012).
                select b.unit_code, b.open_backlog, b.age_10, b.age_30, b.age_60, b.age_90, b.age_over_90, b.overdue
                  from platform.petition_backlog b join scope s on s.code = b.unit_code
                 where b.as_of = :today
            ), uncounted as materialized (
                -- Units without a row for that day (just past midnight, before BacklogRefresh), found
                -- first so that only they are counted from their open facts.
                select s.code from scope s where not exists (select 1 from counted c where c.unit_code = s.code)
            ), backlog as (
                select * from counted
                union all
                select u.code, c.*
                  from uncounted u cross join lateral platform.petition_backlog_counts(u.code, :today) c
            )
            """;

    /** The period's petition measures (platform 014) and median (platform 012), from running totals. */
    private static final String PETITION_COLUMNS = RunningTotals.columns(
                    "petitions",
                    "received",
                    "complaints",
                    "denunciations",
                    "recommendations",
                    "reflections",
                    "in_person",
                    "by_post",
                    "online",
                    "transferred",
                    "staff_entry",
                    "group_petitions",
                    "transfers_in",
                    "transfers_out",
                    "resolved",
                    "resolved_on_time",
                    "satisfaction_sum",
                    "satisfaction_count")
            + ", platform.below_median(resolutions_to.below, resolutions_before.below) as median_days";

    private static final String SCORECARDS = PETITION_CTES
            + ReceptionFigures.CTES
            + DirectiveFigures.CTES
            + """
            select s.code, s.name, s.kind, %s, b.*, %s, %s
              from scope s
            %s%s  left join backlog b on b.unit_code = s.code
            %s%s order by s.code
            """.formatted(
                            PETITION_COLUMNS,
                            ReceptionFigures.COLUMNS,
                            DirectiveFigures.COLUMNS,
                            RunningTotals.joins("petition_running", "petitions"),
                            RunningTotals.joins("petition_resolve_below", "resolutions"),
                            ReceptionFigures.JOINS,
                            DirectiveFigures.JOINS);

    List<Scorecard> scorecards(PlatformScope platform, OversightScope scope) {
        return platform.sql()
                .sql(SCORECARDS)
                .params(scope.params())
                .query(ScorecardQueries::scorecard)
                .list();
    }

    private static Scorecard scorecard(ResultSet rs, int row) throws SQLException {
        return new Scorecard(
                0,
                rs.getString("code"),
                rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")),
                rs.getInt("received"),
                new KindCounts(
                        rs.getInt("complaints"),
                        rs.getInt("denunciations"),
                        rs.getInt("recommendations"),
                        rs.getInt("reflections")),
                new ChannelCounts(
                        rs.getInt("in_person"),
                        rs.getInt("by_post"),
                        rs.getInt("online"),
                        rs.getInt("transferred"),
                        rs.getInt("staff_entry")),
                rs.getInt("open_backlog"),
                new BacklogAge(
                        rs.getInt("age_10"),
                        rs.getInt("age_30"),
                        rs.getInt("age_60"),
                        rs.getInt("age_90"),
                        rs.getInt("age_over_90")),
                rs.getInt("overdue"),
                rs.getInt("resolved"),
                rs.getInt("resolved_on_time"),
                rs.getObject("median_days") == null ? null : rs.getDouble("median_days"),
                rs.getInt("group_petitions"),
                rs.getInt("transfers_in"),
                rs.getInt("transfers_out"),
                rs.getInt("satisfaction_sum"),
                rs.getInt("satisfaction_count"),
                ReceptionFigures.of(rs),
                DirectiveFigures.of(rs));
    }
}
