package vn.hanoi.danvan.api.events;

import java.time.Instant;

/**
 * {@code PetitionEventNotice}: that a petition of a unit changed, for subscribers of that unit.
 *
 * @param unit the unit's code; routing only, not shown
 * @param petitionId the petition's Relay global id
 */
record PetitionNotice(String unit, String petitionId, String action, String fromState, String toState, Instant at) {}
