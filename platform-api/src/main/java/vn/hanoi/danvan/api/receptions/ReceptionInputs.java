package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/** The shapes of the reception mutations' inputs, as the client sends them. */
final class ReceptionInputs {

    private ReceptionInputs() {}

    record PlanSession(
            SessionKind kind,
            LocalDate heldOn,
            String startsAt,
            String endsAt,
            String place,
            Boolean online,
            PresiderOffice presiderOffice,
            String presiderName,
            String noteTakerName) {}

    record HoldSession(String noteTakerName, String endsAt) {}

    record CancelSession(String reason) {}

    record VisitorInput(String fullName, String address, String phone, String nationalId, Boolean representative) {}

    /** A matter raised, to become one petition per kind. */
    record MatterInput(
            List<PetitionKind> kinds, String subject, String matter, Boolean remoteArea, Boolean severalSites) {}

    record RecordEntry(
            String sessionId,
            List<VisitorInput> visitors,
            Integer groupSize,
            String content,
            String priorHandling,
            String request,
            String handling,
            List<PetitionKind> matterKinds,
            List<MatterInput> petitions) {}

    record NoticeInput(String text, List<String> addressees, LocalDate issuedOn, List<String> entryIds) {}
}
