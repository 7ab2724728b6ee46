package vn.hanoi.danvan.api.petitions;

import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionState;
import vn.hanoi.danvan.api.tenancy.UnitDirectory;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The citizen's side, without signing in: the status of a petition by its tracking code, and
 * once it is resolved, one rating of the answer (1 to 5) with the secret from the receipt. The
 * ratings feed the unit's satisfaction score.
 */
@Service
class CitizenDesk {

    private final UnitDoor door;
    private final UnitDirectory directory;
    private final PetitionRepository petitions;
    private final PetitionTrail trail;
    private final PetitionCalendar calendar;
    private final PetitionFacts facts;

    CitizenDesk(
            UnitDoor door,
            UnitDirectory directory,
            PetitionRepository petitions,
            PetitionTrail trail,
            PetitionCalendar calendar,
            PetitionFacts facts) {
        this.door = door;
        this.directory = directory;
        this.petitions = petitions;
        this.trail = trail;
        this.calendar = calendar;
        this.facts = facts;
    }

    Optional<PetitionStatus> status(String trackingCode) {
        return servingUnit(trackingCode)
                .flatMap(unit -> door.read(
                        unit,
                        scope -> petitions
                                .findByTrackingCode(scope, trackingCode)
                                .map(this::status)));
    }

    PetitionStatus rate(String trackingCode, String secret, int score) {
        if (score < 1 || score > 5) {
            throw ApiException.badInput("score", "A rating is from 1 to 5.");
        }
        UnitCode unit = servingUnit(trackingCode).orElseThrow(CitizenDesk::wrongCode);
        return door.write(unit, scope -> rate(scope, trackingCode, secret, score));
    }

    /** The rating inside a unit of work the caller already opened. */
    PetitionStatus rate(UnitScope scope, String trackingCode, String secret, int score) {
        Petition current = petitions.findByTrackingCode(scope, trackingCode).orElseThrow(CitizenDesk::wrongCode);
        current = petitions.lock(scope, current.id()).orElseThrow();
        String hash = petitions.secretHash(scope, current.id()).orElseThrow();
        if (!TrackingCodes.matches(secret, hash)) {
            throw wrongCode();
        }
        if (!canRate(current)) {
            throw current.rating() != null
                    ? ApiException.conflict("This answer has already been rated.")
                    : ApiException.badInput("score", "The answer can be rated once the petition is resolved.");
        }
        Petition stored = petitions
                .update(scope, PetitionDraft.of(current).rating(score).build(), current.version())
                .orElseThrow(() -> ApiException.conflict("The petition changed meanwhile; try again."));
        trail.addEvent(
                scope,
                current.id(),
                new NewEvent("citizen", null, "RATE", current.state(), current.state(), "Rated " + score + " of 5"));
        facts.upsert(scope, stored);
        return status(stored);
    }

    private PetitionStatus status(Petition petition) {
        boolean overdue = petition.isOpen()
                && petition.state() != PetitionState.SUSPENDED
                && petition.dueOn() != null
                && calendar.today().isAfter(petition.dueOn());
        return new PetitionStatus(
                petition.trackingCode(),
                petition.unit().value(),
                petition.kind(),
                petition.state(),
                petition.receivedOn(),
                petition.acceptedOn(),
                petition.resolvedOn(),
                petition.isOpen() ? petition.dueOn() : null,
                overdue,
                canRate(petition),
                petition.rating());
    }

    private static boolean canRate(Petition petition) {
        return petition.rating() == null && petition.resolvedOn() != null;
    }

    private Optional<UnitCode> servingUnit(String trackingCode) {
        return TrackingCodes.unitOf(trackingCode)
                .filter(unit ->
                        directory.find(unit).filter(u -> u.status().serves()).isPresent());
    }

    /** One answer for a wrong code and a wrong secret alike, so neither can be probed. */
    private static ApiException wrongCode() {
        return ApiException.notFound("No petition matches this tracking code and secret.");
    }
}
