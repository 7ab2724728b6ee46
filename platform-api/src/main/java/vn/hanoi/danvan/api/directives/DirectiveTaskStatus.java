package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;

/**
 * Where a unit stands on an assigned task, derived and never stored: it depends on the day it is
 * read. Done once every report obligation is met; late while an obligation whose day has passed
 * is not met (a missed report of a recurring task, or a one-off task without its final report);
 * in progress once accepted or reported on; otherwise not started.
 */
public enum DirectiveTaskStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE,
    LATE;

    /**
     * @param started accepted, or reported on at least once
     * @param nextDueOn the due day of the earliest obligation not met, null when none is left
     * @param doneOn the day the last obligation was met, null while one is open
     */
    public static DirectiveTaskStatus of(boolean started, LocalDate nextDueOn, LocalDate doneOn, LocalDate today) {
        if (doneOn != null) {
            return DONE;
        }
        if (nextDueOn != null && nextDueOn.isBefore(today)) {
            return LATE;
        }
        return started ? IN_PROGRESS : NOT_STARTED;
    }
}
