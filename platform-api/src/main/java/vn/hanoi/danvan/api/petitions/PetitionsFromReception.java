package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.petitions.ReceivePetitionInput.PetitionerInput;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The petitions feature's door for a matter raised at a citizen reception (tiếp công dân): the
 * same intake as {@code receivePetition} (checks, receipts, clocks, duplicates, timeline,
 * oversight fact), run inside the caller's own unit of work, so the reception entry and its
 * petitions commit together or not at all. Each petition points back at its entry.
 */
@Service
public class PetitionsFromReception {

    /** A visitor as the entry holds them, who becomes a petitioner. */
    public record Person(String fullName, String address, String phone, String nationalId, boolean representative) {}

    /** A matter raised at the reception: one petition per kind, received in person on the entry's day. */
    public record Matter(
            List<PetitionKind> kinds,
            String subject,
            String matter,
            LocalDate receivedOn,
            List<Person> people,
            int groupSize,
            boolean remoteArea,
            boolean severalSites) {}

    private final PetitionIntake intake;
    private final PetitionRepository petitions;

    PetitionsFromReception(PetitionIntake intake, PetitionRepository petitions) {
        this.intake = intake;
        this.petitions = petitions;
    }

    /**
     * Registers the matter's petitions in {@code scope}'s transaction, handled by the viewer, each
     * linked to the entry. Bad input throws before anything of this matter is written; the caller's
     * transaction then rolls back whatever the entry wrote before.
     */
    public ReceivedPetitions register(UnitScope scope, Viewer viewer, long entryId, Matter matter) {
        ReceivePetitionInput input = new ReceivePetitionInput(
                matter.kinds(),
                Channel.IN_PERSON,
                matter.subject(),
                matter.matter(),
                matter.receivedOn(),
                matter.people().stream()
                        .map(p -> new PetitionerInput(
                                p.fullName(), p.address(), p.phone(), p.nationalId(), p.representative()))
                        .toList(),
                matter.groupSize(),
                matter.remoteArea(),
                matter.severalSites());
        ReceivedPetitions received = intake.register(scope, viewer, intake.check(input), null, null, true);
        petitions.linkReceptionEntry(
                scope, received.petitions().stream().map(Petition::id).toList(), entryId);
        return received;
    }

    /** The petitions raised at each of these entries, oldest first; an entry without any is absent. */
    public Map<Long, List<Petition>> byEntry(UnitScope scope, Collection<Long> entryIds) {
        Map<Long, List<Petition>> result = new LinkedHashMap<>();
        for (Map.Entry<Long, Petition> row : petitions.byReceptionEntries(scope, entryIds)) {
            result.computeIfAbsent(row.getKey(), id -> new ArrayList<>()).add(row.getValue());
        }
        return result;
    }

    /** The reception entry the petition was raised at, if any. */
    public Optional<Long> entryOf(UnitScope scope, Petition petition) {
        return petitions.receptionEntryOf(scope, petition.id());
    }
}
