package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import vn.hanoi.danvan.api.oversight.Scorecard.ReceptionCompliance;

/**
 * The scorecards' reception part, from {@code platform.reception_session_fact} and the
 * effective-dated {@code platform.reception_frequency_rule}, for every unit in scope at once. It
 * judges as the unit's own monthly compliance does ({@code receptions.Compliance}): a month by the
 * rules in force on its first day, the chairman's weekly rule (Law on Citizen Reception 2013,
 * arts. 15(3), 18, until 2026-06-30) week by week with each Monday-to-Sunday week in the month of
 * its Thursday, the monthly rules (Law 136/2025/QH15 from 2026-07-01; Regulation 11-QĐi/TW, art. 4)
 * over the month; only held sessions the leader presided in person, one per day. A week or month
 * counts once it has ended before the scope's day, so a month under way is not yet short.
 */
final class ReceptionFigures {

    /**
     * CTEs after {@link OversightScope#UNITS_CTE}: {@code spans} are the weeks and months the rules
     * judge, {@code kept} a unit's days in each, {@code sessions} and {@code compliance} one row per unit.
     */
    static final String CTES = """
            , rule_months as (
                select m.month, (m.month + interval '1 month')::date - 1 as month_end, r.office, r.period, r.min_days
                  from (select generate_series(cast(:from as date), cast(:to as date), interval '1 month')::date
                               as month) m
                  join platform.reception_frequency_rule r
                    on r.effective_from <= m.month and (r.effective_to is null or m.month < r.effective_to)
            ), spans as (
                select month, office, period, min_days, month as span_from, month_end as span_to
                  from rule_months where period = 'MONTH'
                union all
                select month, office, period, min_days, t.thursday - 3, t.thursday + 3
                  from rule_months
                 cross join lateral (select month + (11 - extract(isodow from month)::integer) % 7 + 7 * w as thursday
                                       from generate_series(0, 4) w) t
                 where period = 'WEEK' and t.thursday <= month_end
            ), session_facts as (
                select f.unit_code, f.held_on, f.presider_office, f.status
                  from platform.reception_session_fact f join scope s on s.code = f.unit_code
                 where f.held_on between cast(:from as date) - 3 and cast(:to as date) + 3 and f.status <> 'PLANNED'
            ), leader_days as (
                select distinct unit_code, presider_office as office, held_on
                  from session_facts
                 where status = 'HELD' and presider_office in ('CHAIRMAN', 'PARTY_SECRETARY')
            ), day_spans as (
                -- A day lies in its month and in its Monday-to-Sunday week: the spans starting there.
                select unit_code, office, 'MONTH' as period, cast(date_trunc('month', held_on) as date) as span_from
                  from leader_days
                union all
                select unit_code, office, 'WEEK', held_on - (extract(isodow from held_on)::integer - 1)
                  from leader_days
            ), kept as (
                select d.unit_code, d.office, d.period, d.span_from, count(*) as days
                  from day_spans d
                  join spans p on p.office = d.office and p.period = d.period and p.span_from = d.span_from
                 group by d.unit_code, d.office, d.period, d.span_from
            ), judged as (
                select s.code as unit_code, p.month, p.min_days, p.span_to < :today as ended,
                       coalesce(k.days, 0) as days
                  from scope s cross join spans p
                  left join kept k
                    on k.unit_code = s.code and k.office = p.office and k.period = p.period and k.span_from = p.span_from
            ), reception_months as (
                select unit_code, bool_and(ended) as judged, bool_and(days >= min_days) as met,
                       coalesce(sum(min_days) filter (where ended), 0) as required,
                       coalesce(sum(least(days, min_days)) filter (where ended), 0) as kept
                  from judged group by unit_code, month
            ), compliance as (
                select unit_code, sum(required) as required_days, sum(kept) as kept_days,
                       count(*) filter (where judged) as months_judged,
                       count(*) filter (where judged and met) as months_met
                  from reception_months group by unit_code
            ), sessions as (
                select unit_code, count(*) filter (where status = 'HELD') as sessions_held,
                       count(*) filter (where status = 'CANCELLED') as sessions_cancelled
                  from session_facts
                 where held_on between :from and :to
                 group by unit_code
            )
            """;

    /** The select list's columns, from {@code sessions} aliased {@code rs} and {@code compliance} aliased {@code rc}. */
    static final String COLUMNS = "rs.sessions_held, rs.sessions_cancelled, rc.required_days, rc.kept_days,"
            + " rc.months_judged, rc.months_met";

    /** The joins onto {@code scope s}. */
    static final String JOINS = """
            left join sessions rs on rs.unit_code = s.code
            left join compliance rc on rc.unit_code = s.code
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
