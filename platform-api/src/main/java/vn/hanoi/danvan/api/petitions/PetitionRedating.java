package vn.hanoi.danvan.api.petitions;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitRegistry;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * When the holiday calendar changes, the working-day deadlines of open petitions move: this
 * recomputes them in every serving unit, one transaction per unit, in the background. The
 * stored due date is derived data, so the petition's version does not change and nobody's
 * edit in progress is turned into a CONFLICT.
 */
@Component
class PetitionRedating {

    private static final Logger log = LoggerFactory.getLogger(PetitionRedating.class);

    private final UnitRegistry registry;
    private final UnitDoor door;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final PetitionCalendar calendar;
    private final PetitionFacts facts;
    private final ExecutorService background =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());

    PetitionRedating(
            UnitRegistry registry,
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            PetitionCalendar calendar,
            PetitionFacts facts) {
        this.registry = registry;
        this.door = door;
        this.petitions = petitions;
        this.trail = trail;
        this.calendar = calendar;
        this.facts = facts;
    }

    /** Starts re-dating every unit; returns at once. */
    void redateAllSoon() {
        background.submit(this::redateAll);
    }

    int redateAll() {
        int moved = 0;
        for (Unit unit : registry.all()) {
            if (unit.status().serves()) {
                try {
                    moved += door.write(unit.code(), this::redate);
                } catch (RuntimeException e) {
                    log.error("Re-dating the deadlines of unit {} failed; they keep their old dates", unit.code(), e);
                }
            }
        }
        log.info("Holiday calendar changed: {} open petition deadline(s) moved", moved);
        return moved;
    }

    int redate(UnitScope unit) {
        List<Petition> open = petitions.open(unit);
        int moved = 0;
        for (Petition petition : open) {
            var due = calendar.deadlineOf(petition, trail.suspensions(unit, petition.id()))
                    .map(deadline -> deadline.dueOn())
                    .orElse(null);
            if (!Objects.equals(due, petition.dueOn())) {
                petitions.redate(unit, petition.id(), due);
                facts.upsert(unit, PetitionDraft.of(petition).dueOn(due).build());
                moved++;
            }
        }
        return moved;
    }
}
