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

    /**
     * A CTE after {@link OversightScope#UNITS_CTE}: each unit's assignments due in the period that
     * are open past a report's due day today, from the open facts.
     */
    static final String CTES = """
            , directives_overdue as (
                select f.unit_code, count(*) as overdue_open
                  from platform.directive_assignment_fact f join scope s on s.code = f.unit_code
                 where f.done_on is null and f.next_due_on < :today and f.due_on between :from and :to
                 group by f.unit_code
            )
            """;

    /**
     * The select list's columns: the period's assignments, done and done late from the running
     * totals by deadline month (platform 014), and the overdue ones of {@code directives_overdue}.
     */
    static final String COLUMNS =
            RunningTotals.columns("directives", "assigned", "completed", "completed_late") + ", dov.overdue_open";

    /** The joins onto {@code scope s}. */
    static final String JOINS = RunningTotals.joins("directive_running", "directives") + """
            left join directives_overdue dov on dov.unit_code = s.code
            """;

    private DirectiveFigures() {}

    static DirectiveProgress of(ResultSet rs) throws SQLException {
        return new DirectiveProgress(
                rs.getInt("assigned"), rs.getInt("completed"), rs.getInt("completed_late"), rs.getInt("overdue_open"));
    }
}
