package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.directives.DirectiveProgress.TaskProgress;
import vn.hanoi.danvan.api.directives.DirectiveProgress.UnitCell;
import vn.hanoi.danvan.api.directives.DirectiveProgress.UnitProgress;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** The city's progress view of a directive, read from the oversight facts in one transaction. */
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
            Map<Long, List<UnitCell>> cells = new LinkedHashMap<>();
            for (ProgressFacts.Row row : facts.ofDirective(scope, key, today)) {
                cells.computeIfAbsent(row.taskId(), id -> new ArrayList<>()).add(row.cell());
            }
            List<UnitProgress> units = byUnit(cells.values());
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                columns.put(units.get(i).unitCode(), i);
            }
            List<TaskProgress> byTask = tasks.stream()
                    .map(task -> task(task, cells.getOrDefault(task.id(), List.of()), columns))
                    .toList();
            return new DirectiveProgress(directive, today, byTask, units);
        });
    }

    private static TaskProgress task(DirectiveTask task, List<UnitCell> units, Map<String, Integer> columns) {
        DirectiveTaskStatus[] statuses = new DirectiveTaskStatus[columns.size()];
        Integer[] percents = new Integer[columns.size()];
        for (UnitCell cell : units) {
            int column = columns.get(cell.unitCode());
            statuses[column] = cell.status();
            percents[column] = cell.percent();
        }
        Map<DirectiveTaskStatus, Integer> counts = counts(units);
        double average = units.stream().mapToInt(UnitCell::percent).average().orElse(0);
        return new TaskProgress(
                task,
                units.size(),
                counts.get(DirectiveTaskStatus.NOT_STARTED),
                counts.get(DirectiveTaskStatus.IN_PROGRESS),
                counts.get(DirectiveTaskStatus.DONE),
                counts.get(DirectiveTaskStatus.LATE),
                Math.round(average * 10) / 10.0,
                Arrays.asList(statuses),
                Arrays.asList(percents),
                units);
    }

    private static List<UnitProgress> byUnit(Iterable<List<UnitCell>> cellsByTask) {
        Map<String, List<UnitCell>> byUnit = new TreeMap<>();
        for (List<UnitCell> cells : cellsByTask) {
            for (UnitCell cell : cells) {
                byUnit.computeIfAbsent(cell.unitCode(), code -> new ArrayList<>())
                        .add(cell);
            }
        }
        return byUnit.values().stream()
                .map(cells -> {
                    Map<DirectiveTaskStatus, Integer> counts = counts(cells);
                    return new UnitProgress(
                            cells.getFirst().unitCode(),
                            cells.getFirst().unitName(),
                            cells.size(),
                            counts.get(DirectiveTaskStatus.NOT_STARTED),
                            counts.get(DirectiveTaskStatus.IN_PROGRESS),
                            counts.get(DirectiveTaskStatus.DONE),
                            counts.get(DirectiveTaskStatus.LATE));
                })
                .toList();
    }

    private static Map<DirectiveTaskStatus, Integer> counts(List<UnitCell> cells) {
        Map<DirectiveTaskStatus, Integer> counts = new EnumMap<>(DirectiveTaskStatus.class);
        for (DirectiveTaskStatus status : DirectiveTaskStatus.values()) {
            counts.put(status, 0);
        }
        cells.forEach(cell -> counts.merge(cell.status(), 1, Integer::sum));
        return counts;
    }
}
