package vn.hanoi.danvan.api.directives;

import java.time.Instant;
import java.time.LocalDate;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * A progress report (báo cáo tiến độ) of a unit on an assignment: percentage and narrative for
 * one report period, with evidence files; the city may return it for rework with a comment.
 */
record Report(
        String id,
        UnitCode unit,
        long key,
        long assignmentId,
        LocalDate periodStart,
        LocalDate periodEnd,
        int percent,
        String narrative,
        String state,
        Instant submittedAt,
        String submittedBy,
        Instant returnedAt,
        String returnComment) {

    static final String SUBMITTED = "SUBMITTED";
    static final String RETURNED = "RETURNED";

    static final String ATTACHMENT_OWNER = "DIRECTIVE_REPORT";
}
