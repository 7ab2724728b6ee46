package vn.hanoi.danvan.api.petitions.deadlines;

import static vn.hanoi.danvan.api.petitions.deadlines.Clock.ACCEPT;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.ART_27;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.ART_36;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.DECREE_155;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.assertDue;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.due;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.APPEALED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.CLASSIFIED;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A complaint must be accepted or rejected in time (Law on Complaints 2011, arts. 27, 36; Decree 155/2026). */
class ComplaintAcceptanceTest {

    static Stream<Arguments> complaintAcceptance() {
        return Stream.of(
                // Tue 30/6 + 10 = Fri 10/7, a working day.
                due(
                        "art. 27: received the day before the amendments, 10 days",
                        Facts.complaint().received("2026-06-30"),
                        ACCEPT,
                        "2026-07-10",
                        ART_27),
                // Thu 2/7, Fri 3/7, Mon 6/7, Tue 7/7, Wed 8/7, Thu 9/7, Fri 10/7.
                due(
                        "Decree 155/2026: received on 2026-07-01, 7 working days",
                        Facts.complaint().received("2026-07-01"),
                        ACCEPT,
                        "2026-07-10",
                        DECREE_155),
                // Thu 11/6 + 10 = Sun 21/6 -> Mon 22/6.
                due(
                        "art. 27 and Civil Code art. 148: 10 days ending on a Sunday end on Monday",
                        Facts.complaint().received("2026-06-11"),
                        ACCEPT,
                        "2026-06-22",
                        ART_27),
                // Mon 20/4 + 10 = Thu 30/4 (Reunification Day); Fri 1/5 off; Sat 2, Sun 3 -> Mon 4/5.
                due(
                        "art. 27 and Civil Code art. 148: 10 days ending on 30 April end after the holidays",
                        Facts.complaint().received("2026-04-20"),
                        ACCEPT,
                        "2026-05-04",
                        ART_27),
                // Thu 27/8, Fri 28/8; Mon 31/8 (swapped), Tue 1/9, Wed 2/9 off; Thu 3/9, Fri 4/9, Mon 7/9,
                // Tue 8/9, Wed 9/9.
                due(
                        "Decree 155/2026: 7 working days across the National Day break, classified",
                        Facts.complaint().in(CLASSIFIED).received("2026-08-26"),
                        ACCEPT,
                        "2026-09-09",
                        DECREE_155),
                // Thu 20/8, Fri 21/8, Sat 22/8 (worked), Mon 24/8, Tue 25/8, Wed 26/8, Thu 27/8.
                due(
                        "Decree 155/2026: the Saturday worked in exchange counts",
                        Facts.complaint().received("2026-08-19"),
                        ACCEPT,
                        "2026-08-27",
                        DECREE_155),
                // Same as the first case: complexity and remoteness lengthen only the resolution.
                due(
                        "art. 27: a complex case in a remote area gets no longer to be accepted",
                        Facts.complaint().received("2026-06-30").complex().remote(),
                        ACCEPT,
                        "2026-07-10",
                        ART_27),
                // Received 2025 (old rules); appeal Mon 2/3/2026 + 10 = Thu 12/3.
                due(
                        "art. 36: second round of a case received before the amendments, 10 days from the appeal",
                        Facts.complaint().in(APPEALED).received("2025-09-15").appealed("2026-03-02"),
                        ACCEPT,
                        "2026-03-12",
                        ART_36),
                // Appeal Mon 5/10: Tue 6, Wed 7, Thu 8, Fri 9, Mon 12, Tue 13, Wed 14/10.
                due(
                        "Decree 155/2026: second round of a case received from 2026-07-01, 7 working days",
                        Facts.complaint().in(APPEALED).received("2026-07-01").appealed("2026-10-05"),
                        ACCEPT,
                        "2026-10-14",
                        DECREE_155));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("complaintAcceptance")
    void aComplaintMustBeAcceptedWithinTheRuleInForceOnItsReceiptDay(
            String rule, Facts facts, Clock clock, LocalDate dueOn, String legalBasis) {
        assertDue(facts, clock, dueOn, legalBasis);
    }
}
