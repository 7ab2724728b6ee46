package vn.hanoi.danvan.api.directives;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.security.Viewer;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** Reading the city's directives and tasks: public to every signed-in member of staff. */
@Service
class DirectiveReads {

    /** A group with its tasks, as the API shows it. */
    record GroupView(String id, int position, String title, List<DirectiveTask> tasks) {}

    private final PlatformDoor platform;
    private final DirectiveCatalog catalog;

    DirectiveReads(PlatformDoor platform, DirectiveCatalog catalog) {
        this.platform = platform;
        this.catalog = catalog;
    }

    Connection<Directive> page(Viewer viewer, Integer first, String after) {
        Desks.signedIn(viewer);
        Page page = Page.of(first, after);
        Long afterId = page.after().map(Cursors::id).orElse(null);
        return platform.read(scope -> Connection.of(
                catalog.page(scope, afterId, page.first()),
                page,
                row -> Page.cursor(String.valueOf(row.id())),
                catalog.count(scope)));
    }

    Optional<Directive> directive(Viewer viewer, GlobalId id) {
        Desks.signedIn(viewer);
        if (!id.type().equals(Directive.TYPE) || id.unit().isPresent()) {
            return Optional.empty();
        }
        return platform.read(scope -> catalog.find(scope, id.numericKey()));
    }

    Optional<DirectiveTask> task(Viewer viewer, GlobalId id) {
        Desks.signedIn(viewer);
        if (!id.type().equals(DirectiveTask.TYPE) || id.unit().isPresent()) {
            return Optional.empty();
        }
        return platform.read(scope -> catalog.task(scope, id.numericKey()));
    }

    DirectiveTask task(long id) {
        return platform.read(scope -> catalog.task(scope, id)).orElseThrow();
    }

    List<GroupView> groups(Directive directive) {
        return platform.read(scope -> {
            Map<Long, List<DirectiveTask>> tasks = catalog.tasks(scope, directive.id()).stream()
                    .collect(Collectors.groupingBy(DirectiveTask::groupId));
            return catalog.groups(scope, directive.id()).stream()
                    .map(group -> new GroupView(
                            DirectiveIds.city("DirectiveTaskGroup", group.id()),
                            group.position(),
                            group.title(),
                            tasks.getOrDefault(group.id(), List.of())))
                    .toList();
        });
    }
}
