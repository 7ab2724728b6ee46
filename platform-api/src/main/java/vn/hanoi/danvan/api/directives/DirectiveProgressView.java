package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.directives.DirectiveProgress.TaskProgress;
import vn.hanoi.danvan.api.directives.DirectiveProgress.UnitCell;
import vn.hanoi.danvan.api.directives.DirectiveProgress.UnitProgress;
import vn.hanoi.danvan.api.directives.ProgressFacts.TaskRow;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/**
 * The city's progress view of a directive, read from the oversight facts in one transaction:
 * the grid aggregated per task in the database; the units' full cells in one more query, for
 * the tasks whose cells are asked for.
 */
@Service
class DirectiveProgressView {

    private final PlatformDoor platform;
    private final DirectiveCatalog catalog;
    private final ProgressFacts facts;
    private final DirectiveCalendar calendar;

    DirectiveProgressView(
            PlatformDoor platform, DirectiveCatalog catalog, ProgressFacts facts, DirectiveCalendar calendar) {
        this.platform = platform;
        this.catalog = catalog;
        this.facts = facts;
        this.calendar = calendar;
    }

    DirectiveProgress of(Viewer viewer, String directiveId) {
        Desks.cityLevel(viewer);
        long key = DirectiveIds.cityKey(directiveId, Directive.TYPE, "directiveId");
        LocalDate today = calendar.today();
        return platform.read(scope -> {
            Directive directive =
                    catalog.find(scope, key).orElseThrow(() -> ApiException.notFound("No such directive."));
            List<DirectiveTask> tasks = catalog.tasks(scope, key);
            Map<Long, TaskRow> rows = new HashMap<>();
            TreeSet<String> codes = new TreeSet<>();
            for (TaskRow row : facts.grid(scope, key, today)) {
                rows.put(row.taskId(), row);
                codes.addAll(row.units());
            }
            List<String> columns = List.copyOf(codes);
            Map<String, Integer> columnOf = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                columnOf.put(columns.get(i), i);
            }
            int[][] counts = new int[columns.size()][DirectiveTaskStatus.values().length];
            List<TaskProgress> byTask = new ArrayList<>();
            for (DirectiveTask task : tasks) {
                byTask.add(task(task, today, rows.get(task.id()), columnOf, counts));
            }
            Map<String, String> names = columns.isEmpty() ? Map.of() : facts.unitNames(scope);
            List<UnitProgress> units = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                int[] unit = counts[i];
                String code = columns.get(i);
                units.add(new UnitProgress(
                        code,
                        names.getOrDefault(code, code),
                        Arrays.stream(unit).sum(),
                        unit[DirectiveTaskStatus.NOT_STARTED.ordinal()],
                        unit[DirectiveTaskStatus.IN_PROGRESS.ordinal()],
                        unit[DirectiveTaskStatus.DONE.ordinal()],
                        unit[DirectiveTaskStatus.LATE.ordinal()]));
            }
            return new DirectiveProgress(directive, today, byTask, units);
        });
    }

    /** The full cells of these tasks (of one directive), in one read. */
    Map<TaskProgress, List<UnitCell>> cells(List<TaskProgress> tasks) {
        if (tasks.isEmpty()) {
            return Map.of();
        }
        TaskProgress first = tasks.getFirst();
        Map<Long, List<UnitCell>> byTask = new HashMap<>();
        platform.read(scope -> facts.ofDirective(scope, first.task().directiveId(), first.asOf()))
                .forEach(row -> byTask.computeIfAbsent(row.taskId(), id -> new ArrayList<>())
                        .add(row.cell()));
        Map<TaskProgress, List<UnitCell>> cells = new HashMap<>();
        tasks.forEach(task -> cells.put(task, byTask.getOrDefault(task.task().id(), List.of())));
        return cells;
    }

    private static TaskProgress task(
            DirectiveTask task, LocalDate today, TaskRow row, Map<String, Integer> columnOf, int[][] counts) {
        DirectiveTaskStatus[] statuses = new DirectiveTaskStatus[columnOf.size()];
        Integer[] percents = new Integer[columnOf.size()];
        int[] byStatus = new int[DirectiveTaskStatus.values().length];
        if (row != null) {
            for (int i = 0; i < row.units().size(); i++) {
                int column = columnOf.get(row.units().get(i));
                DirectiveTaskStatus status =
                        DirectiveTaskStatus.valueOf(row.statuses().get(i));
                statuses[column] = status;
                percents[column] = row.percents().get(i);
                byStatus[status.ordinal()]++;
                counts[column][status.ordinal()]++;
            }
        }
        return new TaskProgress(
                task,
                today,
                row == null ? 0 : row.units().size(),
                byStatus[DirectiveTaskStatus.NOT_STARTED.ordinal()],
                byStatus[DirectiveTaskStatus.IN_PROGRESS.ordinal()],
                byStatus[DirectiveTaskStatus.DONE.ordinal()],
                byStatus[DirectiveTaskStatus.LATE.ordinal()],
                row == null ? 0 : Math.round(row.averagePercent() * 10) / 10.0,
                Arrays.asList(statuses),
                Arrays.asList(percents));
    }
}
