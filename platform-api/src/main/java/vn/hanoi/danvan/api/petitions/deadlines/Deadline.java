package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The clock running on a petition and the last day to act. The period ends at the end of {@code dueOn}
 * (Civil Code 2015, art. 148), so acting on that day is on time.
 *
 * @param paused the case is suspended: {@code dueOn} assumes it resumes today, so it moves later with every
 *     day the suspension lasts and the time left does not run out
 * @param legalBasis the article the period comes from
 */
public record Deadline(Clock clock, LocalDate dueOn, boolean paused, String legalBasis) {

    /** Calendar days from {@code today} to the due day: 0 on the day itself, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }

    /**
     * Whether {@code today} is past the due day. A clock cannot fall overdue while paused, because its due
     * day moves with every day of the suspension; a case that was already late when it was suspended stays
     * overdue, since suspending it does not give back the time it had lost.
     */
    public boolean overdue(LocalDate today) {
        return today.isAfter(dueOn);
    }
}
