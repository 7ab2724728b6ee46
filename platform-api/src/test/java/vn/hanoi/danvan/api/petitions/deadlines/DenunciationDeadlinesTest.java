package vn.hanoi.danvan.api.petitions.deadlines;

import static vn.hanoi.danvan.api.petitions.deadlines.Clock.ACCEPT;
import static vn.hanoi.danvan.api.petitions.deadlines.Clock.RESOLVE;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.DENUNCIATION_24;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.DENUNCIATION_30;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.assertDue;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.due;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.ACCEPTED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.CLASSIFIED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.VERIFYING;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A denunciation must be accepted and resolved in time (Law on Denunciation 2018, arts. 24, 30). */
class DenunciationDeadlinesTest {

    static Stream<Arguments> denunciations() {
        return Stream.of(
                // Thu 12/2, Fri 13/2; Tết 14/2-22/2; Mon 23, Tue 24, Wed 25, Thu 26, Fri 27/2.
                due(
                        "art. 24: 7 working days across Tết 2026",
                        Facts.denunciation().received("2026-02-11"),
                        ACCEPT,
                        "2026-02-27",
                        DENUNCIATION_24),
                // ... then Mon 2/3, Tue 3/3, Wed 4/3.
                due(
                        "art. 24: several sites, 10 working days",
                        Facts.denunciation().received("2026-02-11").severalSites(),
                        ACCEPT,
                        "2026-03-04",
                        DENUNCIATION_24),
                due(
                        "art. 24: complexity does not lengthen acceptance",
                        Facts.denunciation()
                                .received("2026-02-11")
                                .especiallyComplex()
                                .remote(),
                        ACCEPT,
                        "2026-02-27",
                        DENUNCIATION_24),
                // Wed 31/12; Thu 1/1, Fri 2/1 off; Mon 5, Tue 6, Wed 7, Thu 8, Fri 9, Sat 10/1 (worked).
                due(
                        "art. 24: 7 working days across New Year 2026 end on the worked Saturday",
                        Facts.denunciation().in(CLASSIFIED).received("2025-12-30"),
                        ACCEPT,
                        "2026-01-10",
                        DENUNCIATION_24),
                // Tue 10/3 + 30 = Thu 9/4.
                due("art. 30: 30 days from acceptance", acceptedDenunciation(), RESOLVE, "2026-04-09", DENUNCIATION_30),
                due(
                        "art. 30: complex but not yet extended, 30 days",
                        acceptedDenunciation().complex(),
                        RESOLVE,
                        "2026-04-09",
                        DENUNCIATION_30),
                due(
                        "art. 30: several sites do not lengthen the resolution",
                        acceptedDenunciation().severalSites(),
                        RESOLVE,
                        "2026-04-09",
                        DENUNCIATION_30),
                // 10/3 + 60 = Sat 9/5 -> Mon 11/5.
                due(
                        "art. 30: complex, one 30-day extension",
                        acceptedDenunciation().complex().extensions(1),
                        RESOLVE,
                        "2026-05-11",
                        DENUNCIATION_30),
                due(
                        "art. 30: especially complex, first extension",
                        acceptedDenunciation().especiallyComplex().extensions(1),
                        RESOLVE,
                        "2026-05-11",
                        DENUNCIATION_30),
                // 10/3 + 90 = Mon 8/6.
                due(
                        "art. 30: especially complex, two extensions",
                        acceptedDenunciation().especiallyComplex().extensions(2),
                        RESOLVE,
                        "2026-06-08",
                        DENUNCIATION_30),
                // Thu 9/7/2026 + 30 = Sat 8/8 -> Mon 10/8: the 2026 amendments leave this clock alone.
                due(
                        "art. 30: received from 2026-07-01, same 30 days",
                        Facts.denunciation()
                                .in(VERIFYING)
                                .received("2026-07-01")
                                .accepted("2026-07-09"),
                        RESOLVE,
                        "2026-08-10",
                        DENUNCIATION_30));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("denunciations")
    void aDenunciationMustBeAcceptedAndResolvedInTime(
            String rule, Facts facts, Clock clock, LocalDate dueOn, String legalBasis) {
        assertDue(facts, clock, dueOn, legalBasis);
    }

    /** A denunciation accepted on Tue 2026-03-10. */
    static Facts acceptedDenunciation() {
        return Facts.denunciation().in(ACCEPTED).received("2026-03-02").accepted("2026-03-10");
    }
}
