package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/** One change on a petition's timeline. Holds no identity of a petitioner, ever. */
record PetitionEvent(
        long id,
        Instant at,
        String actorSubject,
        String actorName,
        String action,
        PetitionState fromState,
        PetitionState toState,
        String reason) {}
