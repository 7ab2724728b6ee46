package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;

/** One item of the unit's own plan (kế hoạch) for an assignment: who does what, between which days. */
record PlanItem(
        String id,
        long key,
        long assignmentId,
        String title,
        String ownerName,
        LocalDate startsOn,
        LocalDate dueOn,
        LocalDate doneOn) {}
