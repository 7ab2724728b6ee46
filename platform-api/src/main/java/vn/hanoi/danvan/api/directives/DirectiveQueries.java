package vn.hanoi.danvan.api.directives;

import java.util.List;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.directives.DirectiveReads.GroupView;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.security.Viewer;

/** The directive queries and the fields of directive types that need a read. */
@Controller
class DirectiveQueries {

    private final DirectiveReads directives;
    private final AssignmentReads assignments;
    private final DirectiveProgressView progress;
    private final ReportEvidence evidence;

    DirectiveQueries(
            DirectiveReads directives,
            AssignmentReads assignments,
            DirectiveProgressView progress,
            ReportEvidence evidence) {
        this.directives = directives;
        this.assignments = assignments;
        this.progress = progress;
        this.evidence = evidence;
    }

    @QueryMapping
    Connection<Directive> directives(@Argument Integer first, @Argument String after, @ContextValue Viewer viewer) {
        return directives.page(viewer, first, after);
    }

    @QueryMapping
    Directive directive(@Argument String id, @ContextValue Viewer viewer) {
        return directives.directive(viewer, GlobalId.decode(id)).orElse(null);
    }

    @QueryMapping
    DirectiveProgress directiveProgress(@Argument String directiveId, @ContextValue Viewer viewer) {
        return progress.of(viewer, directiveId);
    }

    @QueryMapping
    Connection<Assignment> directiveAssignments(
            @Argument Integer first, @Argument String after, @ContextValue Viewer viewer) {
        return assignments.page(viewer, first, after);
    }

    @QueryMapping
    Assignment directiveAssignment(@Argument String id, @ContextValue Viewer viewer) {
        return assignments.one(viewer, GlobalId.decode(id)).orElse(null);
    }

    @QueryMapping
    Connection<Notification> directiveFeed(
            @Argument Integer first, @Argument String after, @ContextValue Viewer viewer) {
        return assignments.feed(viewer, first, after);
    }

    @SchemaMapping(typeName = "Directive")
    String id(Directive directive) {
        return DirectiveIds.city(Directive.TYPE, directive.id());
    }

    @SchemaMapping(typeName = "Directive")
    List<GroupView> groups(Directive directive) {
        return directives.groups(directive);
    }

    @SchemaMapping(typeName = "DirectiveTask")
    String id(DirectiveTask task) {
        return DirectiveIds.city(DirectiveTask.TYPE, task.id());
    }

    @SchemaMapping(typeName = "DirectiveAssignment")
    DirectiveTask task(Assignment assignment) {
        return directives.task(assignment.taskId());
    }

    @SchemaMapping(typeName = "DirectiveAssignment")
    String unitName(Assignment assignment) {
        return assignments.unitName(assignment.unit());
    }

    @SchemaMapping(typeName = "DirectiveAssignment")
    List<Obligation> obligations(Assignment assignment) {
        return assignments.obligations(assignment);
    }

    @SchemaMapping(typeName = "DirectiveAssignment")
    List<Report> reports(Assignment assignment) {
        return assignments.reports(assignment);
    }

    @SchemaMapping(typeName = "DirectiveAssignment")
    List<PlanItem> planItems(Assignment assignment) {
        return assignments.planItems(assignment);
    }

    @SchemaMapping(typeName = "DirectiveAssignment")
    List<Note> notes(Assignment assignment, @ContextValue Viewer viewer) {
        return assignments.notes(viewer, assignment);
    }

    @BatchMapping(typeName = "DirectiveTaskProgress", field = "units")
    Map<DirectiveProgress.TaskProgress, List<DirectiveProgress.UnitCell>> cells(
            List<DirectiveProgress.TaskProgress> tasks) {
        return progress.cells(tasks);
    }

    @SchemaMapping(typeName = "DirectiveTaskUnitProgress")
    String assignmentId(DirectiveProgress.UnitCell cell) {
        return DirectiveIds.unit(DirectiveIds.ASSIGNMENT, UnitCode.of(cell.unitCode()), cell.taskId());
    }

    @SchemaMapping(typeName = "DirectiveReport")
    List<ReportEvidence.File> attachments(Report report) {
        return evidence.of(report);
    }
}
