package vn.hanoi.danvan.api.directives;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** The unit's plan items and notes on its assignments. */
@Repository
class PlanRepository {

    private static final String ITEM_COLUMNS =
            "id, assignment_id, title, owner_name, starts_on, due_on, done_on from directive_plan_item";

    PlanItem addItem(
            UnitScope unit, long assignmentId, String title, String owner, LocalDate starts, LocalDate due, String by) {
        return unit.sql()
                .sql("""
                        insert into directive_plan_item (assignment_id, title, owner_name, starts_on, due_on, created_by)
                        values (:assignment, :title, :owner, :starts, :due, :by)
                        returning\s""" + ITEM_COLUMNS.replace(" from directive_plan_item", ""))
                .param("assignment", assignmentId)
                .param("title", title)
                .param("owner", owner)
                .param("starts", starts)
                .param("due", due)
                .param("by", by)
                .query(items(unit.unit()))
                .single();
    }

    Optional<PlanItem> completeItem(UnitScope unit, long id, LocalDate doneOn) {
        return unit.sql()
                .sql("update directive_plan_item set done_on = :doneOn where id = :id returning "
                        + ITEM_COLUMNS.replace(" from directive_plan_item", ""))
                .param("id", id)
                .param("doneOn", doneOn)
                .query(items(unit.unit()))
                .optional();
    }

    Optional<PlanItem> item(UnitScope unit, long id) {
        return unit.sql()
                .sql("select " + ITEM_COLUMNS + " where id = :id")
                .param("id", id)
                .query(items(unit.unit()))
                .optional();
    }

    List<PlanItem> items(UnitScope unit, long assignmentId) {
        return unit.sql()
                .sql("select " + ITEM_COLUMNS + " where assignment_id = :id order by due_on, id")
                .param("id", assignmentId)
                .query(items(unit.unit()))
                .list();
    }

    Note addNote(UnitScope unit, long assignmentId, String body, boolean internal, String by, String byName) {
        return unit.sql()
                .sql("""
                        insert into directive_note (assignment_id, body, internal, author_subject, author_name)
                        values (:assignment, :body, :internal, :by, :byName)
                        returning id, body, internal, created_at, coalesce(author_name, author_subject) as author_name
                        """)
                .param("assignment", assignmentId)
                .param("body", body)
                .param("internal", internal)
                .param("by", by)
                .param("byName", byName)
                .query(notes(unit.unit()))
                .single();
    }

    /** The notes the reader may see: all of them for the unit's staff, none internal for others. */
    List<Note> notes(UnitScope unit, long assignmentId, boolean withInternal) {
        return unit.sql()
                .sql("""
                        select id, body, internal, created_at, coalesce(author_name, author_subject) as author_name
                        from directive_note where assignment_id = :id and (:withInternal or not internal)
                        order by id
                        """)
                .param("id", assignmentId)
                .param("withInternal", withInternal)
                .query(notes(unit.unit()))
                .list();
    }

    private static RowMapper<PlanItem> items(UnitCode unit) {
        return (rs, row) -> new PlanItem(
                DirectiveIds.unit(DirectiveIds.PLAN_ITEM, unit, rs.getLong("id")),
                rs.getLong("id"),
                rs.getLong("assignment_id"),
                rs.getString("title"),
                rs.getString("owner_name"),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                rs.getObject("done_on", LocalDate.class));
    }

    private static RowMapper<Note> notes(UnitCode unit) {
        return (rs, row) -> new Note(
                DirectiveIds.unit(DirectiveIds.NOTE, unit, rs.getLong("id")),
                rs.getString("body"),
                rs.getBoolean("internal"),
                AssignmentRepository.instant(rs, "created_at"),
                rs.getString("author_name"));
    }
}
