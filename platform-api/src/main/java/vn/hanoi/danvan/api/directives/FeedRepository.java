package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.tenancy.PlatformScope;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** The unit's feed of directive notifications, and the reminders of reports due soon. */
@Repository
class FeedRepository {

    /** Newest first, {@code first + 1} rows after the cursor's id. */
    List<Notification> page(UnitScope unit, Long afterId, int first) {
        UnitCode code = unit.unit();
        return unit.sql()
                .sql("""
                        select id, kind, message, assignment_id, due_on, created_at from directive_notification
                        where :after::bigint is null or id < :after
                        order by id desc limit :n
                        """)
                .param("after", afterId)
                .param("n", first + 1)
                .query((rs, row) -> new Notification(
                        DirectiveIds.unit(DirectiveIds.NOTIFICATION, code, rs.getLong("id")),
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("message"),
                        DirectiveIds.unit(DirectiveIds.ASSIGNMENT, code, rs.getLong("assignment_id")),
                        rs.getObject("due_on", LocalDate.class),
                        AssignmentRepository.instant(rs, "created_at")))
                .list();
    }

    int count(UnitScope unit) {
        return unit.sql()
                .sql("select count(*) from directive_notification")
                .query(Integer.class)
                .single();
    }

    void notify(UnitScope unit, String kind, long assignmentId, LocalDate dueOn, String message) {
        unit.sql()
                .sql("""
                        insert into directive_notification (kind, assignment_id, due_on, message)
                        values (:kind, :assignment, :dueOn, :message)
                        """)
                .param("kind", kind)
                .param("assignment", assignmentId)
                .param("dueOn", dueOn)
                .param("message", message)
                .update();
    }

    /**
     * The units with a report due between the two days, read from the oversight facts: the
     * reminder visits only them, never every schema.
     */
    List<String> unitsWithReportsDue(PlatformScope platform, LocalDate from, LocalDate to) {
        return platform.sql()
                .sql("""
                        select distinct f.unit_code from platform.directive_assignment_fact f
                        where f.done_on is null and f.next_due_on <= :to
                          and exists (select 1 from unnest(f.open_due_on) d where d between :from and :to)
                        order by f.unit_code
                        """)
                .param("from", from)
                .param("to", to)
                .query(String.class)
                .list();
    }

    /** One reminder per obligation due between the two days and not met; how many were new. */
    int remind(UnitScope unit, LocalDate from, LocalDate to) {
        return unit.sql().sql("""
                        insert into directive_notification (kind, assignment_id, period_start, due_on, message)
                        select 'DEADLINE_APPROACHING', o.assignment_id, o.period_start, o.due_on,
                            'Report due on ' || to_char(o.due_on, 'YYYY-MM-DD') || ': ' || t.title
                        from directive_obligation o
                        join directive_assignment a on a.task_id = o.assignment_id
                        join platform.directive_task t on t.id = a.task_id
                        where o.report_id is null and o.due_on between :from and :to
                        on conflict (assignment_id, period_start) where kind = 'DEADLINE_APPROACHING' do nothing
                        """).param("from", from).param("to", to).update();
    }
}
