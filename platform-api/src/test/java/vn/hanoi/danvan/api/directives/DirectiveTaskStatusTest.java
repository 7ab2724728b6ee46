package vn.hanoi.danvan.api.directives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DirectiveTaskStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 7, 15);

    @Test
    void aReportDueBeforeTodayAndNotInMakesTheTaskLateWhetherStartedOrNot() {
        assertThat(DirectiveTaskStatus.of(true, TODAY.minusDays(1), null, TODAY))
                .isEqualTo(DirectiveTaskStatus.LATE);
        assertThat(DirectiveTaskStatus.of(false, TODAY.minusDays(1), null, TODAY))
                .isEqualTo(DirectiveTaskStatus.LATE);
    }

    @Test
    void aReportDueTodayIsNotLateYet() {
        assertThat(DirectiveTaskStatus.of(true, TODAY, null, TODAY)).isEqualTo(DirectiveTaskStatus.IN_PROGRESS);
        assertThat(DirectiveTaskStatus.of(false, TODAY, null, TODAY)).isEqualTo(DirectiveTaskStatus.NOT_STARTED);
    }

    @Test
    void everyReportInIsDoneEvenAfterTheDeadline() {
        assertThat(DirectiveTaskStatus.of(true, null, TODAY.minusDays(3), TODAY))
                .isEqualTo(DirectiveTaskStatus.DONE);
    }

    @Test
    void missedReportsAreTheOpenDueDaysBeforeToday() {
        assertThat(ProgressFacts.missed("{}", TODAY)).isZero();
        assertThat(ProgressFacts.missed("{2026-03-31,2026-06-30,2026-07-15,2026-09-30}", TODAY))
                .isEqualTo(2);
    }
}
