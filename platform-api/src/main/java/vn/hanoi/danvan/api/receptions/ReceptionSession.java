package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.time.LocalTime;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * A citizen reception session (buổi tiếp công dân) of a unit, with how many entries its
 * register holds and how many people they brought.
 */
public record ReceptionSession(
        UnitCode unit,
        long id,
        SessionKind kind,
        LocalDate heldOn,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        boolean online,
        PresiderOffice presiderOffice,
        String presiderName,
        String noteTakerName,
        SessionStatus status,
        String cancelReason,
        int version,
        int entryCount,
        int peopleReceived) {

    static final String TYPE = "ReceptionSession";

    /** Whether it counts for a leader's duty: held, and presided by the leader in person. */
    boolean countsFor(LeaderOffice office) {
        return status == SessionStatus.HELD
                && presiderOffice.countsFor().filter(office::equals).isPresent();
    }
}
