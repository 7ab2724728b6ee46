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
 * The scorecards' SQL, over the running totals of the monthly summaries (period measures), the
 * resolution arrays (median) and the backlog rows (as of a day), of platforms 008, 012 and 014, with the reception and directive facts ({@link ReceptionFigures},
 * {@link DirectiveFigures}): one statement for all units in scope, each source a CTE joined on the
 * unit, never a query per unit.
 */
@Repository
class ScorecardQueries {

    /** The open states, written as the partial indexes of platform 008 write them. */
    static final String OPEN_STATES = "('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED')";

    /** The petition sources: a few rows per unit, whatever the number of petitions. */
    private static final String PETITION_CTES = OversightScope.UNITS_CTE + """
            , months as (
                -- The period's measures are those added up by its last month less those added up
                -- before its first (platform 014): two rows per unit.
                select s.code as unit_code, hi.received - coalesce(lo.received, 0) as received,
                       hi.complaints - coalesce(lo.complaints, 0) as complaints,
                       hi.denunciations - coalesce(lo.denunciations, 0) as denunciations,
                       hi.recommendations - coalesce(lo.recommendations, 0) as recommendations,
                       hi.reflections - coalesce(lo.reflections, 0) as reflections,
                       hi.in_person - coalesce(lo.in_person, 0) as in_person,
                       hi.by_post - coalesce(lo.by_post, 0) as by_post, hi.online - coalesce(lo.online, 0) as online,
                       hi.transferred - coalesce(lo.transferred, 0) as transferred,
                       hi.staff_entry - coalesce(lo.staff_entry, 0) as staff_entry,
                       hi.group_petitions - coalesce(lo.group_petitions, 0) as group_petitions,
                       hi.transfers_in - coalesce(lo.transfers_in, 0) as transfers_in,
                       hi.transfers_out - coalesce(lo.transfers_out, 0) as transfers_out,
                       hi.resolved - coalesce(lo.resolved, 0) as resolved,
                       hi.resolved_on_time - coalesce(lo.resolved_on_time, 0) as resolved_on_time,
                       hi.satisfaction_sum - coalesce(lo.satisfaction_sum, 0) as satisfaction_sum,
                       hi.satisfaction_count - coalesce(lo.satisfaction_count, 0) as satisfaction_count
                  from scope s
                  join lateral (select * from platform.petition_running r
                                 where r.unit_code = s.code and r.month <= :to
                                 order by r.month desc limit 1) hi on true
                  left join lateral (select * from platform.petition_running r
                                      where r.unit_code = s.code and r.month < :from
                                      order by r.month desc limit 1) lo on true
            ), medians as (
                -- The period's resolutions are those counted by its last month less those counted
                -- before its first (platform 012): two rows per unit.
                select s.code as unit_code, platform.below_median(hi.below, lo.below) as median_days
                  from scope s
                  join lateral (select b.below from platform.petition_resolve_below b
                                 where b.unit_code = s.code and b.month <= :to
                                 order by b.month desc limit 1) hi on true
                  left join lateral (select b.below from platform.petition_resolve_below b
                                      where b.unit_code = s.code and b.month < :from
                                      order by b.month desc limit 1) lo on true
            ), counted as (
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

    private static final String SCORECARDS = PETITION_CTES
            + ReceptionFigures.CTES
            + DirectiveFigures.CTES
            + """
            select s.code, s.name, s.kind, m.*, md.median_days, b.*, %s, %s
              from scope s
              left join months m on m.unit_code = s.code
              left join medians md on md.unit_code = s.code
              left join backlog b on b.unit_code = s.code
            %s%s order by s.code
            """.formatted(
                    ReceptionFigures.COLUMNS, DirectiveFigures.COLUMNS, ReceptionFigures.JOINS, DirectiveFigures.JOINS);

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
