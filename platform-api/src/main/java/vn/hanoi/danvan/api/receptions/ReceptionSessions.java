package vn.hanoi.danvan.api.receptions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.PlanSession;
import vn.hanoi.danvan.api.receptions.SessionRepository.NewSession;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * Reception sessions: planning one, recording that it was held or why it was cancelled, and the
 * month's calendar. Every change writes the session's oversight fact in the same transaction.
 */
@Service
class ReceptionSessions {

    private final UnitDoor door;
    private final SessionRepository sessions;
    private final ReceptionFacts facts;
    private final Clock clock;

    ReceptionSessions(UnitDoor door, SessionRepository sessions, ReceptionFacts facts, Clock clock) {
        this.door = door;
        this.sessions = sessions;
        this.facts = facts;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(PetitionCalendar.HANOI));
    }

    ReceptionSession plan(Viewer viewer, PlanSession input) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        NewSession session = check(viewer, input);
        return door.write(unit, scope -> plan(scope, session));
    }

    /** Plans a checked session in the unit of {@code scope}, with its oversight fact. */
    ReceptionSession plan(UnitScope scope, NewSession session) {
        long id = sessions.insert(scope, session);
        facts.session(scope, id);
        return sessions.find(scope, id).orElseThrow();
    }

    ReceptionSession hold(Viewer viewer, String id, int version, String noteTaker, String endsAt) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        long local = ReceptionStaff.localId("id", id, ReceptionSession.TYPE, unit);
        String note = Texts.optional("input.noteTakerName", noteTaker, 200);
        LocalTime ends = Texts.time("input.endsAt", endsAt, false);
        return door.write(unit, scope -> {
            ReceptionSession session = existing(scope, local);
            if (session.heldOn().isAfter(today())) {
                throw ApiException.badInput("id", "A session cannot be held before its day.");
            }
            return move(scope, session, version, SessionStatus.HELD, null, note, ends);
        });
    }

    ReceptionSession cancel(Viewer viewer, String id, int version, String reason) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        long local = ReceptionStaff.localId("id", id, ReceptionSession.TYPE, unit);
        String why = Texts.required("input.reason", reason, 2_000);
        return door.write(
                unit, scope -> move(scope, existing(scope, local), version, SessionStatus.CANCELLED, why, null, null));
    }

    ReceptionSession move(
            UnitScope scope,
            ReceptionSession session,
            int version,
            SessionStatus next,
            String reason,
            String noteTaker,
            LocalTime endsAt) {
        if (!session.status().mayBecome(next)) {
            throw ApiException.conflict("A " + session.status().name().toLowerCase() + " session cannot become "
                    + next.name().toLowerCase() + ".");
        }
        if (!sessions.changeStatus(scope, session.id(), version, next, reason, noteTaker, endsAt)) {
            throw ApiException.conflict("The session changed meanwhile; read it again.");
        }
        facts.session(scope, session.id());
        return sessions.find(scope, session.id()).orElseThrow();
    }

    private ReceptionSession existing(UnitScope scope, long id) {
        return sessions.find(scope, id).orElseThrow(() -> ReceptionStaff.notFound("reception session"));
    }

    /** A month's sessions of the viewer's unit, by day and time. */
    List<ReceptionSession> calendar(Viewer viewer, int year, int month) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        YearMonth period = Months.of(year, month);
        return door.read(
                unit,
                scope -> sessions.between(
                        scope, period.atDay(1), period.plusMonths(1).atDay(1)));
    }

    Optional<ReceptionSession> one(Viewer viewer, String id) {
        UnitCode unit = ReceptionStaff.unitOf(viewer);
        long local = ReceptionStaff.localId("id", id, ReceptionSession.TYPE, unit);
        return door.read(unit, scope -> sessions.find(scope, local));
    }

    /** For {@code node(id:)}: the session if the viewer works in its unit, else nothing. */
    Optional<ReceptionSession> node(Viewer viewer, GlobalId id) {
        return id.unit()
                .filter(viewer::worksIn)
                .flatMap(unit -> door.read(unit, scope -> sessions.find(scope, id.numericKey())));
    }

    static NewSession check(Viewer viewer, PlanSession input) {
        if (input.kind() == null) {
            throw ApiException.badInput("input.kind", "Say what kind of session this is.");
        }
        if (input.heldOn() == null) {
            throw ApiException.badInput("input.heldOn", "Give the session's day.");
        }
        if (input.presiderOffice() == null) {
            throw ApiException.badInput("input.presiderOffice", "Say who presides, by office.");
        }
        if (input.kind() == SessionKind.LEADER_PERIODIC
                && !input.presiderOffice().isLeader()) {
            throw ApiException.badInput(
                    "input.presiderOffice", "A leader's periodic reception is presided by a leader or a deputy.");
        }
        LocalTime starts = Texts.time("input.startsAt", input.startsAt(), true);
        LocalTime ends = Texts.time("input.endsAt", input.endsAt(), false);
        if (ends != null && !ends.isAfter(starts)) {
            throw ApiException.badInput("input.endsAt", "A session ends after it starts.");
        }
        boolean online = Boolean.TRUE.equals(input.online());
        String place = Texts.optional("input.place", input.place(), 300);
        if (place == null && !online) {
            throw ApiException.badInput("input.place", "Give the place, or say the session is online.");
        }
        return new NewSession(
                input.kind(),
                input.heldOn(),
                starts,
                ends,
                place,
                online,
                input.presiderOffice(),
                Texts.required("input.presiderName", input.presiderName(), 200),
                Texts.optional("input.noteTakerName", input.noteTakerName(), 200),
                viewer.subject());
    }
}
