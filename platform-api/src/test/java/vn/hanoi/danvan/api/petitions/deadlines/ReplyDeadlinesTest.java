package vn.hanoi.danvan.api.petitions.deadlines;

import static vn.hanoi.danvan.api.petitions.deadlines.Clock.REPLY;
import static vn.hanoi.danvan.api.petitions.deadlines.DueDays.RECEPTION_28;
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

/** A recommendation or reflection must be answered within 10 working days (Law on Citizen Reception 2013, art. 28). */
class ReplyDeadlinesTest {

    static Stream<Arguments> replies() {
        return Stream.of(
                // Fri 25/4, Sat 26/4 (worked), Mon 28, Tue 29/4; Wed 30/4-Fri 2/5 off; Mon 5, Tue 6, Wed 7,
                // Thu 8, Fri 9, Mon 12/5.
                due(
                        "reception art. 28: recommendation, 10 working days across 30/4-1/5 2025",
                        Facts.recommendation().received("2025-04-24"),
                        REPLY,
                        "2025-05-12",
                        RECEPTION_28),
                // Thu 2, Fri 3, Mon 6, Tue 7, Wed 8, Thu 9, Fri 10, Mon 13, Tue 14, Wed 15/7.
                due(
                        "reception art. 28: reflection received on 2026-07-01, unchanged",
                        Facts.reflection().received("2026-07-01"),
                        REPLY,
                        "2026-07-15",
                        RECEPTION_28),
                due(
                        "reception art. 28: flags do not change the reply period",
                        Facts.recommendation()
                                .in(CLASSIFIED)
                                .received("2026-07-01")
                                .complex()
                                .remote(),
                        REPLY,
                        "2026-07-15",
                        RECEPTION_28),
                // Thu 23, Fri 24/4; Mon 27/4 compensatory off; Tue 28, Wed 29/4; Thu 30/4, Fri 1/5 off; Mon 4,
                // Tue 5, Wed 6, Thu 7, Fri 8, Mon 11/5.
                due(
                        "reception art. 28: recommendation being verified, across Hùng Kings' and 30/4",
                        Facts.recommendation().in(VERIFYING).received("2026-04-22"),
                        REPLY,
                        "2026-05-11",
                        RECEPTION_28),
                // Thu 28, Fri 29/8; Mon 1/9, Tue 2/9 off; Wed 3, Thu 4, Fri 5, Mon 8, Tue 9, Wed 10, Thu 11,
                // Fri 12/9.
                due(
                        "reception art. 28: reflection accepted, across National Day 2025",
                        Facts.reflection().in(ACCEPTED).received("2025-08-27"),
                        REPLY,
                        "2025-09-12",
                        RECEPTION_28));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void aRecommendationOrReflectionIsAnsweredWithinTenWorkingDays(
            String rule, Facts facts, Clock clock, LocalDate dueOn, String legalBasis) {
        assertDue(facts, clock, dueOn, legalBasis);
    }
}
