package vn.hanoi.danvan.api.petitions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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

    Connection<Petition> list(Viewer viewer, PetitionFilter filter, PetitionOrder order, Page page) {
        UnitCode unit = Staff.unitActedFor(viewer);
        PetitionOrder effectiveOrder = order == null ? PetitionOrder.DEADLINE : order;
        PetitionQuery query = new PetitionQuery(
                filter == null ? PetitionFilter.NONE : filter, effectiveOrder, page, calendar.today());
        return door.read(
                unit,
                scope -> Connection.of(
                        petitions.page(scope, query),
                        page,
                        petition -> PetitionQuery.cursorOf(petition, effectiveOrder),
                        petitions.count(scope, query)));
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
     * The petitioners of a batch of petitions, one query for the whole batch, through the door of
     * the viewer's own unit: a petition of any other unit cannot be in the batch.
     */
    Map<Petition, List<PetitionerView>> petitioners(Viewer viewer, List<Petition> batch) {
        UnitCode unit = Staff.unitActedFor(viewer);
        List<Petition> own = batch.stream().filter(p -> p.unit().equals(unit)).toList();
        Map<Long, Petition> byId = own.stream().collect(Collectors.toMap(Petition::id, p -> p, (a, b) -> a));
        List<Petition> disclosed = own.stream()
                .filter(p -> p.isDenunciation() && Staff.maySeeIdentity(viewer, p))
                .toList();
        List<Petitioner> rows = disclosed.isEmpty()
                ? door.read(unit, scope -> petitions.petitioners(scope, byId.keySet()))
                : door.write(unit, scope -> {
                    // Reading a denouncer's identity is itself recorded, in the same transaction.
                    trail.recordConfidentialReads(
                            scope,
                            disclosed.stream().map(Petition::id).toList(),
                            viewer.subject(),
                            viewer.roles().toString(),
                            "petitioner identity");
                    return petitions.petitioners(scope, byId.keySet());
                });
        Map<Petition, List<PetitionerView>> result = new LinkedHashMap<>();
        batch.forEach(p -> result.put(p, new ArrayList<>()));
        for (Petitioner row : rows) {
            Petition petition = byId.get(row.petitionId());
            if (petition != null) {
                result.get(petition).add(view(row, Staff.maySeeIdentity(viewer, petition)));
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
