package vn.hanoi.danvan.api.directives;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.directives.DirectiveProgress.UnitCell;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * Reads {@code platform.directive_assignment_fact}: one indexed table for the whole city, so the
 * progress of a directive never visits the units' schemas.
 */
@Repository
class ProgressFacts {

    /**
     * A fact row's status on {@code :today}, as {@link DirectiveTaskStatus#of} derives it: done,
     * else late when the next report is overdue, else in progress once accepted or reported on.
     */
    private static final String STATUS = """
            case when done_on is not null then 'DONE'
                 when next_due_on < :today then 'LATE'
                 when accepted_on is not null or reports > 0 then 'IN_PROGRESS'
                 else 'NOT_STARTED' end""";

    /** One task's row of the grid: its units by code, with their statuses and percentages. */
    record TaskRow(
            long taskId, double averagePercent, List<String> units, List<String> statuses, List<Integer> percents) {}

    /** A unit's cell on a task, with the task it belongs to. */
    record Row(long taskId, UnitCell cell) {}

    /** Per task, aggregated in the database: 20 rows for 20 tasks, whatever the number of units. */
    List<TaskRow> grid(PlatformScope platform, long directiveId, LocalDate today) {
        return platform.sql()
                .sql("select task_id, avg(percent) as average, array_agg(unit_code order by unit_code) as units,"
                        + " array_agg(status order by unit_code) as statuses,"
                        + " array_agg(percent::integer order by unit_code) as percents"
                        + " from (select task_id, unit_code, percent, " + STATUS + " as status"
                        + " from platform.directive_assignment_fact where directive_id = :directive) f"
                        + " group by task_id")
                .param("directive", directiveId)
                .param("today", today)
                .query((rs, row) -> new TaskRow(
                        rs.getLong("task_id"),
                        rs.getDouble("average"),
                        List.of((String[]) array(rs.getArray("units"))),
                        List.of((String[]) array(rs.getArray("statuses"))),
                        List.of((Integer[]) array(rs.getArray("percents")))))
                .list();
    }

    /** The names of the living units, by code. */
    Map<String, String> unitNames(PlatformScope platform) {
        return platform
                .sql()
                .sql("select code, name from platform.unit where status <> 'ARCHIVED'")
                .query((rs, row) -> Map.entry(rs.getString("code"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Every unit's full cell on every task of the directive, by task then unit. */
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

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
