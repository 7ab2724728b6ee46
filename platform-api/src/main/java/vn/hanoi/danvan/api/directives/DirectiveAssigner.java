package vn.hanoi.danvan.api.directives;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.directives.AssignmentRequests.Recorded;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;
import vn.hanoi.danvan.api.tenancy.PlatformScope;
import vn.hanoi.danvan.api.tenancy.UnitDoor;

/**
 * Assigns a task to all units or a selection, as one transaction across the chosen units'
 * schemas: every unit gets its assignment, obligations, notification and fact row, or none does.
 * A unit holds at most one assignment per task, and the request is recorded by its key (the
 * client's, or one derived from the task and the units), so a retry assigns nothing twice and
 * answers as the first request did.
 */
@Service
class DirectiveAssigner {

    /** Which units: all, a list of codes, or one kind (WARD, COMMUNE); exactly one of the three. */
    record UnitSelection(Boolean all, List<String> codes, String kind) {}

    /** What an assignment request did. */
    record Outcome(DirectiveTask task, String requestKey, int unitCount, int created, boolean replayed) {

        int alreadyAssigned() {
            return unitCount - created;
        }
    }

    private final PlatformDoor platform;
    private final UnitDoor units;
    private final DirectiveCatalog catalog;
    private final AssignmentRequests requests;
    private final AssignmentRepository assignments;
    private final DirectiveCalendar calendar;

    DirectiveAssigner(
            PlatformDoor platform,
            UnitDoor units,
            DirectiveCatalog catalog,
            AssignmentRequests requests,
            AssignmentRepository assignments,
            DirectiveCalendar calendar) {
        this.platform = platform;
        this.units = units;
        this.catalog = catalog;
        this.requests = requests;
        this.assignments = assignments;
        this.calendar = calendar;
    }

    Outcome assign(Viewer viewer, String taskId, UnitSelection selection, String requestKey) {
        Desks.citySupervisor(viewer);
        long taskKey = DirectiveIds.cityKey(taskId, DirectiveTask.TYPE, "taskId");
        if (requestKey != null && (requestKey.isBlank() || requestKey.length() > 100)) {
            throw ApiException.badInput("requestKey", "A request key is 1 to 100 characters.");
        }
        DirectiveTask task = platform.read(scope -> catalog.task(scope, taskKey))
                .orElseThrow(() -> ApiException.notFound("No such directive task."));
        List<String> codes = platform.read(scope -> targets(scope, selection));
        String key = requestKey != null ? requestKey : derivedKey(taskKey, codes);
        Recorded earlier = platform.read(scope -> requests.find(scope, key)).orElse(null);
        if (earlier != null) {
            return replay(task, key, codes, earlier);
        }
        LocalDate today = calendar.today();
        List<ReportPeriods.Period> periods = ReportPeriods.of(task, today);
        int created = units.writeAll(codes.stream().map(UnitCode::of).toList(), scopes -> {
            int count = 0;
            for (var scope : scopes) {
                if (assignments.assign(scope, task, periods, viewer.subject(), today)) {
                    count++;
                }
            }
            requests.record(scopes.getFirst(), key, taskKey, codes, count, viewer.subject());
            return count;
        });
        return new Outcome(task, key, codes.size(), created, false);
    }

    private List<String> targets(PlatformScope scope, UnitSelection selection) {
        boolean all = Boolean.TRUE.equals(selection.all());
        boolean listed = selection.codes() != null && !selection.codes().isEmpty();
        boolean byKind = selection.kind() != null;
        if ((all ? 1 : 0) + (listed ? 1 : 0) + (byKind ? 1 : 0) != 1) {
            throw ApiException.badInput("units", "Choose all units, a list of codes, or one kind of unit.");
        }
        if (!listed) {
            List<String> codes = requests.servingUnits(scope, byKind ? selection.kind() : null);
            if (codes.isEmpty()) {
                throw ApiException.badInput("units", "No serving unit matches.");
            }
            return codes;
        }
        List<String> asked = selection.codes().stream().distinct().sorted().toList();
        if (asked.size() > 1000 || !asked.stream().allMatch(UnitCode::isValid)) {
            throw ApiException.badInput("units", "Unit codes are 5 digits, e.g. \"00070\".");
        }
        List<String> serving = requests.servingAmong(scope, asked);
        if (serving.size() != asked.size()) {
            List<String> missing =
                    asked.stream().filter(code -> !serving.contains(code)).toList();
            throw ApiException.badInput("units", "Not serving units: " + String.join(", ", missing) + ".");
        }
        return serving;
    }

    private static Outcome replay(DirectiveTask task, String key, List<String> codes, Recorded earlier) {
        if (earlier.taskId() != task.id() || !earlier.unitCodes().equals(codes)) {
            throw ApiException.conflict("This request key was used for another assignment.");
        }
        return new Outcome(task, key, codes.size(), earlier.created(), true);
    }

    private static String derivedKey(long taskId, List<String> codes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", codes).getBytes(StandardCharsets.UTF_8));
            return "task-" + taskId + "-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
