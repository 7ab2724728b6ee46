package vn.hanoi.danvan.api.petitions;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Forwards a petition outside the unit's competence to another unit, which gets its own petition
 * linked to the source. Both sides are written in one transaction. The same matter is forwarded
 * once only (Circular 05/2021/TT-TTCP, art. 14): a petition that itself arrived by transfer is
 * not sent on again.
 */
@Service
class PetitionTransfers {

    private final UnitDoor door;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final PetitionWorkflow workflow;
    private final PetitionIntake intake;

    PetitionTransfers(
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            PetitionWorkflow workflow,
            PetitionIntake intake) {
        this.door = door;
        this.petitions = petitions;
        this.trail = trail;
        this.workflow = workflow;
        this.intake = intake;
    }

    Petition transfer(Viewer viewer, String id, int version, ActionInput input) {
        UnitCode unit = Staff.unitActedFor(viewer);
        long petitionId = PetitionIds.localId(id, unit);
        ActionInput given = input == null ? ActionInput.NONE : input;
        String reason = PetitionIntake.required("reason", given.reason(), 2000);
        String toUnit = PetitionIntake.required("toUnit", given.toUnit(), 5);
        if (!UnitCode.isValid(toUnit)) {
            throw ApiException.badInput("toUnit", "A unit code is five digits, such as 00070.");
        }
        UnitCode target = UnitCode.of(toUnit);
        if (target.equals(unit)) {
            throw ApiException.badInput("toUnit", "A petition is transferred to another unit, not to its own.");
        }
        return door.writeBoth(unit, target, (source, destination) -> {
            Petition current = workflow.lockAt(source, petitionId, version);
            PetitionWorkflow.check(PetitionAction.TRANSFER, current);
            if (current.transferredFromUnit() != null || current.channel() == Channel.TRANSFERRED) {
                throw ApiException.conflict(
                        "This matter was already forwarded once; it is not forwarded again (Circular 05/2021/TT-TTCP,"
                                + " art. 14).");
            }
            PetitionIntake.Checked copy = new PetitionIntake.Checked(
                    List.of(current.kind()),
                    Channel.TRANSFERRED,
                    current.subject(),
                    current.matter(),
                    intake.today(),
                    petitions.petitioners(source, List.of(current.id())),
                    current.petitionerCount(),
                    current.remoteArea(),
                    current.severalSites());
            Petition received = intake.register(destination, viewer, copy, unit.value(), current.id(), false)
                    .petitions()
                    .getFirst();
            trail.addLink(destination, received.id(), "TRANSFERRED_FROM", unit.value(), current.id());
            trail.addLink(source, current.id(), "TRANSFERRED_TO", target.value(), received.id());
            PetitionDraft next = PetitionDraft.of(current)
                    .state(PetitionAction.TRANSFER.next(current.state()))
                    .transferredToUnit(target.value())
                    .transferredToId(received.id());
            return workflow.save(source, viewer, current, next, PetitionAction.TRANSFER, reason);
        });
    }
}
