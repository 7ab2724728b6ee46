package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The report obligations a task gives each unit it is assigned to: for a one-off task a single
 * final report due on its deadline; for a recurring one, one report per calendar month or quarter
 * between the task's first and last day, each due on its period's last day.
 */
final class ReportPeriods {

    /** Five years of monthly reports at most: a longer task is a new task. */
    static final int MAX_PERIODS = 60;

    /** One report the unit owes: the period it covers and the day it is due. */
    record Period(LocalDate start, LocalDate end, LocalDate dueOn) {}

    private ReportPeriods() {}

    static List<Period> of(DirectiveTask task, LocalDate assignedOn) {
        if (task.recurrence() == Recurrence.NONE) {
            LocalDate start = assignedOn.isAfter(task.dueOn()) ? task.dueOn() : assignedOn;
            return List.of(new Period(start, task.dueOn(), task.dueOn()));
        }
        return recurring(task.recurrence(), task.startsOn(), task.endsOn());
    }

    static List<Period> recurring(Recurrence recurrence, LocalDate startsOn, LocalDate endsOn) {
        int months = recurrence.months();
        int firstMonth = (startsOn.getMonthValue() - 1) / months * months + 1;
        LocalDate periodStart = LocalDate.of(startsOn.getYear(), firstMonth, 1);
        List<Period> periods = new ArrayList<>();
        while (!periodStart.isAfter(endsOn)) {
            LocalDate periodEnd = periodStart.plusMonths(months).minusDays(1);
            LocalDate start = periodStart.isBefore(startsOn) ? startsOn : periodStart;
            LocalDate end = periodEnd.isAfter(endsOn) ? endsOn : periodEnd;
            periods.add(new Period(start, end, end));
            periodStart = periodStart.plusMonths(months);
        }
        return periods;
    }
}
