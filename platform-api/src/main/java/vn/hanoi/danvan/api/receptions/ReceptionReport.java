package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/**
 * A unit's reception work over a reporting period (báo cáo tháng, quý, 6 tháng, 9 tháng, năm):
 * sessions held, people and groups received, matters raised by kind, and what came of them.
 */
record ReceptionReport(
        ReportPeriod period,
        int year,
        Integer number,
        LocalDate from,
        LocalDate to,
        int sessionsHeld,
        int leaderSessionsHeld,
        int sessionsCancelled,
        int entries,
        int peopleReceived,
        int groupsReceived,
        List<KindCount> mattersByKind,
        int petitionsCreated,
        int petitionsResolved) {

    record KindCount(PetitionKind kind, int count) {}

    /** Resolved petitions over those created, or null when none were. */
    Double shareResolved() {
        return petitionsCreated == 0 ? null : (double) petitionsResolved / petitionsCreated;
    }
}
