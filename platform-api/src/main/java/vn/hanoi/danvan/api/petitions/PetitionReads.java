package vn.hanoi.danvan.api.petitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.audit.AuditNotes;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.petitions.PetitionViews.PetitionerView;
import vn.hanoi.danvan.api.security.NationalIds;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * Reading petitions: the unit's list, one petition, and its petitioners in batches, with each
 * petitioner's identity shown or redacted per viewer and every read of a denouncer's identity
 * recorded (Law on Denunciation 2018, art. 47).
 */
@Service
class PetitionReads {

    private final UnitDoor door;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final PetitionCalendar calendar;
    private final NationalIds nationalIds;

    PetitionReads(
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            PetitionCalendar calendar,
            NationalIds nationalIds) {
        this.door = door;
        this.petitions = petitions;
        this.trail = trail;
        this.calendar = calendar;
        this.nationalIds = nationalIds;
    }

    /**
     * A page of the unit's petitions and, when the caller asked for them, the page's petitioners:
     * one transaction, the same statements whatever the page size. Showing petitioners may disclose
     * a denouncer's identity, and that reading is recorded in the same transaction (Law on
     * Denunciation 2018, art. 47), so such a page is read in a read-write transaction.
     */
    PetitionList list(Viewer viewer, PetitionFilter filter, PetitionOrder order, Page page, boolean withPetitioners) {
        UnitCode unit = Staff.unitActedFor(viewer);
        PetitionOrder effectiveOrder = order == null ? PetitionOrder.DEADLINE : order;
        PetitionQuery query = new PetitionQuery(
                filter == null ? PetitionFilter.NONE : filter, effectiveOrder, page, calendar.today());
        Function<UnitScope, PetitionList> work = scope -> {
            Connection<Petition> connection = Connection.of(
                    petitions.page(scope, query),
                    page,
                    petition -> PetitionQuery.cursorOf(petition, effectiveOrder),
                    petitions.count(scope, query));
            List<Petition> rows =
                    connection.edges().stream().map(Connection.Edge::node).toList();
            if (!withPetitioners || rows.isEmpty()) {
                return new PetitionList(connection, Map.of());
            }
            List<Petitioner> found =
                    petitions.petitioners(scope, rows.stream().map(Petition::id).toList());
            recordDisclosures(scope, viewer, disclosed(viewer, rows));
            return new PetitionList(connection, views(viewer, rows, found));
        };
        return withPetitioners ? door.write(unit, work) : door.read(unit, work);
    }

    Optional<Petition> one(Viewer viewer, String id) {
        UnitCode unit = Staff.unitActedFor(viewer);
        long local = PetitionIds.localId(id, unit);
        return door.read(unit, scope -> petitions.find(scope, local));
    }

    /** For {@code node(id:)}: the petition if the viewer works in its unit, else nothing. */
    Optional<Petition> node(Viewer viewer, GlobalId id) {
        Optional<UnitCode> unit = id.unit().filter(viewer::actsFor);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        return door.read(unit.get(), scope -> petitions.find(scope, id.numericKey()));
    }

    /**
     * The petitioners of a batch of petitions (outside a list: one petition, {@code node}), one
     * query for the whole batch, through the door of the viewer's own unit: a petition of any other
     * unit cannot be in the batch.
     */
    Map<Petition, List<PetitionerView>> petitioners(Viewer viewer, List<Petition> batch) {
        UnitCode unit = Staff.unitActedFor(viewer);
        List<Petition> own = batch.stream().filter(p -> p.unit().equals(unit)).toList();
        List<Long> ids = own.stream().map(Petition::id).distinct().toList();
        List<Long> disclosed = disclosed(viewer, own);
        List<Petitioner> rows = ids.isEmpty()
                ? List.of()
                : disclosed.isEmpty()
                        ? door.read(unit, scope -> petitions.petitioners(scope, ids))
                        : door.write(unit, scope -> {
                            recordDisclosures(scope, viewer, disclosed);
                            return petitions.petitioners(scope, ids);
                        });
        Map<Long, List<PetitionerView>> byId = views(viewer, own, rows);
        Map<Petition, List<PetitionerView>> result = new LinkedHashMap<>();
        batch.forEach(p -> result.put(p, byId.getOrDefault(p.id(), List.of())));
        return result;
    }

    /** The denunciations among these whose denouncer's identity this viewer is about to see. */
    private static List<Long> disclosed(Viewer viewer, List<Petition> shown) {
        return shown.stream()
                .filter(p -> p.isDenunciation() && Staff.maySeeIdentity(viewer, p))
                .map(Petition::id)
                .distinct()
                .toList();
    }

    /**
     * Records each read of a denouncer's identity, in the transaction that reads it, and tells
     * the API audit (Law on Denunciation 2018, art. 47).
     */
    private void recordDisclosures(UnitScope scope, Viewer viewer, List<Long> disclosed) {
        if (!disclosed.isEmpty()) {
            AuditNotes.confidentialRead(disclosed.size());
            trail.recordConfidentialReads(
                    scope, disclosed, viewer.subject(), viewer.roles().toString(), "petitioner identity");
        }
    }

    /** Each petition's petitioners, as this viewer may see them. */
    private Map<Long, List<PetitionerView>> views(Viewer viewer, List<Petition> shown, List<Petitioner> rows) {
        Map<Long, Petition> byId = new HashMap<>();
        shown.forEach(p -> byId.putIfAbsent(p.id(), p));
        Map<Long, List<PetitionerView>> result = new HashMap<>();
        byId.keySet().forEach(id -> result.put(id, new ArrayList<>()));
        for (Petitioner row : rows) {
            Petition petition = byId.get(row.petitionId());
            if (petition != null) {
                result.get(petition.id()).add(view(row, Staff.maySeeIdentity(viewer, petition)));
            }
        }
        return result;
    }

    private PetitionerView view(Petitioner row, boolean visible) {
        if (!visible) {
            return new PetitionerView(row.position(), row.representative(), true, null, null, null, null);
        }
        return new PetitionerView(
                row.position(),
                row.representative(),
                false,
                row.fullName(),
                row.address(),
                row.phone(),
                row.nationalIdCipher() == null ? null : nationalIds.decrypt(row.nationalIdCipher()));
    }

    List<PetitionEvent> timeline(Petition petition) {
        return door.read(petition.unit(), scope -> trail.events(scope, petition.id()));
    }

    List<PetitionLink> links(Petition petition) {
        return door.read(petition.unit(), scope -> trail.links(scope, petition.id()));
    }
}
