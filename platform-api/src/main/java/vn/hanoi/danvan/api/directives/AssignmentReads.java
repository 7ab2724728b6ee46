package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.UnitDirectory;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Reading assignments: a unit's staff read their own unit's, with everything in them; a
 * city-level viewer reads one unit's assignment at a time (a drill-down from the progress view),
 * without the notes the unit keeps internal. Another unit's staff see nothing of it.
 */
@Service
class AssignmentReads {

    private final UnitDoor door;
    private final UnitDirectory directory;
    private final AssignmentRepository assignments;
    private final DirectiveReportRepository reports;
    private final PlanRepository plans;
    private final FeedRepository feed;
    private final DirectiveCalendar calendar;

    AssignmentReads(
            UnitDoor door,
            UnitDirectory directory,
            AssignmentRepository assignments,
            DirectiveReportRepository reports,
            PlanRepository plans,
            FeedRepository feed,
            DirectiveCalendar calendar) {
        this.door = door;
        this.directory = directory;
        this.assignments = assignments;
        this.reports = reports;
        this.plans = plans;
        this.feed = feed;
        this.calendar = calendar;
    }

    /** The viewer's unit's assignments, newest first. */
    Connection<Assignment> page(Viewer viewer, Integer first, String after) {
        UnitCode unit = Desks.unitOf(viewer);
        Page page = Page.of(first, after);
        Long afterId = page.after().map(Cursors::id).orElse(null);
        LocalDate today = calendar.today();
        return door.read(
                unit,
                scope -> Connection.of(
                        assignments.page(scope, afterId, page.first(), today),
                        page,
                        row -> Page.cursor(String.valueOf(row.key())),
                        assignments.count(scope)));
    }

    /** The unit's feed, newest first. */
    Connection<Notification> feed(Viewer viewer, Integer first, String after) {
        UnitCode unit = Desks.unitOf(viewer);
        Page page = Page.of(first, after);
        Long afterId = page.after().map(Cursors::id).orElse(null);
        return door.read(
                unit,
                scope -> Connection.of(
                        feed.page(scope, afterId, page.first()),
                        page,
                        row -> Page.cursor(String.valueOf(row.key())),
                        feed.count(scope)));
    }

    /** One assignment, if the viewer may see it: its unit's staff, or a city-level role. */
    Optional<Assignment> one(Viewer viewer, GlobalId id) {
        Desks.signedIn(viewer);
        if (!id.type().equals(DirectiveIds.ASSIGNMENT) || !readable(viewer, id)) {
            return Optional.empty();
        }
        UnitCode unit = id.unit().orElseThrow();
        if (directory.find(unit).isEmpty()) {
            return Optional.empty();
        }
        return door.read(unit, scope -> assignments.find(scope, id.numericKey(), calendar.today()));
    }

    List<Obligation> obligations(Assignment assignment) {
        return door.read(assignment.unit(), scope -> assignments.obligations(scope, assignment.key()));
    }

    List<Report> reports(Assignment assignment) {
        return door.read(assignment.unit(), scope -> reports.of(scope, assignment.key()));
    }

    Optional<Report> report(Viewer viewer, GlobalId id) {
        Desks.signedIn(viewer);
        if (!id.type().equals(DirectiveIds.REPORT) || !readable(viewer, id)) {
            return Optional.empty();
        }
        return door.read(id.unit().orElseThrow(), scope -> reports.find(scope, id.numericKey()));
    }

    Optional<PlanItem> planItem(Viewer viewer, GlobalId id) {
        Desks.signedIn(viewer);
        if (!id.type().equals(DirectiveIds.PLAN_ITEM) || !readable(viewer, id)) {
            return Optional.empty();
        }
        return door.read(id.unit().orElseThrow(), scope -> plans.item(scope, id.numericKey()));
    }

    List<PlanItem> planItems(Assignment assignment) {
        return door.read(assignment.unit(), scope -> plans.items(scope, assignment.key()));
    }

    /** Internal notes only for the unit's own staff. */
    List<Note> notes(Viewer viewer, Assignment assignment) {
        boolean staff = viewer.worksIn(assignment.unit());
        return door.read(assignment.unit(), scope -> plans.notes(scope, assignment.key(), staff));
    }

    String unitName(UnitCode code) {
        return directory.find(code).map(Unit::name).orElse(code.value());
    }

    private static boolean readable(Viewer viewer, GlobalId id) {
        return id.unit()
                .filter(unit -> viewer.worksIn(unit) || viewer.isCityLevel())
                .isPresent();
    }
}
