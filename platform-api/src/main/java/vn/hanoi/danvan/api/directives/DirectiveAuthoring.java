package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.directives.DirectiveCatalog.NewDirective;
import vn.hanoi.danvan.api.directives.DirectiveCatalog.NewTask;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** The city supervisor enters a directive with its groups of tasks, then its tasks. */
@Service
class DirectiveAuthoring {

    private final PlatformDoor platform;
    private final DirectiveCatalog catalog;

    DirectiveAuthoring(PlatformDoor platform, DirectiveCatalog catalog) {
        this.platform = platform;
        this.catalog = catalog;
    }

    Directive create(Viewer viewer, NewDirective input) {
        Desks.citySupervisor(viewer);
        String number = required("number", input.number(), 40);
        required("title", input.title(), 500);
        required("issuer", input.issuer(), 200);
        if (input.issuedOn() == null) {
            throw ApiException.badInput("issuedOn", "Give the day the directive was issued.");
        }
        if (input.groups() == null || input.groups().isEmpty() || input.groups().size() > 20) {
            throw ApiException.badInput("groups", "A directive has 1 to 20 groups of tasks.");
        }
        input.groups().forEach(title -> required("groups", title, 500));
        return platform.write(scope -> {
            Directive directive = catalog.insertDirective(scope, input, viewer.subject())
                    .orElseThrow(() -> ApiException.conflict("Directive " + number + " is already recorded."));
            for (int i = 0; i < input.groups().size(); i++) {
                catalog.insertGroup(scope, directive.id(), i + 1, input.groups().get(i));
            }
            return directive;
        });
    }

    DirectiveTask addTask(Viewer viewer, NewTask input) {
        Desks.citySupervisor(viewer);
        long directiveId = DirectiveIds.cityKey(input.directiveId(), Directive.TYPE, "directiveId");
        required("title", input.title(), 500);
        checkSchedule(input);
        return platform.write(scope -> {
            TaskGroup group = catalog.groups(scope, directiveId).stream()
                    .filter(candidate -> candidate.position() == input.groupPosition())
                    .findFirst()
                    .orElseThrow(() -> ApiException.badInput("groupPosition", "The directive has no such group."));
            long id = catalog.insertTask(scope, group, input, viewer.subject());
            return catalog.task(scope, id).orElseThrow();
        });
    }

    private static void checkSchedule(NewTask input) {
        if (input.recurrence() == Recurrence.NONE) {
            if (input.dueOn() == null || input.startsOn() != null || input.endsOn() != null) {
                throw ApiException.badInput("dueOn", "A one-off task has a deadline (dueOn) and no period.");
            }
            return;
        }
        LocalDate starts = input.startsOn();
        LocalDate ends = input.endsOn();
        if (input.dueOn() != null || starts == null || ends == null || ends.isBefore(starts)) {
            throw ApiException.badInput(
                    "startsOn", "A recurring task runs from startsOn to endsOn (not before it) and has no dueOn.");
        }
        if (ChronoUnit.MONTHS.between(starts, ends) >= ReportPeriods.MAX_PERIODS) {
            throw ApiException.badInput("endsOn", "A recurring task runs five years at most.");
        }
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badInput(field, "Give the " + field + ".");
        }
        if (value.length() > max) {
            throw ApiException.badInput(field, "The " + field + " is " + max + " characters at most.");
        }
        return value.strip();
    }
}
