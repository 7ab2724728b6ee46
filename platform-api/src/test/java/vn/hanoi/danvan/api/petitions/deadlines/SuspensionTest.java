package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.SUSPENDED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.VERIFYING;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A suspension decision stops the resolution clock until the resume decision (Law on Complaints 2011,
 * art. 28 period; Law on Denunciation 2018, art. 30 period): the paused span is added to the period, in
 * the period's own kind of days. All cases: a complaint accepted on Wed 2025-09-10, 30 days (art. 28),
 * due Fri 2025-10-10 without a pause.
 */
class SuspensionTest {

    private final PetitionDeadlines deadlines =
            new PetitionDeadlines(DeadlineRules.of(DeadlineRules.statutory()), OfficialDays.calendar());

    static Stream<Arguments> pauses() {
        return Stream.of(
                // 22/9 -> 6/10 = 14 days; 10/9 + 30 + 14 = Fri 24/10.
                pause(
                        "a finished 14-day suspension adds 14 days",
                        accepted().in(VERIFYING).suspended("2025-09-22", "2025-10-06"),
                        "2025-10-06",
                        "2025-10-24",
                        false),
                // 14 + (13/10 -> 20/10 = 7) = 21; 10/9 + 51 = Fri 31/10.
                pause(
                        "two finished suspensions add up",
                        accepted()
                                .in(VERIFYING)
                                .suspended("2025-09-22", "2025-10-06")
                                .suspended("2025-10-13", "2025-10-20"),
                        "2025-10-20",
                        "2025-10-31",
                        false),
                // Suspended since 22/9, today Mon 6/10: 14 days so far; 10/9 + 44 = Fri 24/10, paused.
                pause(
                        "an ongoing suspension counts up to today and pauses the clock",
                        accepted().in(SUSPENDED).suspended("2025-09-22", null),
                        "2025-10-06",
                        "2025-10-24",
                        true),
                // Today 20/11, long past the unpaused 10/10: 59 days so far; 10/9 + 89 = Mon 8/12.
                pause(
                        "a long suspension keeps pushing the due day",
                        accepted().in(SUSPENDED).suspended("2025-09-22", null),
                        "2025-11-20",
                        "2025-12-08",
                        true),
                // Round 1 suspended 1/9-15/9/2025; round 2 accepted Mon 2/3/2026 + 45 = Thu 16/4 (art. 37).
                pause(
                        "a first-round suspension does not push the second round",
                        Facts.complaint()
                                .in(VERIFYING)
                                .round(2)
                                .received("2025-08-01")
                                .accepted("2026-03-02")
                                .suspended("2025-09-01", "2025-09-15"),
                        "2026-03-20",
                        "2026-04-16",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pauses")
    void aSuspensionPushesTheDueDayBackByThePausedSpan(
            String rule, Facts facts, LocalDate today, LocalDate dueOn, boolean paused) {
        Deadline deadline = deadlines.current(facts.build(), today).orElseThrow();

        assertThat(deadline.dueOn()).isEqualTo(dueOn);
        assertThat(deadline.paused()).isEqualTo(paused);
        assertThat(deadline.overdue(today)).isFalse();
    }

    @Test
    void aCaseAlreadyLateWhenSuspendedStaysOverdue() {
        // Due Fri 10/10 (art. 28); suspended only on 20/10; today 25/10: 5 days paused, 10/9 + 35 = Wed 15/10.
        CaseFacts facts = accepted().in(SUSPENDED).suspended("2025-10-20", null).build();
        LocalDate today = LocalDate.parse("2025-10-25");

        Deadline deadline = deadlines.current(facts, today).orElseThrow();

        assertThat(deadline.dueOn()).isEqualTo(LocalDate.parse("2025-10-15"));
        assertThat(deadline.paused()).isTrue();
        assertThat(deadline.overdue(today)).isTrue();
        assertThat(deadline.daysLeft(today)).isEqualTo(-10);
    }

    @Test
    void aPauseInAWorkingDayClockAddsTheWorkingDaysItCovered() {
        // No statutory resolution clock counts working days yet; a rule that did (20 working days) must
        // add the working days of the pause: 24/4-4/5/2026 covers Fri 24/4, Tue 28/4, Wed 29/4 = 3
        // (Mon 27/4, Thu 30/4 and Fri 1/5 are off). From Mon 20/4, 23 working days: Tue 21, Wed 22,
        // Thu 23, Fri 24, Tue 28, Wed 29/4, Mon 4, Tue 5, Wed 6, Thu 7, Fri 8, Mon 11, Tue 12, Wed 13,
        // Thu 14, Fri 15, Mon 18, Tue 19, Wed 20, Thu 21, Fri 22, Mon 25, Tue 26/5.
        DeadlineRule workingDays = new DeadlineRule(
                PetitionKind.DENUNCIATION,
                Clock.RESOLVE,
                1,
                Counting.WORKING_DAYS,
                20,
                20,
                20,
                20,
                20,
                2,
                20,
                LocalDate.parse("2019-01-01"),
                null,
                "hypothetical");
        PetitionDeadlines withWorkingDays =
                new PetitionDeadlines(DeadlineRules.of(List.of(workingDays)), OfficialDays.calendar());
        CaseFacts facts = Facts.denunciation()
                .in(VERIFYING)
                .received("2026-04-10")
                .accepted("2026-04-20")
                .suspended("2026-04-24", "2026-05-04")
                .build();

        Deadline deadline =
                withWorkingDays.current(facts, LocalDate.parse("2026-05-04")).orElseThrow();

        assertThat(deadline.dueOn()).isEqualTo(LocalDate.parse("2026-05-26"));
    }

    static Arguments pause(String rule, Facts facts, String today, String dueOn, boolean paused) {
        return Arguments.of(rule, facts, LocalDate.parse(today), LocalDate.parse(dueOn), paused);
    }

    static Facts accepted() {
        return Facts.complaint().received("2025-09-03").accepted("2025-09-10");
    }
}
