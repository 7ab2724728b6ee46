package vn.hanoi.danvan.api.petitions;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.ErrorCode;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * Moves a petition through its states. Every change: the row locked, the caller's version
 * checked (a stale one is a CONFLICT and nothing is written), the transition checked against
 * {@link PetitionAction}, the deadline recomputed, one timeline event and the oversight fact
 * written, all in one transaction.
 */
@Service
class PetitionWorkflow {

    private final UnitDoor door;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final PetitionCalendar calendar;
    private final PetitionFacts facts;

    PetitionWorkflow(
            UnitDoor door,
            PetitionRepository petitions,
            PetitionTrail trail,
            PetitionCalendar calendar,
            PetitionFacts facts) {
        this.door = door;
        this.petitions = petitions;
        this.trail = trail;
        this.calendar = calendar;
        this.facts = facts;
    }

    Petition act(Viewer viewer, String id, int version, PetitionAction action, ActionInput input) {
        UnitCode unit = Staff.unitActedFor(viewer);
        long petitionId = PetitionIds.localId(id, unit);
        ActionInput given = input == null ? ActionInput.NONE : input;
        return door.write(unit, scope -> act(scope, viewer, petitionId, version, action, given));
    }

    /** The transition inside a unit of work the caller already opened. */
    Petition act(
            UnitScope scope, Viewer viewer, long petitionId, int version, PetitionAction action, ActionInput input) {
        Petition current = lockAt(scope, petitionId, version);
        check(action, current);
        PetitionDraft next = PetitionDraft.of(current).state(action.next(current.state()));
        String reason = apply(action, current, next, input, scope);
        return save(scope, viewer, current, next, action, reason);
    }

    /** The petition locked for this transaction, if the caller read the version it still has. */
    Petition lockAt(UnitScope scope, long petitionId, int version) {
        Petition current = petitions.lock(scope, petitionId).orElseThrow(PetitionIds::notFound);
        if (current.version() != version) {
            throw new ApiException(
                    ErrorCode.CONFLICT,
                    "The petition was changed by someone else; reload it and try again.",
                    Map.of("currentVersion", current.version()));
        }
        return current;
    }

    static void check(PetitionAction action, Petition current) {
        if (!action.allows(current.kind(), current.state())) {
            throw new ApiException(
                    ErrorCode.BAD_USER_INPUT,
                    "A " + current.kind().name().toLowerCase() + " in state " + current.state() + " cannot be "
                            + action.name().toLowerCase().replace('_', ' ') + "ed.",
                    Map.of(
                            "reason",
                            "INVALID_TRANSITION",
                            "state",
                            current.state().name(),
                            "action",
                            action.name()));
        }
    }

    /** Writes the draft with its new deadline, the timeline event and the fact; returns the stored petition. */
    Petition save(
            UnitScope scope,
            Viewer viewer,
            Petition current,
            PetitionDraft next,
            PetitionAction action,
            String reason) {
        Petition draft = next.build();
        next.dueOn(calendar.deadlineOf(draft, trail.suspensions(scope, draft.id()))
                .map(deadline -> deadline.dueOn())
                .orElse(null));
        Petition stored = petitions
                .update(scope, next.build(), current.version())
                .orElseThrow(() ->
                        new ApiException(ErrorCode.CONFLICT, "The petition was changed by someone else; reload it."));
        trail.addEvent(
                scope,
                current.id(),
                new NewEvent(
                        viewer.subject(),
                        Staff.actorName(viewer),
                        action.name(),
                        current.state(),
                        stored.state(),
                        reason));
        facts.upsert(scope, stored);
        return stored;
    }

