package vn.hanoi.danvan.api.petitions.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the deadline of a petition depends on, as recorded with the case. Dates are days in
 * Asia/Ho_Chi_Minh.
 *
 * @param round 1, or 2 once a complaint is appealed (khiếu nại lần hai)
 * @param acceptedOn the day of the acceptance notice or decision (thụ lý) of the current round
 * @param appealedOn the day the second-round complaint was received
 * @param complex the case is complex (vụ việc phức tạp; Decree 155/2026 lists what makes it so)
 * @param especiallyComplex the case is especially complex; it then counts as complex too
 * @param remoteArea the unit is a remote, hard-to-reach area (Law on Complaints 2011, arts. 28, 37)
 * @param severalSites a denunciation's facts must be checked at several sites (Law on Denunciation 2018,
 *     art. 24)
 * @param extensionsGranted extension decisions taken on a denunciation (Law on Denunciation 2018, art. 30)
 * @param suspensions suspension decisions, each with its resume decision once taken
 */
public record CaseFacts(
        PetitionKind kind,
        PetitionState state,
        int round,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        LocalDate appealedOn,
        boolean complex,
        boolean especiallyComplex,
        boolean remoteArea,
        boolean severalSites,
        int extensionsGranted,
        List<Suspension> suspensions) {

    public CaseFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(receivedOn, "receivedOn");
        if (round < 1 || round > 2) {
            throw new IllegalArgumentException("round must be 1 or 2: " + round);
        }
        if (extensionsGranted < 0) {
            throw new IllegalArgumentException("extensionsGranted must not be negative: " + extensionsGranted);
        }
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
    }
}
