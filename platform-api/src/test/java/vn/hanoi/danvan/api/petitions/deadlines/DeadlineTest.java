package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The period ends at the end of its last day (Civil Code 2015, art. 148): acting on it is on time. */
class DeadlineTest {

    private final Deadline deadline =
            new Deadline(Clock.ACCEPT, LocalDate.parse("2026-07-10"), false, "Decree 155/2026");

    @ParameterizedTest(name = "on {0}: {1} days left, overdue {2}")
    @CsvSource({"2026-07-07, 3, false", "2026-07-10, 0, false", "2026-07-11, -1, true", "2026-08-10, -31, true"})
    void daysLeftCountDownToTheDueDayAndBelowZeroOnceOverdue(LocalDate today, long daysLeft, boolean overdue) {
        assertThat(deadline.daysLeft(today)).isEqualTo(daysLeft);
        assertThat(deadline.overdue(today)).isEqualTo(overdue);
    }
}
