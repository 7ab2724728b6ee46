package vn.hanoi.danvan.api.petitions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.petitions.PetitionViews.PetitionerView;
import vn.hanoi.danvan.api.security.NationalIds;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

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
     * one read-only transaction, the same statements whatever the page size. Reading a denouncer's
     * identity is recorded before the page is returned (Law on Denunciation 2018, art. 47).
     */
    PetitionList list(Viewer viewer, PetitionFilter filter, PetitionOrder order, Page page, boolean withPetitioners) {
        UnitCode unit = Staff.unitOf(viewer);
        PetitionOrder effectiveOrder = order == null ? PetitionOrder.DEADLINE : order;
        PetitionQuery query = new PetitionQuery(
                filter == null ? PetitionFilter.NONE : filter, effectiveOrder, page, calendar.today());
        PagePetitioners people = door.read(unit, scope -> {
            Connection<Petition> connection = Connection.of(
                    petitions.page(scope, query),
                    page,
                    petition -> PetitionQuery.cursorOf(petition, effectiveOrder),
                    petitions.count(scope, query));
            List<Petition> rows =
                    connection.edges().stream().map(Connection.Edge::node).toList();
            List<Petitioner> found = withPetitioners && !rows.isEmpty()
                    ? petitions.petitioners(
                            scope, rows.stream().map(Petition::id).toList())
                    : List.of();
            return new PagePetitioners(connection, found);
        });
        List<Petition> rows =
                people.connection().edges().stream().map(Connection.Edge::node).toList();
        if (withPetitioners) {
            recordDisclosures(viewer, unit, rows);
        }
        return new PetitionList(people.connection(), views(viewer, rows, people.rows()));
    }

    /** A page and the petitioners read with it, before they are shown to anyone. */
    private record PagePetitioners(Connection<Petition> connection, List<Petitioner> rows) {}

    Optional<Petition> one(Viewer viewer, String id) {
        UnitCode unit = Staff.unitOf(viewer);
        long local = PetitionIds.localId(id, unit);
        return door.read(unit, scope -> petitions.find(scope, local));
    }

    /** For {@code node(id:)}: the petition if the viewer works in its unit, else nothing. */
    Optional<Petition> node(Viewer viewer, GlobalId id) {
        Optional<UnitCode> unit = id.unit().filter(viewer::worksIn);
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
        UnitCode unit = Staff.unitOf(viewer);
        List<Petition> own = batch.stream().filter(p -> p.unit().equals(unit)).toList();
        List<Long> ids = own.stream().map(Petition::id).distinct().toList();
        List<Petitioner> rows = ids.isEmpty() ? List.of() : door.read(unit, scope -> petitions.petitioners(scope, ids));
        recordDisclosures(viewer, unit, own);
        Map<Long, List<PetitionerView>> byId = views(viewer, own, rows);
        Map<Petition, List<PetitionerView>> result = new LinkedHashMap<>();
        batch.forEach(p -> result.put(p, byId.getOrDefault(p.id(), List.of())));
        return result;
    }

    /** Records, in its own transaction, each denouncer identity about to be shown to this viewer. */
    private void recordDisclosures(Viewer viewer, UnitCode unit, List<Petition> shown) {
        List<Long> disclosed = shown.stream()
                .filter(p -> p.isDenunciation() && Staff.maySeeIdentity(viewer, p))
                .map(Petition::id)
                .distinct()
                .toList();
        if (!disclosed.isEmpty()) {
            door.write(unit, scope -> {
                trail.recordConfidentialReads(
                        scope, disclosed, viewer.subject(), viewer.roles().toString(), "petitioner identity");
                return null;
            });
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
