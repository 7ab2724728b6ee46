package vn.hanoi.danvan.admin;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Directive assignment facts ({@code platform.directive_assignment_fact}): one row per task
 * assigned to the unit. The mapping is the API's {@code directives.AssignmentRepository}, which
 * writes the row on assignment and rewrites it from the unit's assignment, obligations and
 * reports after each acceptance, report and return ({@code refresh}); a test in the API proves
 * both agree.
 *
 * <p>Days are Hanoi days, as the API's {@code DirectiveCalendar} counts them. One column is not
 * stored in the unit's schema as the API wrote it: {@code assigned_on} is the API's today when
 * it assigned, read here from {@code assigned_at}, the start of that same transaction. The two
 * differ only for an assignment whose transaction began across midnight from the API's reading
 * of its clock; a rebuild would then move the fact to the day the unit's row records.
 */
final class DirectiveFactFamily implements FactFamily {

    static final FactTable ASSIGNMENT_FACT = new FactTable(
            "platform.directive_assignment_fact",
            List.of("task_id"),
            List.of(
                    "directive_id",
                    "recurrence",
                    "assigned_on",
                    "accepted_on",
                    "percent",
                    "reports",
                    "returned_reports",
                    "last_report_on",
                    "obligations",
                    "obligations_met",
                    "open_due_on",
                    "next_due_on",
                    "due_on",
                    "done_on"),
            """
            select cast(:unit as varchar(5)) as unit_code, a.task_id, a.directive_id, a.recurrence,
                   (a.assigned_at at time zone 'Asia/Ho_Chi_Minh')::date as assigned_on,
                   (a.accepted_at at time zone 'Asia/Ho_Chi_Minh')::date as accepted_on,
                   a.percent, r.reports, r.returned_reports, r.last_report_on,
                   o.obligations, o.obligations_met, o.open_due_on, o.open_due_on[1] as next_due_on,
                   a.due_on, a.done_on
              from directive_assignment a
              cross join lateral (
                  select count(*)::integer as obligations, count(report_id)::integer as obligations_met,
                         coalesce(array_agg(due_on order by due_on) filter (where report_id is null), '{}')
                             as open_due_on
                    from directive_obligation where assignment_id = a.task_id) o
              cross join lateral (
                  select count(*)::integer as reports,
                         count(*) filter (where state = 'RETURNED')::integer as returned_reports,
                         (max(submitted_at) at time zone 'Asia/Ho_Chi_Minh')::date as last_report_on
                    from directive_report where assignment_id = a.task_id) r""");

    @Override
    public String name() {
        return "directive";
    }

    @Override
    public List<FactTable> tables() {
        return List.of(ASSIGNMENT_FACT);
    }

    /** The running totals by deadline month (platform 014), kept by a trigger from the facts. */
    @Override
    public int summaryDrift(JdbcClient sql, String unit) {
        return SummaryDrift.running(sql, "directive_running", unit);
    }

    @Override
    public void rebuildSummaries(JdbcClient sql, String unit) {
        sql.sql("select platform.rebuild_directive_running(:unit)")
                .param("unit", unit)
                .query()
                .listOfRows();
    }
}
