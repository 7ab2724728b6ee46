package vn.hanoi.danvan.api.petitions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.petitions.ReceivePetitionInput.PetitionerInput;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.security.NationalIds;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * Registers petitions: a receipt and tracking code for each, one petition per kind when a
 * letter mixes kinds, the first clock started, duplicates flagged, the timeline and the
 * oversight fact written, all in one transaction.
 */
@Service
public class PetitionIntake {

    /** Five or more people make a group petition (Law on Citizen Reception 2013, art. 29). */
    static final int GROUP_SIZE = 5;

    static final int MAX_REPRESENTATIVES = 5;

    private final UnitDoor door;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final PetitionCalendar calendar;
    private final PetitionFacts facts;
    private final Duplicates duplicates;
    private final NationalIds nationalIds;

    PetitionIntake(
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            PetitionCalendar calendar,
            PetitionFacts facts,
            Duplicates duplicates,
            NationalIds nationalIds) {
        this.door = door;
        this.petitions = petitions;
        this.trail = trail;
        this.calendar = calendar;
        this.facts = facts;
        this.duplicates = duplicates;
        this.nationalIds = nationalIds;
    }

    ReceivedPetitions receive(Viewer viewer, ReceivePetitionInput input) {
        UnitCode unit = Staff.unitActedFor(viewer);
        Checked checked = check(input);
        // A client registers for the unit; the case goes to an officer, never to the client.
        return door.write(unit, scope -> register(scope, viewer, checked, null, null, !viewer.thirdParty()));
    }

    LocalDate today() {
        return calendar.today();
    }

    /**
     * Registers the petitions of a checked request in the unit of {@code scope}; a transfer from
     * another unit names where it came from.
     */
    ReceivedPetitions register(
            UnitScope scope,
            Viewer viewer,
            Checked request,
            String transferredFromUnit,
            Long transferredFromId,
            boolean handledByViewer) {
        List<Petition> created = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        Long firstId = null;
        for (PetitionKind kind : request.kinds()) {
            String code = TrackingCodes.newCode(scope.unit());
            String secret = TrackingCodes.newSecret();
            NewPetition row = new NewPetition(
                    code,
                    TrackingCodes.hash(secret),
                    kind,
                    request.channel(),
                    request.subject(),
                    request.matter(),
                    searchText(kind, request),
                    PetitionTexts.simhash(request.subject() + " " + request.matter()),
                    request.receivedOn(),
                    Instant.now(),
                    request.remoteArea(),
                    request.severalSites(),
                    request.petitionerCount() >= GROUP_SIZE,
                    request.petitionerCount(),
                    handledByViewer ? viewer.subject() : null,
                    handledByViewer ? Staff.actorName(viewer) : null,
                    calendar.initialDue(kind, request.receivedOn(), request.remoteArea(), request.severalSites()),
                    firstId,
                    transferredFromUnit,
                    transferredFromId);
            Petition stored = petitions.insert(scope, row);
            long id = stored.id();
            petitions.insertPetitioners(scope, id, request.petitioners(id));
            trail.addEvent(
                    scope,
                    id,
                    new NewEvent(
                            viewer.subject(),
                            Staff.actorName(viewer),
                            "RECEIVE",
                            null,
                            stored.state(),
                            transferredFromUnit == null ? null : "Transferred from unit " + transferredFromUnit));
            if (firstId != null) {
                trail.addLink(scope, id, "SPLIT_FROM", scope.unit().value(), firstId);
            } else {
                firstId = id;
            }
            duplicates.flag(scope, stored, request.nationalIdHashes());
            facts.upsert(scope, stored);
            created.add(stored);
            receipts.add(new Receipt(kind, code, secret));
        }
        return new ReceivedPetitions(created, receipts);
    }

