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
 * The scorecards' SQL, over the monthly summaries (period measures) and the open facts (backlog,
 * as of a day), with the reception and directive facts ({@link ReceptionFigures},
 * {@link DirectiveFigures}): one statement for all units in scope, each source a CTE joined on the
 * unit, never a query per unit.
 */
@Repository
class ScorecardQueries {

    /** The open states, written as the partial indexes of platform 008 write them. */
    static final String OPEN_STATES = "('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'SUSPENDED', 'APPEALED')";

    /** The median of a days histogram: the mean of its two middle values (one, if the count is odd). */
    static final String MEDIAN_OF_HISTOGRAM = """
            (min(days) filter (where below >= floor((total + 1) / 2))
             + min(days) filter (where below >= floor(total / 2) + 1)) / 2.0
            """;

    /** The petition sources: period measures from the monthly summaries, backlog from the open facts. */
    private static final String PETITION_CTES =
            OversightScope.UNITS_CTE + """
            , months as (
                select m.unit_code, sum(received) as received, sum(complaints) as complaints,
                       sum(denunciations) as denunciations, sum(recommendations) as recommendations,
                       sum(reflections) as reflections, sum(in_person) as in_person, sum(by_post) as by_post,
                       sum(online) as online, sum(transferred) as transferred, sum(staff_entry) as staff_entry,
                       sum(group_petitions) as group_petitions, sum(transfers_in) as transfers_in,
                       sum(transfers_out) as transfers_out, sum(resolved) as resolved,
                       sum(resolved_on_time) as resolved_on_time, sum(satisfaction_sum) as satisfaction_sum,
                       sum(satisfaction_count) as satisfaction_count
                  from platform.petition_month m join scope s on s.code = m.unit_code
                 where m.month between :from and :to
                 group by m.unit_code
            ), histogram as (
                select d.unit_code, d.days, sum(d.petitions) as petitions
                  from platform.petition_resolve_days d join scope s on s.code = d.unit_code
                 where d.month between :from and :to
                 group by d.unit_code, d.days
                having sum(d.petitions) > 0
            ), running as (
                select unit_code, days, sum(petitions) over (partition by unit_code order by days) as below,
                       sum(petitions) over (partition by unit_code) as total
                  from histogram
            ), medians as (
                select unit_code, """ + MEDIAN_OF_HISTOGRAM + """
                       as median_days
                  from running group by unit_code
            ), backlog as (
                select f.unit_code, count(*) as open_backlog,
                       count(*) filter (where :today - f.received_on <= 10) as age_10,
                       count(*) filter (where :today - f.received_on between 11 and 30) as age_30,
                       count(*) filter (where :today - f.received_on between 31 and 60) as age_60,
                       count(*) filter (where :today - f.received_on between 61 and 90) as age_90,
                       count(*) filter (where :today - f.received_on > 90) as age_over_90,
                       count(*) filter (where f.due_on < :today and f.state <> 'SUSPENDED') as overdue
                  from platform.petition_fact f join scope s on s.code = f.unit_code
                 where f.state in """ + OPEN_STATES + """
                 group by f.unit_code
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
