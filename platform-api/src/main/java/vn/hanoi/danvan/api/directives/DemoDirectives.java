package vn.hanoi.danvan.api.directives;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.directives.AssignmentWork.NewReport;
import vn.hanoi.danvan.api.directives.DirectiveAssigner.UnitSelection;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * Demo directive work for the embedded default: the seeded tasks of 07-CT/TU and 36-CT/TU
 * assigned to every unit, and a few units that accepted and reported, so the progress view and
 * the units' feeds have something to show. Each assignment has its own request key, so a restart
 * assigns nothing again; reports are added only alongside a new assignment.
 */
@Component
public class DemoDirectives {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectives.class);

    private static final Viewer CITY = new Viewer(
            "supervisor.city", "Phạm Thu Hà", Optional.empty(), Set.of(Role.CITY_SUPERVISOR), Set.of(), null);

    /** Units that report in the demo: Hoàn Kiếm and Ba Đình, where the demo officers work. */
    private static final List<String> REPORTING = List.of("00070", "00004");

    private final PlatformDoor platform;
    private final DirectiveCatalog catalog;
    private final DirectiveAssigner assigner;
    private final AssignmentWork work;

    DemoDirectives(PlatformDoor platform, DirectiveCatalog catalog, DirectiveAssigner assigner, AssignmentWork work) {
        this.platform = platform;
        this.catalog = catalog;
        this.assigner = assigner;
        this.work = work;
    }

    /** Assigns the seeded tasks to every unit; how many assignments were new. */
    public int seed() {
        List<DirectiveTask> tasks = platform.read(scope -> catalog.page(scope, null, 10).stream()
                .filter(directive -> directive.number().equals("07-CT/TU")
                        || directive.number().equals("36-CT/TU"))
                .flatMap(directive -> catalog.tasks(scope, directive.id()).stream())
                .toList());
        int created = 0;
        for (DirectiveTask task : tasks) {
            DirectiveAssigner.Outcome outcome = assigner.assign(
                    CITY,
                    DirectiveIds.city(DirectiveTask.TYPE, task.id()),
                    new UnitSelection(true, null, null),
                    "demo-" + task.id());
            created += outcome.replayed() ? 0 : outcome.created();
            if (!outcome.replayed()) {
                REPORTING.forEach(code -> report(code, task));
            }
        }
        log.info("Demo data: {} directive assignments", created);
        return created;
    }

    private void report(String code, DirectiveTask task) {
        UnitCode unit = UnitCode.of(code);
        Viewer officer = new Viewer(
                "officer." + code, "Cán bộ " + code, Optional.of(unit), Set.of(Role.UNIT_OFFICER), Set.of(), null);
        String assignment = DirectiveIds.unit(DirectiveIds.ASSIGNMENT, unit, task.id());
        work.accept(officer, assignment);
        int percent =
                task.recurrence() == Recurrence.NONE ? (task.position() + task.groupPosition()) % 2 * 50 + 50 : 40;
        work.report(
                officer,
                new NewReport(
                        assignment,
                        percent,
                        "Đã quán triệt đến chi bộ, tổ dân phố; kết quả " + percent + "% kế hoạch.",
                        null));
    }
}
