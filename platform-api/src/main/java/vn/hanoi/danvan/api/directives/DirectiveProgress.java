package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;

/**
 * The city's view of one directive on one day, as a grid: the units (columns) with their counts,
 * and per task (rows) its counts and each unit's status and percentage. Each unit's full cell is
 * read only when asked for ({@code DirectiveTaskProgress.units}).
 */
record DirectiveProgress(Directive directive, LocalDate asOf, List<TaskProgress> tasks, List<UnitProgress> units) {

    /**
     * One task across the units it was assigned to. {@code statuses} and {@code percents} are the
     * grid's row: one entry per unit of {@link DirectiveProgress#units()}, in that order, null
     * where the task was not assigned to the unit.
     */
    record TaskProgress(
            DirectiveTask task,
            LocalDate asOf,
            int assigned,
            int notStarted,
            int inProgress,
            int done,
            int late,
            double averagePercent,
            List<DirectiveTaskStatus> statuses,
            List<Integer> percents) {}

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
