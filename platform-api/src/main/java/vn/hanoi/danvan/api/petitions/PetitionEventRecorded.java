package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * A change on a petition's timeline, published to the application when it is written; listeners
 * that must not see uncommitted changes listen after commit. No personal data: who the
 * petitioners are and the reason text stay in the unit.
 *
 * @param fromState the state before, or null for a new petition
 */
public record PetitionEventRecorded(
        UnitCode unit, long petitionId, String action, String fromState, String toState, Instant at) {}
