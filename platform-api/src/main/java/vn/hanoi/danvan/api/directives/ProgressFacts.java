package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
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
                            f.accepted_on, f.reports, f.percent, f.next_due_on, f.returned_reports, f.last_report_on,
                            f.done_on, (select count(*) from unnest(f.open_due_on) d where d < :today) as missed
                        from platform.directive_assignment_fact f
                        left join platform.unit u on u.code = f.unit_code and u.status <> 'ARCHIVED'
                        where f.directive_id = :directive
                        order by f.task_id, f.unit_code
                        """)
                .param("directive", directiveId)
                .param("today", today)
                .query((rs, row) -> {
                    UnitCode unit = UnitCode.of(rs.getString("unit_code"));
                    LocalDate nextDue = rs.getObject("next_due_on", LocalDate.class);
                    LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
                    boolean started = rs.getObject("accepted_on") != null || rs.getInt("reports") > 0;
                    return new Row(
                            rs.getLong("task_id"),
                            new UnitCell(
                                    unit.value(),
                                    rs.getString("unit_name"),
                                    DirectiveIds.unit(DirectiveIds.ASSIGNMENT, unit, rs.getLong("task_id")),
                                    DirectiveTaskStatus.of(started, nextDue, doneOn, today),
                                    rs.getInt("percent"),
                                    nextDue,
                                    rs.getInt("missed"),
                                    rs.getInt("returned_reports"),
                                    rs.getObject("last_report_on", LocalDate.class),
                                    doneOn));
                })
                .list();
    }
}
