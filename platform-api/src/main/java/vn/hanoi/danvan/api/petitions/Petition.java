package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;

/**
 * A petition (đơn thư) as the unit holds it: a complaint (khiếu nại), denunciation (tố cáo),
 * recommendation (kiến nghị) or reflection (phản ánh). Its petitioners are kept apart, because who
 * may see them depends on the kind and on who asks.
 */
public record Petition(
        UnitCode unit,
        long id,
        String trackingCode,
        PetitionKind kind,
        Channel channel,
        PetitionState state,
        int version,
        String subject,
        String matter,
        LocalDate receivedOn,
        Instant receivedAt,
        int round,
        boolean complex,
        boolean especiallyComplex,
        List<String> complexityReasons,
        boolean remoteArea,
        boolean severalSites,
        boolean groupPetition,
        int petitionerCount,
        String handlerSubject,
        String handlerName,
        LocalDate acceptedOn,
        LocalDate appealedOn,
        LocalDate resolvedOn,
        LocalDate closedOn,
        int extensionsGranted,
        String decision,
        LocalDate dueOn,
        Integer rating,
        Long splitFromId,
        String transferredFromUnit,
        Long transferredFromId,
        String transferredToUnit,
        Long transferredToId) {

    static final String TYPE = "Petition";

    /** The statutory clock no longer runs once the case has left the unit's hands. */
    boolean isOpen() {
        return switch (state) {
            case RECEIVED, CLASSIFIED, ACCEPTED, VERIFYING, SUSPENDED, APPEALED -> true;
            default -> false;
        };
    }

    boolean isDenunciation() {
        return kind == PetitionKind.DENUNCIATION;
    }
}
