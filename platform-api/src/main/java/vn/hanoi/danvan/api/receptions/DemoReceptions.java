package vn.hanoi.danvan.api.receptions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.petitions.PetitionsFromReception.Person;
import vn.hanoi.danvan.api.petitions.deadlines.PetitionKind;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.MatterInput;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.PlanSession;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.RecordEntry;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.VisitorInput;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * The embedded default's demo receptions go in through here: the same checks, numbering, petition
 * intake and oversight facts as the API. What differs is only the transaction: a {@link Desk}
 * records a unit's sessions and register in one. Exists only under the {@code dev} profile.
 */
@Service
@Profile("dev")
public class DemoReceptions {

    /** A session as the unit's calendar had it, and what became of it. */
    public record Session(
            SessionKind kind,
            LocalDate day,
            String startsAt,
            String place,
            PresiderOffice office,
            String presider,
            String noteTaker,
            SessionStatus outcome,
            String cancelReason) {}

    /** A visit to the register; {@code petitions} are the matters raised as petitions, one subject each. */
    public record Visit(
            List<Person> visitors,
            int groupSize,
            String content,
            String priorHandling,
            String request,
            String handling,
            List<PetitionKind> kinds,
            List<String> petitions) {}

    private final UnitDoor door;
    private final PlatformDoor platform;
    private final ReceptionSessions sessions;
    private final ReceptionRegister register;
    private final SessionRepository notices;

    DemoReceptions(
            UnitDoor door,
            PlatformDoor platform,
            ReceptionSessions sessions,
            ReceptionRegister register,
            SessionRepository notices) {
        this.door = door;
        this.platform = platform;
        this.sessions = sessions;
        this.register = register;
        this.notices = notices;
    }

    /** How many sessions the city's oversight facts hold, across all units. */
    public long recorded() {
        return platform.read(scope -> scope.sql()
                .sql("select count(*) from platform.reception_session_fact")
                .query(Long.class)
                .single());
    }

    /** Work at the officer's unit's reception desk, in one transaction: all of it commits or none. */
    public <T> T atDesk(Viewer officer, Function<Desk, T> work) {
        return door.write(ReceptionStaff.unitOf(officer), scope -> work.apply(new Desk(scope, officer)));
    }

    /** An officer's reception desk in one unit, inside one transaction. */
    public final class Desk {

        private final UnitScope scope;
        private final Viewer officer;

        private Desk(UnitScope scope, Viewer officer) {
            this.scope = scope;
            this.officer = officer;
        }

        /** Plans the session and records what became of it. */
        public ReceptionSession session(Session session) {
            ReceptionSession planned = sessions.plan(
                    scope,
                    ReceptionSessions.check(
                            officer,
                            new PlanSession(
                                    session.kind(),
                                    session.day(),
                                    session.startsAt(),
                                    null,
                                    session.place(),
                                    session.place() == null,
                                    session.office(),
                                    session.presider(),
                                    session.noteTaker())));
            if (session.outcome() == SessionStatus.PLANNED) {
                return planned;
            }
            return sessions.move(
                    scope, planned, planned.version(), session.outcome(), session.cancelReason(), null, null);
        }

        /** Records a visit in the held session's register, with the petitions it raises. */
        public ReceptionEntry visit(ReceptionSession session, Visit visit) {
            RecordEntry input = new RecordEntry(
                    ReceptionStaff.idOf(ReceptionSession.TYPE, session.unit(), session.id()),
                    visit.visitors().stream()
                            .map(p -> new VisitorInput(
                                    p.fullName(), p.address(), p.phone(), p.nationalId(), p.representative()))
                            .toList(),
                    visit.groupSize(),
                    visit.content(),
                    visit.priorHandling(),
                    visit.request(),
                    visit.handling(),
                    visit.kinds(),
                    visit.petitions().stream()
                            .map(subject -> new MatterInput(visit.kinds(), subject, null, false, false))
                            .toList());
            return register.record(scope, officer, register.check(officer, scope.unit(), input))
                    .entry();
        }

        /** The notice of conclusions of a leader's session, concerning its entries. */
        public void notice(ReceptionSession session, String text, List<String> addressees, List<ReceptionEntry> about) {
            notices.insertNotice(
                    scope,
                    new ConclusionNotice(
                            session.unit(),
                            0,
                            session.id(),
                            text,
                            addressees,
                            session.heldOn().plusDays(2),
                            about.stream().map(ReceptionEntry::id).toList()),
                    officer.subject());
        }
    }
}
