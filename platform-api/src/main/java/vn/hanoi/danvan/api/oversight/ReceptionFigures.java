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
 * the monthly summary {@code platform.reception_month}, kept by triggers in the writers'
 * transactions: its session counts for every month, its days kept and months met for the months
 * whose weeks have all ended ({@code reception_open_from}). The month under way, and the last one
 * in its first 3 days, are judged from the leaders' days ({@code reception_days_kept}). The days
 * required and the months judged depend on the rules and the day alone: the same for every unit.
 */
final class ReceptionFigures {

    /**
     * CTEs after {@link OversightScope#UNITS_CTE}: {@code reception_rules} is the period's one row of
     * what the rules require, {@code reception_parts} a unit's months from the summary and those
     * judged now, {@code reception} one row per unit with any.
     */
    static final String CTES = """
            , reception_rules as (
                select coalesce(sum(required_days), 0) as required_days, count(*) filter (where judged) as months_judged
                  from platform.reception_rule_months(cast(:from as date), cast(:to as date), cast(:today as date))
            ), reception_parts as (
                select m.unit_code, m.sessions_held, m.sessions_cancelled,
                       case when m.month < platform.reception_open_from(cast(:today as date)) then m.kept_days
                            else 0 end as kept_days,
                       m.met and m.month < platform.reception_open_from(cast(:today as date)) as met
                  from platform.reception_month m join scope s on s.code = m.unit_code
                 where m.month between cast(:from as date) and cast(:to as date)
                union all
                select k.unit_code, 0, 0, k.kept_days, k.judged and k.met
                  from platform.reception_days_kept(
                           case when :allUnits then null else cast(string_to_array(:units, ',') as varchar[]) end,
                           greatest(cast(:from as date), platform.reception_open_from(cast(:today as date))),
                           cast(:to as date), cast(:today as date)) k
                  join scope s on s.code = k.unit_code
            ), reception as (
                select unit_code, sum(sessions_held) as sessions_held, sum(sessions_cancelled) as sessions_cancelled,
                       sum(kept_days) as kept_days, count(*) filter (where met) as months_met
                  from reception_parts group by unit_code
            )
            """;

    /** The select list's columns, from {@code reception} aliased {@code rp} and {@code reception_rules} {@code rr}. */
    static final String COLUMNS = "rp.sessions_held, rp.sessions_cancelled, rr.required_days, rp.kept_days,"
            + " rr.months_judged, rp.months_met";

    /** The joins onto {@code scope s}. */
    static final String JOINS = """
            left join reception rp on rp.unit_code = s.code
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