    /** The parts of the petition each action changes; returns the reason for the timeline. */
    private String apply(
            PetitionAction action, Petition current, PetitionDraft next, ActionInput input, UnitScope scope) {
        LocalDate today = calendar.today();
        return switch (action) {
            case CLASSIFY -> {
                complexity(next, current, input);
                yield input.note();
            }
            case ACCEPT -> {
                complexity(next, current, input);
                next.acceptedOn(dateNotBefore(
                        input.on(),
                        today,
                        current.state() == PetitionState.APPEALED ? current.appealedOn() : current.receivedOn()));
                yield input.note();
            }
            case REJECT, GUIDE, WITHDRAW -> PetitionIntake.required("reason", input.reason(), 2000);
            case START_VERIFICATION -> input.note();
            case SUSPEND -> {
                LocalDate on = dateNotBefore(input.on(), today, current.acceptedOn());
                trail.suspend(scope, current.id(), on);
                yield PetitionIntake.required("reason", input.reason(), 2000);
            }
            case RESUME -> {
                trail.resume(scope, current.id(), dateNotBefore(input.on(), today, current.acceptedOn()));
                yield input.note();
            }
            case EXTEND -> {
                int allowed = calendar.allowedExtensions(current);
                if (current.extensionsGranted() >= allowed) {
                    throw ApiException.badInput(
                            "extend",
                            allowed == 0
                                    ? "Only a complex denunciation may be extended (Law on Denunciation 2018, art. 30)."
                                    : "No more extensions: " + allowed + " allowed for this case (art. 30).");
                }
                next.extensionsGranted(current.extensionsGranted() + 1);
                yield PetitionIntake.required("reason", input.reason(), 2000);
            }
            case RESOLVE -> {
                next.decision(PetitionIntake.required("decision", input.decision(), 20_000));
                next.resolvedOn(dateNotBefore(input.on(), today, current.receivedOn()));
                yield input.note();
            }
            case APPEAL -> {
                appeal(current, next, input, today);
                yield PetitionIntake.required("reason", input.reason(), 2000);
            }
            case CLOSE -> {
                next.closedOn(today);
                yield input.note();
            }
            case ASSIGN_HANDLER -> {
                next.handlerSubject(PetitionIntake.required("handlerSubject", input.handlerSubject(), 200));
                next.handlerName(PetitionIntake.optional("handlerName", input.handlerName(), 200));
                yield input.note();
            }
            case TRANSFER -> throw new IllegalStateException("Transfers go through PetitionTransfers");
        };
    }

    /**
     * A second-round complaint may be filed within 30 days of the first decision, 45 in remote
     * areas (Law on Complaints 2011, art. 33); there is no third round.
     */
    private static void appeal(Petition current, PetitionDraft next, ActionInput input, LocalDate today) {
        if (current.round() >= 2) {
            throw ApiException.badInput("appeal", "This case is already in its second round.");
        }
        LocalDate on = dateNotBefore(input.on(), today, current.resolvedOn());
        if (current.kind() == PetitionKind.COMPLAINT
                && on.isAfter(current.resolvedOn().plusDays(current.remoteArea() ? 45 : 30))) {
            throw ApiException.badInput(
                    "on", "The time to complain again has passed (Law on Complaints 2011, art. 33).");
        }
        next.round(2).appealedOn(on).acceptedOn(null).resolvedOn(null).extensionsGranted(0);
    }

    private static void complexity(PetitionDraft next, Petition current, ActionInput input) {
        boolean especially =
                input.especiallyComplex() != null ? input.especiallyComplex() : current.especiallyComplex();
        boolean complex = especially || (input.complex() != null ? input.complex() : current.complex());
        next.complex(complex).especiallyComplex(especially);
        if (input.complexityReasons() != null) {
            if (input.complexityReasons().size() > 10) {
                throw ApiException.badInput("complexityReasons", "At most 10 reasons.");
            }
            next.complexityReasons(input.complexityReasons().stream()
                    .map(reason -> PetitionIntake.required("complexityReasons", reason, 200))
                    .toList());
        }
        if (input.remoteArea() != null) {
            next.remoteArea(input.remoteArea());
        }
        if (input.severalSites() != null) {
            next.severalSites(input.severalSites());
        }
    }

    /** A decision's date: today if not given, never in the future nor before {@code earliest}. */
    static LocalDate dateNotBefore(LocalDate given, LocalDate today, LocalDate earliest) {
        LocalDate on = given == null ? today : given;
        if (on.isAfter(today)) {
            throw ApiException.badInput("on", "A decision cannot be dated in the future.");
        }
        if (earliest != null && on.isBefore(earliest)) {
            throw ApiException.badInput("on", "The date is before the step it follows (" + earliest + ").");
        }
        return on;
    }

    static List<PetitionAction> allowedActions(Petition petition) {
        return Arrays.stream(PetitionAction.values())
                .filter(action -> action.allows(petition.kind(), petition.state()))
                .toList();
    }
}
