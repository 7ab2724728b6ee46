package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/**
 * An entry of the citizen reception register (sổ tiếp công dân, Law on Citizen Reception 2013,
 * art. 25): a visitor or group received, numbered per unit and year. Its visitors are kept apart,
 * because who may see them depends on whether a denunciation was raised.
 */
public record ReceptionEntry(
        UnitCode unit,
        long id,
        long sessionId,
        int year,
        int sequenceNumber,
        LocalDate receivedOn,
        String content,
        String priorHandling,
        String request,
        String handling,
        int groupSize,
        List<PetitionKind> matterKinds,
        boolean confidential,
        String recordedBy,
        String recordedByName,
        int version) {

    static final String TYPE = "ReceptionEntry";

    /** Five or more people make a group (art. 29). */
    boolean groupEntry() {
        return groupSize >= ReceptionRegister.GROUP_SIZE;
    }
}
