package vn.hanoi.danvan.api.directives;

/** How often a task asks for a report: once by its deadline, or every month or quarter. */
enum Recurrence {
    NONE,
    MONTHLY,
    QUARTERLY;

    /** Months in one reporting period; none for a one-off task. */
    int months() {
        return switch (this) {
            case NONE -> 0;
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
        };
    }
}
