package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which clock runs in which state; the due days are in the due-day tables (see {@link DueDays}). */
class ClocksByStateTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-07-15");

    private final PetitionDeadlines deadlines =
            new PetitionDeadlines(DeadlineRules.of(DeadlineRules.statutory()), OfficialDays.calendar());

    @ParameterizedTest(name = "a complaint {0} runs no clock")
    @EnumSource(names = {"TRANSFERRED", "GUIDED", "REJECTED", "RESOLVED", "WITHDRAWN", "CLOSED"})
    void aClosedOrHandedOverComplaintRunsNoClock(PetitionState state) {
        CaseFacts facts = Facts.complaint()
                .in(state)
                .received("2026-07-01")
                .accepted("2026-07-06")
                .build();

        assertThat(deadlines.current(facts, TODAY)).isEmpty();
    }

    @ParameterizedTest(name = "a recommendation {0} runs no clock")
    @EnumSource(names = {"SUSPENDED", "APPEALED", "RESOLVED", "CLOSED"})
    void anAnsweredOrSuspendedRecommendationRunsNoClock(PetitionState state) {
        CaseFacts facts =
                Facts.recommendation().in(state).received("2026-07-01").build();

        assertThat(deadlines.current(facts, TODAY)).isEmpty();
    }

    @Test
    void aFurtherDenunciationRunsNoClockTheTableDoesNotGive() {
        // DOMAIN.md gives no second-round numbers for denunciations; none is invented.
        CaseFacts facts = Facts.denunciation()
                .in(PetitionState.APPEALED)
                .received("2026-07-01")
                .appealed("2026-09-01")
                .build();

        assertThat(deadlines.current(facts, TODAY)).isEmpty();
    }

    @Test
    void anAcceptedComplaintWithoutItsAcceptanceDayIsRefused() {
        CaseFacts facts = Facts.complaint()
                .in(PetitionState.ACCEPTED)
                .received("2026-07-01")
                .build();

        assertThatThrownBy(() -> deadlines.current(facts, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acceptedOn");
    }

    @Test
    void anAppealWithoutItsDayIsRefused() {
        CaseFacts facts = Facts.complaint()
                .in(PetitionState.APPEALED)
                .received("2026-07-01")
                .build();

        assertThatThrownBy(() -> deadlines.current(facts, TODAY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appealedOn");
    }
}
