package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;

/**
 * The city's view of one directive on one day: per task, how many units are done, late, in
 * progress or not started, and each unit's cell; per unit, the same over all the tasks.
 */
record DirectiveProgress(Directive directive, LocalDate asOf, List<TaskProgress> tasks, List<UnitProgress> units) {

    /**
     * One task across the units it was assigned to. {@code statuses} and {@code percents} are the
     * grid's row: one entry per unit of {@link DirectiveProgress#units()}, in that order, null
     * where the task was not assigned to the unit; {@code units} has the full cells.
     */
    record TaskProgress(
            DirectiveTask task,
            int assigned,
            int notStarted,
            int inProgress,
            int done,
            int late,
            double averagePercent,
            List<DirectiveTaskStatus> statuses,
            List<Integer> percents,
            List<UnitCell> units) {}

    /** One unit on one task, from its fact row: never a narrative, note or name of a person. */
    record UnitCell(
            String unitCode,
            String unitName,
            long taskId,
            DirectiveTaskStatus status,
            int percent,
            LocalDate nextReportDueOn,
            int missedReports,
            int returnedReports,
            LocalDate lastReportOn,
            LocalDate doneOn) {}

    /** One unit over all the directive's tasks assigned to it. */
    record UnitProgress(
            String unitCode, String unitName, int assigned, int notStarted, int inProgress, int done, int late) {}
}
