package vn.hanoi.danvan.api.receptions;

import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.CancelSession;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.HoldSession;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.MatterInput;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.NoticeInput;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.PlanSession;
import vn.hanoi.danvan.api.receptions.ReceptionInputs.RecordEntry;
import vn.hanoi.danvan.api.receptions.ReceptionRegister.Registered;
import vn.hanoi.danvan.api.security.Viewer;

/** The reception mutations: sessions, the register, petitions raised, notices of conclusions. */
@Controller
class ReceptionMutations {

    private final ReceptionSessions sessions;
    private final ReceptionRegister register;
    private final ConclusionNotices notices;

    ReceptionMutations(ReceptionSessions sessions, ReceptionRegister register, ConclusionNotices notices) {
        this.sessions = sessions;
        this.register = register;
        this.notices = notices;
    }

    @MutationMapping
    ReceptionSession planReceptionSession(@Argument PlanSession input, @ContextValue Viewer viewer) {
        return sessions.plan(viewer, input);
    }

    @MutationMapping
    ReceptionSession holdReceptionSession(
            @Argument String id, @Argument int version, @Argument HoldSession input, @ContextValue Viewer viewer) {
        return sessions.hold(viewer, id, version, input.noteTakerName(), input.endsAt());
    }

    @MutationMapping
    ReceptionSession cancelReceptionSession(
            @Argument String id, @Argument int version, @Argument CancelSession input, @ContextValue Viewer viewer) {
        return sessions.cancel(viewer, id, version, input.reason());
    }

    @MutationMapping
    Registered recordReceptionEntry(@Argument RecordEntry input, @ContextValue Viewer viewer) {
        return register.record(viewer, input);
    }

    @MutationMapping
    Registered createPetitionsFromReceptionEntry(
            @Argument String id,
            @Argument int version,
            @Argument List<MatterInput> matters,
            @ContextValue Viewer viewer) {
        return register.createPetitions(viewer, id, version, matters);
    }

    @MutationMapping
    ConclusionNotice issueReceptionConclusionNotice(
            @Argument String sessionId, @Argument NoticeInput input, @ContextValue Viewer viewer) {
        return notices.issue(viewer, sessionId, input);
    }
}
