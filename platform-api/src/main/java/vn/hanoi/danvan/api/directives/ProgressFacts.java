package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.directives.DirectiveProgress.UnitCell;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * Reads {@code platform.directive_assignment_fact}: one indexed table for the whole city, so the
 * progress of a directive never visits the units' schemas.
 */
@Repository
class ProgressFacts {

    /** A unit's cell on a task, with the task it belongs to. */
    record Row(long taskId, UnitCell cell) {}

    List<Row> ofDirective(PlatformScope platform, long directiveId, LocalDate today) {
        return platform.sql()
                .sql("""
                        select f.task_id, f.unit_code, coalesce(u.name, f.unit_code) as unit_name,
                            (f.accepted_on is not null or f.reports > 0) as started, f.percent, f.next_due_on,
                            f.returned_reports, f.last_report_on, f.done_on, f.open_due_on::text as open_due_on
                        from platform.directive_assignment_fact f
                        left join platform.unit u on u.code = f.unit_code and u.status <> 'ARCHIVED'
                        where f.directive_id = :directive
                        order by f.task_id, f.unit_code
                        """)
                .param("directive", directiveId)
                .query((rs, row) -> {
                    LocalDate nextDue = rs.getObject("next_due_on", LocalDate.class);
                    LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
                    long taskId = rs.getLong("task_id");
                    return new Row(
                            taskId,
                            new UnitCell(
                                    rs.getString("unit_code"),
                                    rs.getString("unit_name"),
                                    taskId,
                                    DirectiveTaskStatus.of(rs.getBoolean("started"), nextDue, doneOn, today),
                                    rs.getInt("percent"),
                                    nextDue,
                                    missed(rs.getString("open_due_on"), today),
                                    rs.getInt("returned_reports"),
                                    rs.getObject("last_report_on", LocalDate.class),
                                    doneOn));
                })
                .list();
    }

    /**
     * The due days before today in the array's text, {@code {2026-03-31,2026-06-30}}: ISO days
     * compare as text, and counting here spares the database a subquery per row.
     */
    static int missed(String openDueOn, LocalDate today) {
        String before = today.toString();
        int missed = 0;
        for (String day : openDueOn.substring(1, openDueOn.length() - 1).split(",")) {
            if (!day.isEmpty() && day.compareTo(before) < 0) {
                missed++;
            }
        }
        return missed;
    }
}
