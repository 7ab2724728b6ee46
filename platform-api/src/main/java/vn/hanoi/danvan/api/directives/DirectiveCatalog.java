package vn.hanoi.danvan.api.directives;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/** Directives, their groups and tasks in {@code platform}: the city's own records. */
@Repository
class DirectiveCatalog {

    private static final String TASK_COLUMNS = """
            t.id, t.directive_id, t.group_id, d.number, g.position as group_position, t.position, t.title,
            t.description, t.expected_output, t.recurrence, t.due_on, t.starts_on, t.ends_on
            from platform.directive_task t
            join platform.directive d on d.id = t.directive_id
            join platform.directive_task_group g on g.id = t.group_id
            """;

    /** Newest first, {@code first + 1} rows after the cursor's id. */
    List<Directive> page(PlatformScope platform, Long afterId, int first) {
        return platform.sql()
                .sql("""
                        select id, number, title, issued_on, issuer, summary from platform.directive
                        where :after::bigint is null or id < :after
                        order by id desc limit :limit
                        """)
                .param("after", afterId)
                .param("limit", first + 1)
                .query(Directive.class)
                .list();
    }

    int count(PlatformScope platform) {
        return platform.sql()
                .sql("select count(*) from platform.directive")
                .query(Integer.class)
                .single();
    }

    Optional<Directive> find(PlatformScope platform, long id) {
        return platform.sql()
                .sql("select id, number, title, issued_on, issuer, summary from platform.directive where id = :id")
                .param("id", id)
                .query(Directive.class)
                .optional();
    }

    List<TaskGroup> groups(PlatformScope platform, long directiveId) {
        return platform.sql()
                .sql("""
                        select id, directive_id, position, title from platform.directive_task_group
                        where directive_id = :id order by position
                        """)
                .param("id", directiveId)
                .query(TaskGroup.class)
                .list();
    }

    List<DirectiveTask> tasks(PlatformScope platform, long directiveId) {
        return platform.sql()
                .sql("select " + TASK_COLUMNS + " where t.directive_id = :id order by g.position, t.position")
                .param("id", directiveId)
                .query(DirectiveCatalog::task)
                .list();
    }

    Optional<DirectiveTask> task(PlatformScope platform, long taskId) {
        return platform.sql()
                .sql("select " + TASK_COLUMNS + " where t.id = :id")
                .param("id", taskId)
                .query(DirectiveCatalog::task)
                .optional();
    }

    Optional<Directive> insertDirective(PlatformScope platform, NewDirective directive, String by) {
        return platform.sql()
                .sql("""
                        insert into platform.directive (number, title, issued_on, issuer, summary, created_by)
                        values (:number, :title, :issuedOn, :issuer, :summary, :by)
                        on conflict (number) do nothing
                        returning id, number, title, issued_on, issuer, summary
                        """)
                .param("number", directive.number())
                .param("title", directive.title())
                .param("issuedOn", directive.issuedOn())
                .param("issuer", directive.issuer())
                .param("summary", directive.summary())
                .param("by", by)
                .query(Directive.class)
                .optional();
    }

    void insertGroup(PlatformScope platform, long directiveId, int position, String title) {
        platform.sql()
                .sql("""
                        insert into platform.directive_task_group (directive_id, position, title)
                        values (:directive, :position, :title)
                        """)
                .param("directive", directiveId)
                .param("position", position)
                .param("title", title)
                .update();
    }

    /** Adds the task at the end of its group; the id of the new task. */
    long insertTask(PlatformScope platform, TaskGroup group, NewTask task, String by) {
        return platform.sql()
                .sql("""
                        insert into platform.directive_task (directive_id, group_id, position, title, description,
                            expected_output, recurrence, due_on, starts_on, ends_on, created_by)
                        select :directive, :group, coalesce(max(position), 0) + 1, :title, :description,
                            :expectedOutput, :recurrence, :dueOn, :startsOn, :endsOn, :by
                        from platform.directive_task where group_id = :group
                        returning id
                        """)
                .param("directive", group.directiveId())
                .param("group", group.id())
                .param("title", task.title())
                .param("description", task.description())
                .param("expectedOutput", task.expectedOutput())
                .param("recurrence", task.recurrence().name())
                .param("dueOn", task.dueOn())
                .param("startsOn", task.startsOn())
                .param("endsOn", task.endsOn())
                .param("by", by)
                .query(Long.class)
                .single();
    }

    private static DirectiveTask task(ResultSet rs, int row) throws SQLException {
        return new DirectiveTask(
                rs.getLong("id"),
                rs.getLong("directive_id"),
                rs.getLong("group_id"),
                rs.getString("number"),
                rs.getInt("group_position"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("description"),
                rs.getString("expected_output"),
                Recurrence.valueOf(rs.getString("recurrence")),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class));
    }

    /** A directive as the city enters it. */
    record NewDirective(
            String number, String title, LocalDate issuedOn, String issuer, String summary, List<String> groups) {}

    /** A task as the city enters it. */
    record NewTask(
            String directiveId,
            int groupPosition,
            String title,
            String description,
            String expectedOutput,
            Recurrence recurrence,
            LocalDate dueOn,
            LocalDate startsOn,
            LocalDate endsOn) {}
}