    /** A request that passed every check, with national IDs already encrypted and hashed. */
    record Checked(
            List<PetitionKind> kinds,
            Channel channel,
            String subject,
            String matter,
            LocalDate receivedOn,
            List<Petitioner> people,
            int petitionerCount,
            boolean remoteArea,
            boolean severalSites) {

        List<Petitioner> petitioners(long petitionId) {
            return people.stream()
                    .map(p -> new Petitioner(
                            petitionId,
                            p.position(),
                            p.representative(),
                            p.fullName(),
                            p.address(),
                            p.phone(),
                            p.nationalIdCipher(),
                            p.nationalIdHash()))
                    .toList();
        }

        List<String> nationalIdHashes() {
            return people.stream()
                    .map(Petitioner::nationalIdHash)
                    .filter(h -> h != null)
                    .toList();
        }
    }

    Checked check(ReceivePetitionInput input) {
        if (input.kinds() == null || input.kinds().isEmpty()) {
            throw ApiException.badInput("kinds", "Say what kind of petition this is.");
        }
        Set<PetitionKind> kinds = new LinkedHashSet<>(input.kinds());
        String subject = required("subject", input.subject(), 300);
        String matter = required("matter", input.matter(), 20_000);
        if (input.channel() == null) {
            throw ApiException.badInput("channel", "Say how the petition was received.");
        }
        LocalDate today = calendar.today();
        LocalDate receivedOn = input.receivedOn() == null ? today : input.receivedOn();
        if (receivedOn.isAfter(today)) {
            throw ApiException.badInput("receivedOn", "A petition cannot be received in the future.");
        }
        List<PetitionerInput> given = input.petitioners() == null ? List.of() : input.petitioners();
        if (given.isEmpty() || given.size() > 100) {
            throw ApiException.badInput("petitioners", "Name between 1 and 100 petitioners.");
        }
        int count = Math.max(given.size(), input.groupSize() == null ? 0 : input.groupSize());
        long representatives = given.stream()
                .filter(p -> Boolean.TRUE.equals(p.representative()))
                .count();
        if (count >= GROUP_SIZE && (representatives < 1 || representatives > MAX_REPRESENTATIVES)) {
            throw ApiException.badInput(
                    "petitioners",
                    "A group of five or more chooses one to five representatives (Law on Citizen Reception, art. 29).");
        }
        List<Petitioner> people = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            people.add(person(i, given.get(i)));
        }
        return new Checked(
                List.copyOf(kinds),
                input.channel(),
                subject,
                matter,
                receivedOn,
                people,
                count,
                Boolean.TRUE.equals(input.remoteArea()),
                Boolean.TRUE.equals(input.severalSites()));
    }

    private Petitioner person(int position, PetitionerInput input) {
        String field = "petitioners[" + position + "]";
        String name = required(field + ".fullName", input.fullName(), 200);
        String nationalId =
                input.nationalId() == null ? null : input.nationalId().strip();
        if (nationalId != null && !nationalId.isEmpty() && !NationalIds.isValid(nationalId)) {
            // The number itself is not repeated in the message: errors are logged.
            throw ApiException.badInput(
                    field + ".nationalId", "A national ID number has 12 digits (or 9 for old ones).");
        }
        boolean hasId = nationalId != null && !nationalId.isEmpty();
        return new Petitioner(
                0,
                position,
                Boolean.TRUE.equals(input.representative()),
                name,
                optional(field + ".address", input.address(), 500),
                optional(field + ".phone", input.phone(), 30),
                hasId ? nationalIds.encrypt(nationalId) : null,
                hasId ? nationalIds.hash(nationalId) : null);
    }

    /**
     * What search matches: subject, matter, and the petitioners' names, except a denouncer's,
     * whose name must not be findable by anyone (Law on Denunciation 2018, art. 47).
     */
    private static String searchText(PetitionKind kind, Checked request) {
        StringBuilder text = new StringBuilder(request.subject()).append(' ').append(request.matter());
        if (kind != PetitionKind.DENUNCIATION) {
            request.people().forEach(person -> text.append(' ').append(person.fullName()));
        }
        return PetitionTexts.fold(text.toString());
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badInput(field, "This field is required.");
        }
        return optional(field, value, max);
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw ApiException.badInput(field, "At most " + max + " characters.");
        }
        return stripped;
    }
}
