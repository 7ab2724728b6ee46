package vn.hanoi.danvan.api.directives;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;
import vn.hanoi.danvan.api.tenancy.UnitScope;

/** Which units an assignment reaches, and the record of each assignment request by its key. */
@Repository
class AssignmentRequests {

    /** A request as recorded: the task, the units it reached and how many assignments were new. */
    record Recorded(long taskId, List<String> unitCodes, int created) {}

    /** The serving units, all or of one kind, by code. */
    List<String> servingUnits(PlatformScope platform, String kind) {
        return platform.sql().sql("""
                        select code from platform.unit
                        where status = 'ACTIVE' and (cast(:kind as text) is null or kind = :kind)
                        order by code
                        """).param("kind", kind).query(String.class).list();
    }

    /** Of the given codes (checked already), those of serving units. */
    List<String> servingAmong(PlatformScope platform, List<String> codes) {
        return platform.sql()
                .sql("""
                        select code from platform.unit
                        where status = 'ACTIVE' and code = any(cast(:codes as text[]))
                        order by code
                        """)
                .param("codes", "{" + String.join(",", codes) + "}")
                .query(String.class)
                .list();
    }

    Optional<Recorded> find(PlatformScope platform, String key) {
        return platform.sql()
                .sql("""
                        select task_id, unit_codes, created from platform.directive_assignment_request
                        where request_key = :key
                        """)
                .param("key", key)
                .query((rs, row) -> new Recorded(
                        rs.getLong("task_id"),
                        List.of((String[]) rs.getArray("unit_codes").getArray()),
                        rs.getInt("created")))
                .optional();
    }

    /** Records the request in the same transaction as the units' assignments. */
    void record(UnitScope any, String key, long taskId, List<String> codes, int created, String by) {
        any.sql()
                .sql("""
                        insert into platform.directive_assignment_request (request_key, task_id, unit_codes, created,
                            requested_by)
                        values (:key, :task, cast(:codes as varchar(5)[]), :created, :by)
                        on conflict (request_key) do nothing
                        """)
                .param("key", key)
                .param("task", taskId)
                .param("codes", "{" + String.join(",", codes) + "}")
                .param("created", created)
                .param("by", by)
                .update();
    }
}
