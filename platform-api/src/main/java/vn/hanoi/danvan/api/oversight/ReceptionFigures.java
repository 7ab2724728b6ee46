package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import vn.hanoi.danvan.api.oversight.Scorecard.ReceptionCompliance;

/**
 * The scorecards' reception part, for every unit in scope at once. It judges as the unit's own
 * monthly compliance does ({@code receptions.Compliance}): a month by the rules in force on its
 * first day, the chairman's weekly rule (Law on Citizen Reception 2013, arts. 15(3), 18, until
 * 2026-06-30) week by week with each Monday-to-Sunday week in the month of its Thursday, the
 * monthly rules (Law 136/2025/QH15 from 2026-07-01; Regulation 11-QĐi/TW, art. 4) over the month;
 * only held sessions the leader presided in person, one per day. A week or month counts once it
 * has ended before the scope's day, so a month under way is not yet short.
 *
 * <p>The judging is written once, in the platform's SQL functions (platform 013), and read from
 * the running totals of the monthly summary ({@code platform.reception_running}, platform 014),
 * kept by triggers in the writers' transactions: the sessions of every month of the period, the
 * days kept and months met of its months whose weeks have all ended ({@code reception_open_from}).
 * The month under way, and the last one in its first 3 days, are judged from the leaders' days
 * ({@code reception_days_kept}). The days required and the months judged depend on the rules and
 * the day alone: the same for every unit.
 */
final class ReceptionFigures {

    /**
     * CTEs after {@link OversightScope#UNITS_CTE}: {@code reception_rules} is the period's one row of
     * what the rules require, {@code reception_now} the days kept and months met, per unit, of the
     * period's months that are not over, judged now.
     */
    static final String CTES = """
            , reception_rules as (
                select coalesce(sum(required_days), 0) as required_days, count(*) filter (where judged) as months_judged
                  from platform.reception_rule_months(cast(:from as date), cast(:to as date), cast(:today as date))
            ), reception_now as (
                select k.unit_code, sum(k.kept_days) as kept_days, count(*) filter (where k.judged and k.met) as months_met
                  from platform.reception_days_kept(
                           case when :allUnits then null else cast(string_to_array(:units, ',') as varchar[]) end,
                           greatest(cast(:from as date), platform.reception_open_from(cast(:today as date))),
                           cast(:to as date), cast(:today as date)) k
                  join scope s on s.code = k.unit_code
                 group by k.unit_code
            )
            """;

    /**
     * The select list's columns: the sessions from the running totals, the days kept and months met
     * from them up to the last month that is over ({@code receptions_over}) and from {@code
     * reception_now} after it, what the rules require from {@code reception_rules rr}.
     */
    static final String COLUMNS = RunningTotals.columns("receptions", "sessions_held", "sessions_cancelled") + """
            , coalesce(receptions_over.kept_days - coalesce(receptions_before.kept_days, 0), 0)
                  + coalesce(rn.kept_days, 0) as kept_days,
              coalesce(receptions_over.months_met - coalesce(receptions_before.months_met, 0), 0)
                  + coalesce(rn.months_met, 0) as months_met,
              rr.required_days, rr.months_judged
            """;

    /**
     * The joins onto {@code scope s}: the running rows up to the period's last month, before its
     * first, and up to its last month that is over (no later than the row before its first, so a
     * period of months not over yet reads none).
     */
    static final String JOINS = RunningTotals.joins("reception_running", "receptions") + """
            left join lateral (select * from platform.reception_running r
                                where r.unit_code = s.code
                                  and r.month < greatest(cast(:from as date),
                                                         least(cast(:to as date) + 1,
                                                               platform.reception_open_from(cast(:today as date))))
                                order by r.month desc limit 1) receptions_over on true
            left join reception_now rn on rn.unit_code = s.code
            cross join reception_rules rr
            """;

    private ReceptionFigures() {}

    static ReceptionCompliance of(ResultSet rs) throws SQLException {
        return new ReceptionCompliance(
                rs.getInt("sessions_held"),
                rs.getInt("sessions_cancelled"),
                rs.getInt("required_days"),
                rs.getInt("kept_days"),
                rs.getInt("months_judged"),
                rs.getInt("months_met"));
    }
}
