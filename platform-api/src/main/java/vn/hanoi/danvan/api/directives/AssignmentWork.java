package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDoor;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/**
 * What a unit does with an assignment (accept it, plan it, report on it, note on it) and what the
 * city supervisor may do with a report (return it for rework). Each is one transaction in the
 * unit's schema that also updates the unit's fact row in {@code platform}.
 */
@Service
class AssignmentWork {

    /** A report as the unit enters it; periodStart picks the period of a recurring task. */
    record NewReport(String assignmentId, int percent, String narrative, LocalDate periodStart) {}

    /** A plan item as the unit enters it. */
    record NewPlanItem(String assignmentId, String title, String ownerName, LocalDate startsOn, LocalDate dueOn) {}

    /** A note as the unit enters it; internal unless said otherwise. */
    record NewNote(String assignmentId, String body, Boolean internal) {}

    private final UnitDoor door;
    private final AssignmentRepository assignments;
    private final DirectiveReportRepository reports;
    private final PlanRepository plans;
    private final FeedRepository feed;
    private final DirectiveCalendar calendar;

    AssignmentWork(
            UnitDoor door,
            AssignmentRepository assignments,
            DirectiveReportRepository reports,
            PlanRepository plans,
            FeedRepository feed,
            DirectiveCalendar calendar) {
        this.door = door;
        this.assignments = assignments;
        this.reports = reports;
        this.plans = plans;
        this.feed = feed;
        this.calendar = calendar;
    }

    Assignment accept(Viewer viewer, String id) {
        UnitCode unit = Desks.unitOf(viewer);
        long key = DirectiveIds.ownKey(id, DirectiveIds.ASSIGNMENT, "id", unit);
        LocalDate today = calendar.today();
        return door.write(unit, scope -> {
            existing(scope, key, today);
            if (assignments.accept(scope, key, viewer.subject())) {
                assignments.refresh(scope, key, today);
            }
            return existing(scope, key, today);
        });
    }

    PlanItem addPlanItem(Viewer viewer, NewPlanItem input) {
        UnitCode unit = Desks.unitOf(viewer);
        long key = DirectiveIds.ownKey(input.assignmentId(), DirectiveIds.ASSIGNMENT, "assignmentId", unit);
        String title = DirectiveAuthoring.required("title", input.title(), 500);
        String owner = DirectiveAuthoring.required("ownerName", input.ownerName(), 200);
        if (input.startsOn() == null || input.dueOn() == null || input.dueOn().isBefore(input.startsOn())) {
            throw ApiException.badInput("dueOn", "A plan item runs from startsOn to dueOn, not before it.");
        }
        return door.write(unit, scope -> {
            existing(scope, key, calendar.today());
            return plans.addItem(scope, key, title, owner, input.startsOn(), input.dueOn(), viewer.subject());
        });
    }

    PlanItem completePlanItem(Viewer viewer, String id, LocalDate doneOn) {
        UnitCode unit = Desks.unitOf(viewer);
        long key = DirectiveIds.ownKey(id, DirectiveIds.PLAN_ITEM, "id", unit);
        LocalDate day = doneOn == null ? calendar.today() : doneOn;
        return door.write(
                unit,
                scope -> plans.completeItem(scope, key, day).orElseThrow(() -> DirectiveIds.notFound("plan item")));
    }

    /**
     * Records a report. A recurring task's report meets its period's obligation; a one-off task's
     * only when it reports the work complete (100%): until then it shows progress.
     */
    Report report(Viewer viewer, NewReport input) {
        UnitCode unit = Desks.unitOf(viewer);
        long key = DirectiveIds.ownKey(input.assignmentId(), DirectiveIds.ASSIGNMENT, "assignmentId", unit);
        if (input.percent() < 0 || input.percent() > 100) {
            throw ApiException.badInput("percent", "The percentage is 0 to 100.");
        }
        String narrative = DirectiveAuthoring.required("narrative", input.narrative(), 10_000);
        LocalDate today = calendar.today();
        return door.write(unit, scope -> {
            Assignment assignment = existing(scope, key, today);
            Obligation obligation = reports.obligationFor(scope, key, input.periodStart(), today)
                    .orElseThrow(
                            () -> ApiException.badInput("periodStart", "The task has no report period starting then."));
            long reportId = reports.insert(
                    scope,
                    key,
                    obligation.periodStart(),
                    input.percent(),
                    narrative,
                    viewer.subject(),
                    Desks.actorName(viewer));
            if (assignment.recurrence() != Recurrence.NONE || input.percent() == 100) {
                reports.meet(scope, key, obligation.periodStart(), reportId);
            }
            assignments.refresh(scope, key, today);
            return reports.find(scope, reportId).orElseThrow();
        });
    }

    Note addNote(Viewer viewer, NewNote input) {
        UnitCode unit = Desks.unitOf(viewer);
        long key = DirectiveIds.ownKey(input.assignmentId(), DirectiveIds.ASSIGNMENT, "assignmentId", unit);
        String body = DirectiveAuthoring.required("body", input.body(), 10_000);
        boolean internal = input.internal() == null || input.internal();
        return door.write(unit, scope -> {
            existing(scope, key, calendar.today());
            return plans.addNote(scope, key, body, internal, viewer.subject(), Desks.actorName(viewer));
        });
    }

    /** The city supervisor returns a report for rework: its obligation is open again. */
    Report returnReport(Viewer viewer, String id, String comment) {
        Desks.citySupervisor(viewer);
        GlobalId reportId = DirectiveIds.unitId(id, DirectiveIds.REPORT, "id");
        String reason = DirectiveAuthoring.required("comment", comment, 2_000);
        UnitCode unit = reportId.unit().orElseThrow();
        long key = reportId.numericKey();
        LocalDate today = calendar.today();
        return door.write(unit, scope -> {
            Report report = reports.find(scope, key).orElseThrow(() -> ApiException.notFound("No such report."));
            if (!reports.returnForRework(scope, key, viewer.subject(), reason)) {
                throw ApiException.conflict("The report was returned already.");
            }
            feed.notify(
                    scope,
                    "REPORT_RETURNED",
                    report.assignmentId(),
                    report.periodEnd(),
                    "Report returned for rework: " + reason);
            assignments.refresh(scope, report.assignmentId(), today);
            return reports.find(scope, key).orElseThrow();
        });
    }

    private Assignment existing(UnitScope scope, long key, LocalDate today) {
        return assignments.find(scope, key, today).orElseThrow(() -> DirectiveIds.notFound("assignment"));
    }
}
