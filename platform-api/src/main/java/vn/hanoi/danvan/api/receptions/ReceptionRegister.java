package vn.hanoi.danvan.api.receptions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.petitions.Petition;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception.Matter;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception.Person;
import vn.hanoi.danvan.api.petitions.Receipt;
import vn.hanoi.danvan.api.petitions.ReceivedPetitions;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.receptions.EntryRepository.NewEntry;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.MatterInput;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.RecordEntry;
import vn.hanoi.danvan.api.security.NationalIds;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The reception register (sổ tiếp công dân, Law on Citizen Reception 2013, art. 25): an entry per
 * visitor or group, numbered per unit and year, and the petitions raised, created from the entry
 * through the petitions' own intake, all in one transaction with the oversight facts.
 */
@Service
class ReceptionRegister {

    /** Five or more people make a group, represented by one to five (Law on Citizen Reception 2013, art. 29). */
    static final int GROUP_SIZE = 5;

    static final int MAX_REPRESENTATIVES = 5;
    static final int MAX_MATTERS = 10;

    /** What registering returns: the entry, and the petitions created with their receipts. */
    record Registered(ReceptionEntry entry, List<Petition> petitions, List<Receipt> receipts) {}

    private final UnitDoor door;
    private final SessionRepository sessions;
    private final EntryRepository entries;
    private final ReceptionFacts facts;
    private final PetitionsFromReception petitions;
    private final NationalIds nationalIds;

    ReceptionRegister(
            UnitDoor door,
            SessionRepository sessions,
            EntryRepository entries,
            ReceptionFacts facts,
            PetitionsFromReception petitions,
            NationalIds nationalIds) {
        this.door = door;
        this.sessions = sessions;
        this.entries = entries;
        this.facts = facts;
        this.petitions = petitions;
        this.nationalIds = nationalIds;
    }

    /** An entry that passed every check, before it has a number. */
    record Checked(long sessionId, List<Person> people, NewEntry draft, List<MatterInput> matters) {}

