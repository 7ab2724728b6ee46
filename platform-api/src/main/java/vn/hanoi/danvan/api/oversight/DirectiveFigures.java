package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import vn.hanoi.danvan.api.oversight.Scorecard.DirectiveProgress;

/**
 * The scorecards' directive part, from {@code platform.directive_assignment_fact}: each unit's
 * assignments whose deadline (the last report's due day) falls in the period, with their status on
 * the scope's day as {@code directives.DirectiveTaskStatus} derives it: done once the last
 * obligation is met (late if after the deadline), late while an obligation past its due day is open.
 */
final class DirectiveFigures {

    /** A CTE after {@link OversightScope#UNITS_CTE}: one row per unit with an assignment due. */
    static final String CTES = """
            , directives as (
                select f.unit_code, count(*) as assigned, count(f.done_on) as completed,
                       count(*) filter (where f.done_on > f.due_on) as completed_late,
                       count(*) filter (where f.done_on is null and f.next_due_on < :today) as overdue_open
                  from platform.directive_assignment_fact f join scope s on s.code = f.unit_code
                 where f.due_on between :from and :to
                 group by f.unit_code
            )
            """;

    /** The select list's columns, from {@code directives} aliased {@code dp}. */
    static final String COLUMNS = "dp.assigned, dp.completed, dp.completed_late, dp.overdue_open";

    /** The join onto {@code scope s}. */
    static final String JOINS = """
            left join directives dp on dp.unit_code = s.code
            """;

    private DirectiveFigures() {}

    static DirectiveProgress of(ResultSet rs) throws SQLException {
        return new DirectiveProgress(
                rs.getInt("assigned"), rs.getInt("completed"), rs.getInt("completed_late"), rs.getInt("overdue_open"));
    }
}
