package vn.hanoi.danvan.api.petitions;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.security.Viewer;

/** The petition mutations: registration and one mutation per transition. */
@Controller
class PetitionMutations {

    private final PetitionIntake intake;
    private final PetitionWorkflow workflow;
    private final PetitionTransfers transfers;

    PetitionMutations(PetitionIntake intake, PetitionWorkflow workflow, PetitionTransfers transfers) {
        this.intake = intake;
        this.workflow = workflow;
        this.transfers = transfers;
    }

    @MutationMapping
    ReceivedPetitions receivePetition(@Argument ReceivePetitionInput input, @ContextValue Viewer viewer) {
        return intake.receive(viewer, input);
    }

    @MutationMapping
    Petition classifyPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.CLASSIFY, input);
    }

    @MutationMapping
    Petition acceptPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.ACCEPT, input);
    }

    @MutationMapping
    Petition rejectPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.REJECT, input);
    }

    @MutationMapping
    Petition guidePetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.GUIDE, input);
    }

    @MutationMapping
    Petition transferPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return transfers.transfer(viewer, id, version, input);
    }

    @MutationMapping
    Petition startPetitionVerification(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.START_VERIFICATION, input);
    }

    @MutationMapping
    Petition suspendPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.SUSPEND, input);
    }

    @MutationMapping
    Petition resumePetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.RESUME, input);
    }

    @MutationMapping
    Petition extendPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.EXTEND, input);
    }

    @MutationMapping
    Petition resolvePetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.RESOLVE, input);
    }

    @MutationMapping
    Petition appealPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.APPEAL, input);
    }

    @MutationMapping
    Petition withdrawPetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.WITHDRAW, input);
    }

    @MutationMapping
    Petition closePetition(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.CLOSE, input);
    }

    @MutationMapping
    Petition assignPetitionHandler(
            @Argument String id, @Argument int version, @Argument ActionInput input, @ContextValue Viewer viewer) {
        return workflow.act(viewer, id, version, PetitionAction.ASSIGN_HANDLER, input);
    }
}