    Registered record(Viewer viewer, RecordEntry input) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        Checked checked = check(viewer, unit, input);
        return door.write(unit, scope -> record(scope, viewer, checked));
    }

    Checked check(Viewer viewer, UnitCode unit, RecordEntry input) {
        long sessionId = ReceptionStaff.localId("input.sessionId", input.sessionId(), ReceptionSession.TYPE, unit);
        List<Person> people = Visitors.check(input.visitors(), input.groupSize());
        int groupSize = Math.max(people.size(), input.groupSize() == null ? 0 : input.groupSize());
        String content = Texts.required("input.content", input.content(), 20_000);
        List<MatterInput> matters = matters(input.petitions(), false);
        Set<PetitionKind> kinds = new LinkedHashSet<>(input.matterKinds() == null ? List.of() : input.matterKinds());
        matters.forEach(m -> kinds.addAll(m.kinds() == null ? List.of() : m.kinds()));
        NewEntry draft = new NewEntry(
                sessionId,
                0,
                0,
                null,
                content,
                Texts.optional("input.priorHandling", input.priorHandling(), 5_000),
                Texts.optional("input.request", input.request(), 5_000),
                Texts.optional("input.handling", input.handling(), 5_000),
                groupSize,
                List.copyOf(kinds),
                kinds.contains(PetitionKind.DENUNCIATION),
                viewer.subject(),
                ReceptionStaff.actorName(viewer));
        return new Checked(sessionId, people, draft, matters);
    }

    /** Registers a checked entry, and the petitions it raises, in the unit of {@code scope}. */
    Registered record(UnitScope scope, Viewer viewer, Checked checked) {
        long sessionId = checked.sessionId();
        NewEntry draft = checked.draft();
        // The session is locked so it cannot be cancelled while its register is written.
        SessionStatus status =
                sessions.lockStatus(scope, sessionId).orElseThrow(() -> ReceptionStaff.notFound("reception session"));
        if (status != SessionStatus.HELD) {
            throw ApiException.conflict("Entries go into a held session's register; record the session as held.");
        }
        ReceptionSession session = sessions.find(scope, sessionId).orElseThrow();
        int year = session.heldOn().getYear();
        ReceptionEntry entry = entries.insert(
                scope,
                new NewEntry(
                        sessionId,
                        year,
                        entries.nextNumber(scope, year),
                        session.heldOn(),
                        draft.content(),
                        draft.priorHandling(),
                        draft.request(),
                        draft.handling(),
                        draft.groupSize(),
                        draft.matterKinds(),
                        draft.confidential(),
                        draft.recordedBy(),
                        draft.recordedByName()));
        entries.insertVisitors(scope, Visitors.rows(entry.id(), checked.people(), nationalIds));
        sessions.countEntry(scope, sessionId, entry.groupSize());
        Registered registered = raise(scope, viewer, entry, checked.people(), checked.matters());
        facts.entry(
                scope, entry, registered.petitions().stream().map(Petition::id).toList());
        facts.session(scope, sessionId);
        return registered;
    }

    /**
     * Creates petitions from an entry already registered, for matters found to need one after the
     * visit. The version makes a retry of the same request a CONFLICT rather than a second set.
     */
    Registered createPetitions(Viewer viewer, String id, int version, List<MatterInput> given) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        long local = ReceptionStaff.localId("id", id, ReceptionEntry.TYPE, unit);
        List<MatterInput> matters = matters(given, true);
        return door.write(unit, scope -> {
            ReceptionEntry entry =
                    entries.lock(scope, local).orElseThrow(() -> ReceptionStaff.notFound("reception entry"));
            if (entry.version() != version) {
                throw ApiException.conflict("The entry changed meanwhile; read it again.");
            }
            List<Person> people = entries.visitors(scope, List.of(entry.id())).stream()
                    .map(v -> new Person(
                            v.fullName(),
                            v.address(),
                            v.phone(),
                            v.nationalIdCipher() == null ? null : nationalIds.decrypt(v.nationalIdCipher()),
                            v.representative()))
                    .toList();
            Registered raised = raise(scope, viewer, entry, people, matters);
            Set<PetitionKind> kinds = new LinkedHashSet<>(entry.matterKinds());
            raised.petitions().forEach(p -> kinds.add(p.kind()));
            ReceptionEntry updated = entries.update(
                    scope,
                    entry.id(),
                    List.copyOf(kinds),
                    entry.confidential() || kinds.contains(PetitionKind.DENUNCIATION));
            List<Long> all = petitions.byEntry(scope, List.of(entry.id())).getOrDefault(entry.id(), List.of()).stream()
                    .map(Petition::id)
                    .toList();
            facts.entry(scope, updated, all);
            return new Registered(updated, raised.petitions(), raised.receipts());
        });
    }

    /** One petition per kind of each matter, in order; the first bad matter rolls everything back. */
    private Registered raise(
            UnitScope scope, Viewer viewer, ReceptionEntry entry, List<Person> people, List<MatterInput> matters) {
        List<Petition> created = new ArrayList<>();
        List<Receipt> receipts = new ArrayList<>();
        for (MatterInput matter : matters) {
            ReceivedPetitions received = petitions.register(
                    scope,
                    viewer,
                    entry.id(),
                    new Matter(
                            matter.kinds() == null ? List.of() : matter.kinds(),
                            matter.subject(),
                            matter.matter() == null || matter.matter().isBlank() ? entry.content() : matter.matter(),
                            entry.receivedOn(),
                            people,
                            entry.groupSize(),
                            Boolean.TRUE.equals(matter.remoteArea()),
                            Boolean.TRUE.equals(matter.severalSites())));
            created.addAll(received.petitions());
            receipts.addAll(received.receipts());
        }
        return new Registered(entry, created, receipts);
    }

    private static List<MatterInput> matters(List<MatterInput> given, boolean required) {
        List<MatterInput> matters = given == null ? List.of() : given;
        if (required && matters.isEmpty()) {
            throw ApiException.badInput("matters", "Name at least one matter to raise.");
        }
        if (matters.size() > MAX_MATTERS) {
            throw ApiException.badInput("matters", "At most " + MAX_MATTERS + " matters at once.");
        }
        return matters;
    }
}
