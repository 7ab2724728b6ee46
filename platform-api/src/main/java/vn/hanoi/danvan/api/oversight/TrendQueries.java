package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/** Month-by-month measures over the monthly summaries: every month of the period, zeros included. */
@Repository
class TrendQueries {

    /** The median of a days histogram: the mean of its two middle values (one, if the count is odd). */
    private static final String MEDIAN_OF_HISTOGRAM = """
            (min(days) filter (where below >= floor((total + 1) / 2))
             + min(days) filter (where below >= floor(total / 2) + 1)) / 2.0
            """;

    private static final String TREND = OversightScope.UNITS_CTE + """
            , calendar as (
                select cast(generate_series(cast(:from as date), cast(:to as date), interval '1 month') as date) as month
            ), months as (
                select m.month, sum(received) as received, sum(online) as online,
                       sum(group_petitions) as group_petitions, sum(transfers_in) as transfers_in,
                       sum(transfers_out) as transfers_out, sum(resolved) as resolved,
                       sum(resolved_on_time) as resolved_on_time, sum(satisfaction_sum) as satisfaction_sum,
                       sum(satisfaction_count) as satisfaction_count
                  from platform.petition_month m join scope s on s.code = m.unit_code
                 where m.month between :from and :to
                 group by m.month
            ), histogram as (
                select d.month, d.days, sum(d.petitions) as petitions
                  from platform.petition_resolve_days d join scope s on s.code = d.unit_code
                 where d.month between :from and :to
                 group by d.month, d.days
                having sum(d.petitions) > 0
            ), running as (
                select month, days, sum(petitions) over (partition by month order by days) as below,
                       sum(petitions) over (partition by month) as total
                  from histogram
            ), medians as (
                select month, """ + MEDIAN_OF_HISTOGRAM + """
                       as median_days
                  from running group by month
            )
            select c.month, m.received, m.online, m.group_petitions, m.transfers_in, m.transfers_out, m.resolved,
                   m.resolved_on_time, m.satisfaction_sum, m.satisfaction_count, md.median_days
              from calendar c
              left join months m on m.month = c.month
              left join medians md on md.month = c.month
             order by c.month
            """;

    List<MonthlyTrend> trend(PlatformScope platform, OversightScope scope) {
        return platform.sql()
                .sql(TREND)
                .params(scope.params())
                .query(TrendQueries::month)
                .list();
    }

    private static MonthlyTrend month(ResultSet rs, int row) throws SQLException {
        return new MonthlyTrend(
                rs.getObject("month", LocalDate.class),
                rs.getInt("received"),
                rs.getInt("online"),
                rs.getInt("group_petitions"),
                rs.getInt("transfers_in"),
                rs.getInt("transfers_out"),
                rs.getInt("resolved"),
                rs.getInt("resolved_on_time"),
                rs.getObject("median_days") == null ? null : rs.getDouble("median_days"),
                rs.getInt("satisfaction_sum"),
                rs.getInt("satisfaction_count"));
    }
}
