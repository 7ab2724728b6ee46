package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/** Narrows a unit's petitions; every field is optional. */
record PetitionFilter(
        List<PetitionKind> kinds,
        List<PetitionState> states,
        Boolean overdue,
        Boolean open,
        LocalDate dueBefore,
        String handler,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        Boolean groupPetition,
        String search) {

    static final PetitionFilter NONE = new PetitionFilter(null, null, null, null, null, null, null, null, null, null);
}
