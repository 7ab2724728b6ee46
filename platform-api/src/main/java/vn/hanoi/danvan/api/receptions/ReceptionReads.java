package vn.hanoi.danvan.api.receptions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.audit.AuditNotes;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.petitions.Petition;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.security.NationalIds;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Reading the register: entries by year or by session, one entry, and the visitors of a batch of
 * entries, each shown or redacted per viewer, every read of a confidential entry's visitors
 * recorded (Law on Denunciation 2018, art. 47). Batches go through the door of the viewer's own
 * unit, so nothing of another unit can be in them.
 */
@Service
class ReceptionReads {

    /** A visitor as the caller may see them: identity fields null when redacted. */
    record VisitorView(
            int position,
            boolean representative,
            boolean redacted,
            String fullName,
            String address,
            String phone,
            String nationalId) {}

    private final UnitDoor door;
    private final SessionRepository sessions;
    private final EntryRepository entries;
    private final PetitionsFromReception petitions;
    private final NationalIds nationalIds;

    ReceptionReads(
            UnitDoor door,
            SessionRepository sessions,
            EntryRepository entries,
            PetitionsFromReception petitions,
            NationalIds nationalIds) {
        this.door = door;
        this.sessions = sessions;
        this.entries = entries;
        this.petitions = petitions;
        this.nationalIds = nationalIds;
    }

