package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;

/**
 * One report a unit owes the city for an assignment: for the period from {@code periodStart} to
 * {@code periodEnd}, due on {@code dueOn}; met while a report that was not returned stands for it.
 */
record Obligation(LocalDate periodStart, LocalDate periodEnd, LocalDate dueOn, Long reportId) {

    public boolean met() {
        return reportId != null;
    }
}
