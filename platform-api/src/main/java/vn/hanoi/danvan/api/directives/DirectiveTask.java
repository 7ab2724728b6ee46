package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;

/**
 * One task of a directive (nhiệm vụ): what every unit it is assigned to must do and report. A
 * one-off task has a deadline ({@code dueOn}); a recurring one a first and last day between which
 * a report is due every month or quarter.
 */
record DirectiveTask(
        long id,
        long directiveId,
        long groupId,
        String directiveNumber,
        int groupPosition,
        int position,
        String title,
        String description,
        String expectedOutput,
        Recurrence recurrence,
        LocalDate dueOn,
        LocalDate startsOn,
        LocalDate endsOn) {

    static final String TYPE = "DirectiveTask";
}
