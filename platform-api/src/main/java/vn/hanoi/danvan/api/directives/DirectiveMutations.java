package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.api.directives.AssignmentWork.NewNote;
import vn.hanoi.danvan.api.directives.AssignmentWork.NewPlanItem;
import vn.hanoi.danvan.api.directives.AssignmentWork.NewReport;
import vn.hanoi.danvan.api.directives.DirectiveAssigner.Outcome;
import vn.hanoi.danvan.api.directives.DirectiveAssigner.UnitSelection;
import vn.hanoi.danvan.api.directives.DirectiveCatalog.NewDirective;
import vn.hanoi.danvan.api.directives.DirectiveCatalog.NewTask;
import vn.hanoi.danvan.api.security.Viewer;

/** The directive mutations: the city's (issue, assign, return) and the unit's (accept, plan, report, note). */
@Controller
class DirectiveMutations {

    /** The assignment request as the client sends it. */
    record AssignInput(String taskId, UnitSelection units, String requestKey) {}

    /** The payload: the outcome with the counts the client reads. */
    record AssignPayload(
            DirectiveTask task, String requestKey, int unitCount, int created, int alreadyAssigned, boolean replayed) {

        static AssignPayload of(Outcome outcome) {
            return new AssignPayload(
                    outcome.task(),
                    outcome.requestKey(),
                    outcome.unitCount(),
                    outcome.created(),
                    outcome.alreadyAssigned(),
                    outcome.replayed());
        }
    }

    private final DirectiveAuthoring authoring;
    private final DirectiveAssigner assigner;
    private final AssignmentWork work;

    DirectiveMutations(DirectiveAuthoring authoring, DirectiveAssigner assigner, AssignmentWork work) {
        this.authoring = authoring;
        this.assigner = assigner;
        this.work = work;
    }

    @MutationMapping
    Directive createDirective(@Argument NewDirective input, @ContextValue Viewer viewer) {
        return authoring.create(viewer, input);
    }

    @MutationMapping
    DirectiveTask createDirectiveTask(@Argument NewTask input, @ContextValue Viewer viewer) {
        return authoring.addTask(viewer, input);
    }

    @MutationMapping
    AssignPayload assignDirectiveTask(@Argument AssignInput input, @ContextValue Viewer viewer) {
        return AssignPayload.of(assigner.assign(viewer, input.taskId(), input.units(), input.requestKey()));
    }

    @MutationMapping
    Assignment acceptDirectiveAssignment(@Argument String id, @ContextValue Viewer viewer) {
        return work.accept(viewer, id);
    }

    @MutationMapping
    PlanItem addDirectivePlanItem(@Argument NewPlanItem input, @ContextValue Viewer viewer) {
        return work.addPlanItem(viewer, input);
    }

    @MutationMapping
    PlanItem completeDirectivePlanItem(@Argument String id, @Argument LocalDate doneOn, @ContextValue Viewer viewer) {
        return work.completePlanItem(viewer, id, doneOn);
    }

    @MutationMapping
    Report reportDirectiveProgress(@Argument NewReport input, @ContextValue Viewer viewer) {
        return work.report(viewer, input);
    }

    @MutationMapping
    Report returnDirectiveReport(@Argument String id, @Argument String comment, @ContextValue Viewer viewer) {
        return work.returnReport(viewer, id, comment);
    }

    @MutationMapping
    Note addDirectiveNote(@Argument NewNote input, @ContextValue Viewer viewer) {
        return work.addNote(viewer, input);
    }
}
