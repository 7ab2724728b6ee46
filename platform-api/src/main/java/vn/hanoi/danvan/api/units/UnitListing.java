package vn.hanoi.danvan.api.units;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** Reads the unit registry for the API's lists: filters, keyset pages on the code, counts. */
@Repository
class UnitListing {

    private static final String WHERE = """
             where status <> 'ARCHIVED'
               and (cast(:kind as text) is null or kind = :kind)
               and (cast(:status as text) is null or status = :status)
               and (cast(:search as text) is null or slug like '%' || :search || '%')
            """;

    private final PlatformDoor door;

    UnitListing(PlatformDoor door) {
        this.door = door;
    }

    List<UnitView> page(UnitFilter filter, Page page) {
        return door.read(platform -> platform.sql()
                .sql("select code, name, slug, kind, status from platform.unit" + WHERE + """
                           and (cast(:after as text) is null or code > :after)
                         order by code
                         limit :limit
                        """)
                .params(filterParams(filter))
                .param("after", page.after().orElse(null))
                .param("limit", page.first() + 1)
                .query(UnitView.class)
                .list());
    }

    int count(UnitFilter filter) {
        return door.read(platform -> platform.sql()
                .sql("select count(*) from platform.unit" + WHERE)
                .params(filterParams(filter))
                .query(Integer.class)
                .single());
    }

    Optional<UnitView> find(UnitCode code) {
        return door.read(platform -> platform.sql()
                .sql("""
                        select code, name, slug, kind, status from platform.unit
                         where code = :code and status <> 'ARCHIVED'
                        """)
                .param("code", code.value())
                .query(UnitView.class)
                .optional());
    }

    private static Map<String, Object> filterParams(UnitFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", filter.kind() == null ? null : filter.kind().name());
        params.put("status", filter.status() == null ? null : filter.status().name());
        params.put("search", Slugs.searchable(filter.search()));
        return params;
    }
}
