package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/**
 * A letter, visit or online submission to register. Several kinds in one letter become one
 * petition per kind, linked to each other.
 */
record ReceivePetitionInput(
        List<PetitionKind> kinds,
        Channel channel,
        String subject,
        String matter,
        LocalDate receivedOn,
        List<PetitionerInput> petitioners,
        Integer groupSize,
        Boolean remoteArea,
        Boolean severalSites) {

    /** One person behind the petition, as given. */
    record PetitionerInput(String fullName, String address, String phone, String nationalId, Boolean representative) {}
}
