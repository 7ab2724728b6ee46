package vn.hanoi.danvan.api.petitions.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Shared by the due-day tables. Each case's due day is computed by hand in its comment: "+ n" counts
 * calendar days from the start day, which itself is not counted (Civil Code 2015, art. 147); a period
 * ending on a day off ends on the next working day (art. 148). Working days are listed one by one, on the
 * 2025–2026 calendar of {@link OfficialDays}.
 */
final class DueDays {

    static final String ART_27 = "Law on Complaints 2011, art. 27";
    static final String ART_36 = "Law on Complaints 2011, art. 36";
    static final String ART_28 = "Law on Complaints 2011, art. 28";
    static final String ART_37 = "Law on Complaints 2011, art. 37";
    static final String AMENDED = " (rule set of Law 136/2025/QH15, from 2026-07-01)";
    static final String DECREE_155 = "Decree 155/2026" + AMENDED;
    static final String DENUNCIATION_24 = "Law on Denunciation 2018, art. 24";
    static final String DENUNCIATION_30 = "Law on Denunciation 2018, art. 30";
    static final String RECEPTION_28 = "Law on Citizen Reception 2013, art. 28";

    /** Late enough that no case in the tables is still waiting for a resume decision. */
    private static final LocalDate TODAY = LocalDate.parse("2026-12-31");

    private static final PetitionDeadlines STATUTORY =
            new PetitionDeadlines(DeadlineRules.of(DeadlineRules.statutory()), OfficialDays.calendar());

    private DueDays() {}

    static Arguments due(String rule, Facts facts, Clock clock, String dueOn, String legalBasis) {
        return Arguments.of(rule, facts, clock, LocalDate.parse(dueOn), legalBasis);
    }

    static void assertDue(Facts facts, Clock clock, LocalDate dueOn, String legalBasis) {
        Deadline deadline = STATUTORY.current(facts.build(), TODAY).orElseThrow();

        assertThat(deadline.clock()).isEqualTo(clock);
        assertThat(deadline.dueOn()).isEqualTo(dueOn);
        assertThat(deadline.legalBasis()).isEqualTo(legalBasis);
        assertThat(deadline.paused()).isFalse();
    }
}
