package vn.hanoi.danvan.api.petitions;

import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.COMPLAINT;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionKind.DENUNCIATION;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.ACCEPTED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.APPEALED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.CLASSIFIED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.CLOSED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.GUIDED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.RECEIVED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.REJECTED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.RESOLVED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.SUSPENDED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.TRANSFERRED;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.VERIFYING;
import static vn.hanoi.danvan.api.petitions.deadlines.PetitionState.WITHDRAWN;

import java.util.EnumSet;
import java.util.Set;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/**
 * Everything that can happen to a petition, with the states it may happen in and the state it
 * leads to: the state machine, in one place. An action whose target is {@code null} leaves the
 * state as it is (an extension, a new handler).
 */
public enum PetitionAction {
    /** Kind decided, identity and acceptance conditions checked. */
    CLASSIFY(EnumSet.of(RECEIVED), CLASSIFIED, anyKind()),
    /**
     * Thụ lý: the acceptance notice or decision; also the acceptance of a second-round complaint
     * or a further denunciation (Law on Complaints 2011, art. 27; Law on Denunciation 2018, art. 24).
     */
    ACCEPT(EnumSet.of(RECEIVED, CLASSIFIED, APPEALED), ACCEPTED, decided()),
    /** Not accepted, with the reasons in writing (Law on Complaints 2011, art. 11; Law on Denunciation 2018, art. 25). */
    REJECT(EnumSet.of(RECEIVED, CLASSIFIED, APPEALED), REJECTED, anyKind()),
    /** Outside the unit's competence: forwarded once (Circular 05/2021/TT-TTCP, art. 14). */
    TRANSFER(EnumSet.of(RECEIVED, CLASSIFIED), TRANSFERRED, anyKind()),
    /** An in-person matter: the citizen is told where to go. */
    GUIDE(EnumSet.of(RECEIVED, CLASSIFIED), GUIDED, anyKind()),
    /** Verification begins; dialogues are recorded. */
    START_VERIFICATION(EnumSet.of(ACCEPTED), VERIFYING, decided()),
    /** A suspension decision pauses the resolution clock. */
    SUSPEND(EnumSet.of(ACCEPTED, VERIFYING), SUSPENDED, decided()),
    /** The resume decision restarts the clock where it stopped. */
    RESUME(EnumSet.of(SUSPENDED), VERIFYING, decided()),
    /** A recorded extension of a denunciation's resolution (Law on Denunciation 2018, art. 30). */
    EXTEND(EnumSet.of(ACCEPTED, VERIFYING), null, EnumSet.of(DENUNCIATION)),
    /**
     * The complaint decision or denunciation conclusion; for a recommendation or reflection, the
     * reply (Law on Citizen Reception 2013, art. 28).
     */
    RESOLVE(EnumSet.of(RECEIVED, CLASSIFIED, ACCEPTED, VERIFYING), RESOLVED, anyKind()),
    /** A second-round complaint or a further denunciation (Law on Complaints 2011, art. 33). */
    APPEAL(EnumSet.of(RESOLVED), APPEALED, decided()),
    /** A written withdrawal. */
    WITHDRAW(EnumSet.of(RECEIVED, CLASSIFIED, ACCEPTED, VERIFYING, SUSPENDED, APPEALED), WITHDRAWN, anyKind()),
    /** The file is archived. */
    CLOSE(EnumSet.of(RESOLVED, REJECTED, GUIDED, TRANSFERRED, WITHDRAWN), CLOSED, anyKind()),
    /** Another officer takes the case. */
    ASSIGN_HANDLER(
            EnumSet.of(RECEIVED, CLASSIFIED, ACCEPTED, VERIFYING, SUSPENDED, APPEALED, RESOLVED), null, anyKind());

    private final Set<PetitionState> from;
    private final PetitionState to;
    private final Set<PetitionKind> kinds;

    PetitionAction(Set<PetitionState> from, PetitionState to, Set<PetitionKind> kinds) {
        this.from = from;
        this.to = to;
        this.kinds = kinds;
    }

    /** Whether this action may happen to a petition of this kind in this state. */
    boolean allows(PetitionKind kind, PetitionState state) {
        if (!kinds.contains(kind) || !from.contains(state)) {
            return false;
        }
        // Complaints and denunciations are resolved only once accepted (thụ lý); a
        // recommendation or reflection is simply answered.
        return this != RESOLVE || decided().contains(kind) == (state == ACCEPTED || state == VERIFYING);
    }

    /** The state after the action, given the state before. */
    PetitionState next(PetitionState current) {
        return to == null ? current : to;
    }

    /** Complaints and denunciations: the kinds accepted, verified and resolved by a decision. */
    private static Set<PetitionKind> decided() {
        return EnumSet.of(COMPLAINT, DENUNCIATION);
    }

    private static Set<PetitionKind> anyKind() {
        return EnumSet.allOf(PetitionKind.class);
    }
}
