package vn.hanoi.danvan.api.petitions;

import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/** A line to append to a petition's timeline. */
record NewEvent(
        String actorSubject, String actorName, String action, PetitionState from, PetitionState to, String reason) {}
