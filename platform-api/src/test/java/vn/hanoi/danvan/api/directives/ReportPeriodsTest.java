package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.directives.ReportPeriods.Period;

class ReportPeriodsTest {

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void aQuarterlyTaskOwesOneReportPerCalendarQuarterDueOnItsLastDay() {
        List<Period> periods = ReportPeriods.recurring(Recurrence.QUARTERLY, day("2026-02-10"), day("2026-12-31"));

        assertThat(periods)
                .containsExactly(
                        new Period(day("2026-02-10"), day("2026-03-31"), day("2026-03-31")),
                        new Period(day("2026-04-01"), day("2026-06-30"), day("2026-06-30")),
                        new Period(day("2026-07-01"), day("2026-09-30"), day("2026-09-30")),
                        new Period(day("2026-10-01"), day("2026-12-31"), day("2026-12-31")));
    }

    @Test
    void aMonthlyTaskEndingMidMonthOwesItsLastReportOnItsLastDay() {
        List<Period> periods = ReportPeriods.recurring(Recurrence.MONTHLY, day("2026-01-01"), day("2026-03-15"));

        assertThat(periods)
                .extracting(Period::dueOn)
                .containsExactly(day("2026-01-31"), day("2026-02-28"), day("2026-03-15"));
    }

    @Test
    void aOneOffTaskOwesOneFinalReportOnItsDeadline() {
        DirectiveTask task = new DirectiveTask(
                1, 1, 1, "07-CT/TU", 1, 1, "t", "", "", Recurrence.NONE, day("2026-09-30"), null, null);

        assertThat(ReportPeriods.of(task, day("2026-07-01")))
                .containsExactly(new Period(day("2026-07-01"), day("2026-09-30"), day("2026-09-30")));
    }
}
