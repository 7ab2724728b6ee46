package vn.hanoi.danvan.api.directives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.directives.ReportPeriods.Period;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * Assignments and their report obligations in a unit's schema, and the unit's row of
 * {@code platform.directive_assignment_fact}, written in the same transaction as each change.
 */
@Repository
class AssignmentRepository {

    private static final String COLUMNS = """
            a.task_id, a.directive_id, a.recurrence, a.assigned_at, a.accepted_at, a.percent, a.due_on, a.done_on,
            (select min(o.due_on) from directive_obligation o
                where o.assignment_id = a.task_id and o.report_id is null)
                as next_due_on,
            (select count(*) from directive_obligation o
                where o.assignment_id = a.task_id and o.report_id is null and o.due_on < :today) as missed,
            exists (select 1 from directive_report r where r.assignment_id = a.task_id) as reported
            from directive_assignment a
            """;

    /**
     * Assigns the task to this unit with its report obligations, a notification and the fact row,
     * in one statement: nothing if the unit has the task already. Whether it was new.
     */
    boolean assign(UnitScope unit, DirectiveTask task, List<Period> periods, String by, LocalDate today) {
        String dues = array(periods.stream().map(Period::dueOn).toList());
        LocalDate dueOn = periods.getLast().dueOn();
        return unit.sql()
                        .sql("""
                                with a as (
                                    insert into directive_assignment (task_id, directive_id, recurrence, assigned_by, due_on)
                                    values (:task, :directive, :recurrence, :by, :dueOn)
                                    on conflict (task_id) do nothing
                                    returning task_id
                                ), o as (
                                    insert into directive_obligation (assignment_id, period_start, period_end, due_on)
                                    select a.task_id, p.s, p.e, p.d from a,
                                        unnest(cast(:starts as date[]), cast(:ends as date[]), cast(:dues as date[]))
                                            as p(s, e, d)
                                ), n as (
                                    insert into directive_notification (kind, assignment_id, due_on, message)
                                    select 'NEW_ASSIGNMENT', a.task_id, :nextDue, :message from a
                                ), f as (
                                    insert into platform.directive_assignment_fact (unit_code, task_id, directive_id,
                                        recurrence, assigned_on, obligations, open_due_on, next_due_on, due_on)
                                    select :unit, a.task_id, :directive, :recurrence, :today, :obligations,
                                        cast(:dues as date[]), :nextDue, :dueOn
                                    from a
                                )
                                select count(*) from a
                                """)
                        .param("task", task.id())
                        .param("directive", task.directiveId())
                        .param("by", by)
                        .param("dueOn", dueOn)
                        .param(
                                "starts",
                                array(periods.stream().map(Period::start).toList()))
                        .param("ends", array(periods.stream().map(Period::end).toList()))
                        .param("dues", dues)
                        .param("nextDue", periods.getFirst().dueOn())
                        .param("message", "New task of " + task.directiveNumber() + ": " + task.title())
                        .param("unit", unit.unit().value())
                        .param("recurrence", task.recurrence().name())
                        .param("today", today)
                        .param("obligations", periods.size())
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Newest first, {@code first + 1} rows after the cursor's id. */
    List<Assignment> page(UnitScope unit, Long afterId, int first, LocalDate today) {
        return unit.sql()
                .sql("select " + COLUMNS
                        + " where :after::bigint is null or a.task_id < :after order by a.task_id desc limit :n")
                .param("after", afterId)
                .param("n", first + 1)
                .param("today", today)
                .query(mapper(unit.unit(), today))
                .list();
    }

    int count(UnitScope unit) {
        return unit.sql()
                .sql("select count(*) from directive_assignment")
                .query(Integer.class)
                .single();
    }

    Optional<Assignment> find(UnitScope unit, long id, LocalDate today) {
        return unit.sql()
                .sql("select " + COLUMNS + " where a.task_id = :id")
                .param("id", id)
                .param("today", today)
                .query(mapper(unit.unit(), today))
                .optional();
    }

    /** Records the acceptance once; false if it was accepted already. */
    boolean accept(UnitScope unit, long id, String by) {
        return unit.sql().sql("""
                                update directive_assignment set accepted_at = now(), accepted_by = :by
                                where task_id = :id and accepted_at is null
                                """).param("id", id).param("by", by).update() > 0;
    }

    List<Obligation> obligations(UnitScope unit, long assignmentId) {
        return unit.sql()
                .sql("""
                        select period_start, period_end, due_on, report_id from directive_obligation
                        where assignment_id = :id order by period_start
                        """)
                .param("id", assignmentId)
                .query(Obligation.class)
                .list();
    }

    /**
     * After a report, its return or the acceptance: the assignment's percentage (its latest report
     * that stands) and done day (when every obligation is met), and the fact row the city reads.
     */
    void refresh(UnitScope unit, long id, LocalDate today) {
        unit.sql()
                .sql("""
                        with o as (
                            select count(*) as total, count(report_id) as met,
                                coalesce(array_agg(due_on order by due_on) filter (where report_id is null),
                                    '{}') as open
                            from directive_obligation where assignment_id = :id
                        ), r as (
                            select count(*) as reports, count(*) filter (where state = 'RETURNED') as returned,
                                max(submitted_at) as last_at,
                                (select percent from directive_report
                                    where assignment_id = :id and state = 'SUBMITTED' order by id desc limit 1) as percent
                            from directive_report where assignment_id = :id
                        ), a as (
                            update directive_assignment set percent = coalesce(r.percent, 0),
                                done_on = case when o.total = o.met then coalesce(done_on, :today) end
                            from o, r where directive_assignment.task_id = :id
                            returning directive_assignment.task_id, directive_assignment.accepted_at,
                                directive_assignment.percent, directive_assignment.done_on
                        )
                        update platform.directive_assignment_fact f set
                            accepted_on = (a.accepted_at at time zone 'Asia/Ho_Chi_Minh')::date,
                            percent = a.percent, reports = r.reports, returned_reports = r.returned,
                            last_report_on = (r.last_at at time zone 'Asia/Ho_Chi_Minh')::date,
                            obligations = o.total, obligations_met = o.met, open_due_on = o.open,
                            next_due_on = o.open[1], done_on = a.done_on, updated_at = now()
                        from a, o, r
                        where f.unit_code = :unit and f.task_id = a.task_id
                        """)
                .param("id", id)
                .param("today", today)
                .param("unit", unit.unit().value())
                .update();
    }

    private static String array(List<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static RowMapper<Assignment> mapper(UnitCode unit, LocalDate today) {
        return (ResultSet rs, int row) -> {
            LocalDate nextDue = rs.getObject("next_due_on", LocalDate.class);
            LocalDate doneOn = rs.getObject("done_on", LocalDate.class);
            Instant acceptedAt = instant(rs, "accepted_at");
            boolean started = acceptedAt != null || rs.getBoolean("reported");
            long id = rs.getLong("task_id");
            return new Assignment(
                    DirectiveIds.unit(DirectiveIds.ASSIGNMENT, unit, id),
                    unit,
                    id,
                    rs.getLong("task_id"),
                    rs.getLong("directive_id"),
                    Recurrence.valueOf(rs.getString("recurrence")),
                    instant(rs, "assigned_at"),
                    acceptedAt,
                    DirectiveTaskStatus.of(started, nextDue, doneOn, today),
                    rs.getInt("percent"),
                    rs.getObject("due_on", LocalDate.class),
                    nextDue,
                    rs.getInt("missed"),
                    doneOn);
        };
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
