package vn.hanoi.danvan.api.petitions.deadlines;

import static vn.hanoi.danvan.api.petitions.deadlines.Clock.RESOLVE;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.AMENDED;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.ART_28;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.ART_37;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.assertDue;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.due;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.ACCEPTED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.VERIFYING;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An accepted complaint must be resolved in time (Law on Complaints 2011, arts. 28, 37). */
class ComplaintResolutionTest {

    static Stream<Arguments> complaintResolution() {
        return Stream.of(
                // Wed 10/9/2025 + 30 = Fri 10/10.
                due("art. 28: 30 days from acceptance", round1(), RESOLVE, "2025-10-10", ART_28),
                // 10/9 + 45 = Sat 25/10 -> Mon 27/10.
                due("art. 28: complex, 45 days", round1().complex(), RESOLVE, "2025-10-27", ART_28),
                due("art. 28: remote area, 45 days", round1().remote(), RESOLVE, "2025-10-27", ART_28),
                due(
                        "art. 28: especially complex counts as complex, 45 days",
                        round1().especiallyComplex(),
                        RESOLVE,
                        "2025-10-27",
                        ART_28),
                // 10/9 + 60 = Sun 9/11 -> Mon 10/11.
                due("art. 28: remote and complex, 60 days", round1().remote().complex(), RESOLVE, "2025-11-10", ART_28),
                // Fri 10/7/2026 + 30 = Sun 9/8 -> Mon 10/8.
                due(
                        "art. 28 from 2026-07-01: 30 days, ending on a Sunday",
                        Facts.complaint().in(ACCEPTED).received("2026-07-01").accepted("2026-07-10"),
                        RESOLVE,
                        "2026-08-10",
                        ART_28 + AMENDED),
                // Fri 10/7 + 45 = Mon 24/8.
                due(
                        "art. 28 from 2026-07-01: complex, 45 days",
                        Facts.complaint()
                                .in(ACCEPTED)
                                .received("2026-07-01")
                                .accepted("2026-07-10")
                                .complex(),
                        RESOLVE,
                        "2026-08-24",
                        ART_28 + AMENDED),
                // Mon 3/8 + 30 = Wed 2/9 (National Day) -> Thu 3/9.
                due(
                        "art. 28 and Civil Code art. 148: 30 days ending on National Day",
                        Facts.complaint().in(VERIFYING).received("2026-07-20").accepted("2026-08-03"),
                        RESOLVE,
                        "2026-09-03",
                        ART_28 + AMENDED),
                // Mon 2/3/2026 + 45 = Thu 16/4.
                due("art. 37: second round, 45 days", round2(), RESOLVE, "2026-04-16", ART_37),
                // 2/3 + 60 = Fri 1/5 (off); Sat 2, Sun 3 -> Mon 4/5.
                due("art. 37: second round, complex, 60 days", round2().complex(), RESOLVE, "2026-05-04", ART_37),
                due("art. 37: second round, remote area, 60 days", round2().remote(), RESOLVE, "2026-05-04", ART_37),
                // 2/3 + 70 = Mon 11/5.
                due(
                        "art. 37: second round, remote and complex, 70 days",
                        round2().remote().complex(),
                        RESOLVE,
                        "2026-05-11",
                        ART_37),
                // Mon 14/9/2026 + 45 = Thu 29/10.
                due(
                        "art. 37 from 2026-07-01: second round, 45 days",
                        Facts.complaint()
                                .in(VERIFYING)
                                .round(2)
                                .received("2026-07-02")
                                .accepted("2026-09-14"),
                        RESOLVE,
                        "2026-10-29",
                        ART_37 + AMENDED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("complaintResolution")
    void anAcceptedComplaintMustBeResolvedWithinItsRoundsPeriod(
            String rule, Facts facts, Clock clock, LocalDate dueOn, String legalBasis) {
        assertDue(facts, clock, dueOn, legalBasis);
    }

    /** A second-round complaint received in 2025 and accepted again on Mon 2026-03-02. */
    static Facts round2() {
        return Facts.complaint().in(VERIFYING).round(2).received("2025-08-01").accepted("2026-03-02");
    }

    /** A first-round complaint received in 2025 and accepted on Wed 2025-09-10. */
    static Facts round1() {
        return Facts.complaint().in(VERIFYING).received("2025-09-03").accepted("2025-09-10");
    }
}