    Connection<ReceptionEntry> register(Viewer viewer, int year, Page page) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        Months.of(year, 1);
        int after = page.after().map(ReceptionReads::number).orElse(0);
        return door.read(
                unit,
                scope -> Connection.of(
                        entries.page(scope, year, after, page.first() + 1),
                        page,
                        entry -> Page.cursor(String.valueOf(entry.sequenceNumber())),
                        entries.count(scope, year)));
    }

    private static int number(String cursor) {
        try {
            return Integer.parseInt(cursor);
        } catch (NumberFormatException e) {
            throw ApiException.badInput("after", "Not a cursor this API issued.");
        }
    }

    Optional<ReceptionEntry> one(Viewer viewer, String id) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        long local = ReceptionStaff.localId("id", id, ReceptionEntry.TYPE, unit);
        return door.read(unit, scope -> entries.find(scope, local));
    }

    Optional<ReceptionEntry> node(Viewer viewer, GlobalId id) {
        return id.unit()
                .filter(viewer::worksIn)
                .flatMap(unit -> door.read(unit, scope -> entries.find(scope, id.numericKey())));
    }

    Map<ReceptionSession, List<ReceptionEntry>> entriesOf(Viewer viewer, List<ReceptionSession> batch) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        Map<Long, ReceptionSession> own = own(batch, unit, ReceptionSession::unit, ReceptionSession::id);
        List<ReceptionEntry> rows =
                own.isEmpty() ? List.of() : door.read(unit, scope -> entries.ofSessions(scope, own.keySet()));
        Map<ReceptionSession, List<ReceptionEntry>> result = empty(batch);
        rows.forEach(row -> result.get(own.get(row.sessionId())).add(row));
        return result;
    }

    Map<ReceptionSession, List<ConclusionNotice>> noticesOf(Viewer viewer, List<ReceptionSession> batch) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        Map<Long, ReceptionSession> own = own(batch, unit, ReceptionSession::unit, ReceptionSession::id);
        List<ConclusionNotice> rows =
                own.isEmpty() ? List.of() : door.read(unit, scope -> sessions.notices(scope, own.keySet()));
        Map<ReceptionSession, List<ConclusionNotice>> result = empty(batch);
        rows.forEach(row -> result.get(own.get(row.sessionId())).add(row));
        return result;
    }

    Map<ReceptionEntry, ReceptionSession> sessionsOf(Viewer viewer, List<ReceptionEntry> batch) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        List<ReceptionEntry> own =
                batch.stream().filter(e -> e.unit().equals(unit)).toList();
        Map<Long, ReceptionSession> byId = own.isEmpty()
                ? Map.of()
                : door
                        .read(
                                unit,
                                scope -> sessions.byIds(
                                        scope,
                                        own.stream()
                                                .map(ReceptionEntry::sessionId)
                                                .collect(Collectors.toSet())))
                        .stream()
                        .collect(Collectors.toMap(ReceptionSession::id, s -> s));
        Map<ReceptionEntry, ReceptionSession> result = new LinkedHashMap<>();
        own.forEach(entry -> result.put(entry, byId.get(entry.sessionId())));
        return result;
    }

    Map<ReceptionEntry, List<Petition>> petitionsOf(Viewer viewer, List<ReceptionEntry> batch) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        Map<Long, ReceptionEntry> own = own(batch, unit, ReceptionEntry::unit, ReceptionEntry::id);
        Map<Long, List<Petition>> rows =
                own.isEmpty() ? Map.of() : door.read(unit, scope -> petitions.byEntry(scope, own.keySet()));
        Map<ReceptionEntry, List<Petition>> result = empty(batch);
        rows.forEach((entryId, list) -> {
            ReceptionEntry entry = own.get(entryId);
            list.stream().filter(p -> mayLink(viewer, entry, p)).forEach(result.get(entry)::add);
        });
        return result;
    }

    /** The entry a petition was raised at, if the viewer works in the petition's unit. */
    Optional<ReceptionEntry> entryOf(Viewer viewer, Petition petition) {
        if (!viewer.worksIn(petition.unit())) {
            return Optional.empty();
        }
        return door.read(
                        petition.unit(),
                        scope -> petitions.entryOf(scope, petition).flatMap(id -> entries.find(scope, id)))
                .filter(entry -> mayLink(viewer, entry, petition));
    }

    /**
     * Whether the viewer may follow the link between an entry and a petition raised at it. The
     * visitor who denounced may also have complained, and the complaint names them to all the
     * unit's staff: for those who may not see a confidential entry's visitors, its other petitions
     * are not linked to it, so nobody can put the name and the denunciation together (Law on
     * Denunciation 2018, art. 47). The denunciations stay linked: their petitioners are redacted.
     */
    private static boolean mayLink(Viewer viewer, ReceptionEntry entry, Petition petition) {
        return !entry.confidential()
                || ReceptionStaff.maySeeVisitors(viewer, entry)
                || petition.kind() == PetitionKind.DENUNCIATION;
    }

    /**
     * The visitors of a batch of entries, one query for the batch. Reading a confidential entry's
     * visitors is itself recorded, in the same transaction.
     */
    Map<ReceptionEntry, List<VisitorView>> visitorsOf(Viewer viewer, List<ReceptionEntry> batch) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        Map<Long, ReceptionEntry> own = own(batch, unit, ReceptionEntry::unit, ReceptionEntry::id);
        List<Long> disclosed = own.values().stream()
                .filter(e -> e.confidential() && ReceptionStaff.maySeeVisitors(viewer, e))
                .map(ReceptionEntry::id)
                .toList();
        List<Visitor> rows = own.isEmpty()
                ? List.of()
                : disclosed.isEmpty()
                        ? door.read(unit, scope -> entries.visitors(scope, own.keySet()))
                        : door.write(unit, scope -> {
                            AuditNotes.confidentialRead(disclosed.size());
                            entries.recordConfidentialReads(
                                    scope,
                                    disclosed,
                                    viewer.subject(),
                                    viewer.roles().toString());
                            return entries.visitors(scope, own.keySet());
                        });
        Map<ReceptionEntry, List<VisitorView>> result = empty(batch);
        for (Visitor row : rows) {
            ReceptionEntry entry = own.get(row.entryId());
            result.get(entry).add(view(row, ReceptionStaff.maySeeVisitors(viewer, entry)));
        }
        return result;
    }

    private VisitorView view(Visitor row, boolean visible) {
        if (!visible) {
            return new VisitorView(row.position(), row.representative(), true, null, null, null, null);
        }
        return new VisitorView(
                row.position(),
                row.representative(),
                false,
                row.fullName(),
                row.address(),
                row.phone(),
                row.nationalIdCipher() == null ? null : nationalIds.decrypt(row.nationalIdCipher()));
    }

    private static <T> Map<Long, T> own(
            List<T> batch, UnitCode unit, Function<T, UnitCode> unitOf, Function<T, Long> idOf) {
        Map<Long, T> own = new LinkedHashMap<>();
        batch.stream().filter(item -> unitOf.apply(item).equals(unit)).forEach(item -> own.put(idOf.apply(item), item));
        return own;
    }

    private static <K, V> Map<K, List<V>> empty(List<K> batch) {
        Map<K, List<V>> result = new LinkedHashMap<>();
        batch.forEach(key -> result.put(key, new ArrayList<>()));
        return result;
    }
}
