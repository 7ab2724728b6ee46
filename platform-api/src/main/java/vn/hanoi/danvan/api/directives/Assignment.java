package vn.hanoi.danvan.api.directives;

import java.time.Instant;
import java.time.LocalDate;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * A directive task as assigned to one unit (nhiệm vụ được giao), in the unit's schema, with its
 * status as of the day it was read.
 *
 * @param id the Relay id, which carries the unit
 * @param key the assignment's key in the unit's schema: its task's id, as a unit holds a task once
 * @param nextReportDueOn the due day of the earliest report not yet in, if any
 * @param missedReports reports due before today and not in
 */
record Assignment(
        String id,
        UnitCode unit,
        long key,
        long taskId,
        long directiveId,
        Recurrence recurrence,
        Instant assignedAt,
        Instant acceptedAt,
        DirectiveTaskStatus status,
        int percent,
        LocalDate dueOn,
        LocalDate nextReportDueOn,
        int missedReports,
        LocalDate doneOn) {

    public String unitCode() {
        return unit.value();
    }
}
