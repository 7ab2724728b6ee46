package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/** What a citizen may read with a tracking code, without signing in: no personal data at all. */
record PetitionStatus(
        String trackingCode,
        String unitCode,
        PetitionKind kind,
        PetitionState state,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        LocalDate resolvedOn,
        LocalDate dueOn,
        boolean overdue,
        boolean canRate,
        Integer rating) {}
