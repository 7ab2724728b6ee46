package vn.hanoi.danvan.api.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * Open cases past (or near) their deadline across units, read from the facts through the
 * partial index {@code petition_fact_open} (due day, unit, id): keyset pages in that order. A
 * suspended case's clock is paused, so it is never overdue while suspended.
 */
@Repository
class OverdueQueries {

    private static final String MATCHING = OversightScope.UNITS_CTE + """
            select f.unit_code, s.name, f.petition_id, f.kind, f.state, f.received_on, f.due_on
              from platform.petition_fact f join scope s on s.code = f.unit_code
             where f.state in """ + ScorecardQueries.OPEN_STATES + """
               and f.state <> 'SUSPENDED' and f.due_on < cast(:today as date) + :within
            """;

    List<OverdueCase> page(PlatformScope platform, OversightScope scope, int within, Page page) {
        Map<String, Object> params = scope.params();
        params.put("within", within);
        Optional<String[]> after = page.after().map(OverdueQueries::position);
        params.put("afterDue", after.map(p -> LocalDate.parse(p[0])).orElse(null));
        params.put("afterUnit", after.map(p -> p[1]).orElse(null));
        params.put("afterId", after.map(p -> Long.parseLong(p[2])).orElse(null));
        params.put("limit", page.first() + 1);
        return platform.sql()
                .sql(MATCHING + """
                           and (cast(:afterDue as date) is null
                                or (f.due_on, f.unit_code, f.petition_id)
                                   > (cast(:afterDue as date), cast(:afterUnit as varchar), cast(:afterId as bigint)))
                         order by f.due_on, f.unit_code, f.petition_id
                         limit :limit
                        """)
                .params(params)
                .query((rs, row) -> overdueCase(rs, scope.asOf()))
                .list();
    }

    int count(PlatformScope platform, OversightScope scope, int within) {
        Map<String, Object> params = scope.params();
        params.put("within", within);
        return platform.sql()
                .sql("select count(*) from (" + MATCHING + ") matching")
                .params(params)
                .query(Integer.class)
                .single();
    }

    /** One case by its unit and id, whatever its state now (for {@code node(id:)}). */
    Optional<OverdueCase> find(PlatformScope platform, UnitCode unit, long petitionId, LocalDate asOf) {
        return platform.sql()
                .sql("""
                        select f.unit_code, u.name, f.petition_id, f.kind, f.state, f.received_on, f.due_on
                          from platform.petition_fact f
                          join platform.unit u on u.code = f.unit_code and u.status <> 'ARCHIVED'
                         where f.unit_code = :unit and f.petition_id = :id and f.due_on is not null
                        """)
                .param("unit", unit.value())
                .param("id", petitionId)
                .query((rs, row) -> overdueCase(rs, asOf))
                .optional();
    }

    private static OverdueCase overdueCase(ResultSet rs, LocalDate asOf) throws SQLException {
        return new OverdueCase(
                rs.getString("unit_code"),
                rs.getString("name"),
                rs.getLong("petition_id"),
                rs.getString("kind"),
                rs.getString("state"),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("due_on", LocalDate.class),
                asOf);
    }

    private static String[] position(String cursor) {
        String[] parts = cursor.split("\\|", 3);
        if (parts.length != 3
                || !parts[0].matches("\\d{4}-\\d{2}-\\d{2}")
                || !UnitCode.isValid(parts[1])
                || !parts[2].matches("\\d{1,18}")) {
            throw ApiException.badInput("after", "Not a cursor this API issued.");
        }
        return parts;
    }
}
