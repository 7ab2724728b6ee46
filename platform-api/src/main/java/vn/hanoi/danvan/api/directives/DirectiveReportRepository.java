package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** Progress reports in a unit's schema, and the obligations they meet. */
@Repository
class DirectiveReportRepository {

    private static final String COLUMNS = """
            r.id, r.assignment_id, r.period_start, o.period_end, r.percent, r.narrative, r.state,
            r.submitted_at, coalesce(r.submitted_by_name, r.submitted_by) as submitted_by, r.returned_at,
            r.return_comment
            from directive_report r
            join directive_obligation o on o.assignment_id = r.assignment_id and o.period_start = r.period_start
            """;

    /**
     * The obligation a new report answers: the one whose period starts on {@code periodStart}, or
     * else the earliest one not met whose period has begun (the first one not met, before any has).
     */
    Optional<Obligation> obligationFor(UnitScope unit, long assignmentId, LocalDate periodStart, LocalDate today) {
        return unit.sql()
                .sql("""
                        select period_start, period_end, due_on, report_id from directive_obligation
                        where assignment_id = :id
                          and (cast(:periodStart as date) is null or period_start = :periodStart)
                        order by (cast(:periodStart as date) is null and report_id is not null),
                            (period_start > :today), period_start
                        limit 1
                        """)
                .param("id", assignmentId)
                .param("periodStart", periodStart)
                .param("today", today)
                .query(Obligation.class)
                .optional();
    }

    long insert(
            UnitScope unit,
            long assignmentId,
            LocalDate periodStart,
            int percent,
            String narrative,
            String by,
            String byName) {
        return unit.sql()
                .sql("""
                        insert into directive_report (assignment_id, period_start, percent, narrative, submitted_by,
                            submitted_by_name)
                        values (:assignment, :periodStart, :percent, :narrative, :by, :byName)
                        returning id
                        """)
                .param("assignment", assignmentId)
                .param("periodStart", periodStart)
                .param("percent", percent)
                .param("narrative", narrative)
                .param("by", by)
                .param("byName", byName)
                .query(Long.class)
                .single();
    }

    /** The report now stands for its obligation. */
    void meet(UnitScope unit, long assignmentId, LocalDate periodStart, long reportId) {
        unit.sql()
                .sql("""
                        update directive_obligation set report_id = :report
                        where assignment_id = :assignment and period_start = :periodStart
                        """)
                .param("assignment", assignmentId)
                .param("periodStart", periodStart)
                .param("report", reportId)
                .update();
    }

    Optional<Report> find(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + COLUMNS + " where r.id = :id")
                .param("id", id)
                .query(mapper(unit.unit()))
                .optional();
    }

    List<Report> of(UnitScope unit, long assignmentId) {
        return unit.sql()
                .sql("select " + COLUMNS + " where r.assignment_id = :id order by r.id")
                .param("id", assignmentId)
                .query(mapper(unit.unit()))
                .list();
    }

    /** Marks a submitted report returned and reopens what it met; false if it was not submitted. */
    boolean returnForRework(UnitScope unit, long id, String by, String comment) {
        boolean returned = unit.sql()
                        .sql("""
                                update directive_report set state = 'RETURNED', returned_at = now(), returned_by = :by,
                                    return_comment = :comment
                                where id = :id and state = 'SUBMITTED'
                                """)
                        .param("id", id)
                        .param("by", by)
                        .param("comment", comment)
                        .update()
                > 0;
        if (returned) {
            unit.sql()
                    .sql("update directive_obligation set report_id = null where report_id = :id")
                    .param("id", id)
                    .update();
        }
        return returned;
    }

    private static RowMapper<Report> mapper(UnitCode unit) {
        return (rs, row) -> {
            long id = rs.getLong("id");
            return new Report(
                    DirectiveIds.unit(DirectiveIds.REPORT, unit, id),
                    unit,
                    id,
                    rs.getLong("assignment_id"),
                    rs.getObject("period_start", LocalDate.class),
                    rs.getObject("period_end", LocalDate.class),
                    rs.getInt("percent"),
                    rs.getString("narrative"),
                    rs.getString("state"),
                    AssignmentRepository.instant(rs, "submitted_at"),
                    rs.getString("submitted_by"),
                    AssignmentRepository.instant(rs, "returned_at"),
                    rs.getString("return_comment"));
        };
    }
}
