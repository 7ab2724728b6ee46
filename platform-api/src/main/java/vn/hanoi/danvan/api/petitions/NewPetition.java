package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import java.time.LocalDate;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;

/** What registering a petition writes, before it has an id. */
record NewPetition(
        String trackingCode,
        String secretHash,
        PetitionKind kind,
        Channel channel,
        String subject,
        String matter,
        String searchText,
        long matterSimhash,
        LocalDate receivedOn,
        Instant receivedAt,
        boolean remoteArea,
        boolean severalSites,
        boolean groupPetition,
        int petitionerCount,
        String handlerSubject,
        String handlerName,
        LocalDate dueOn,
        Long splitFromId,
        String transferredFromUnit,
        Long transferredFromId) {}
