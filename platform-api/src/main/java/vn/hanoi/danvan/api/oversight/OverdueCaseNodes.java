package vn.hanoi.danvan.api.oversight;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.NodeResolver;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * {@code node(id:)} for an overdue case row: city supervisors get the PII-free row again; anyone
 * else gets nothing. The petition behind it opens through its own id, for the unit's staff only.
 */
@Component
class OverdueCaseNodes implements NodeResolver {

    private final CityOversight oversight;

    OverdueCaseNodes(CityOversight oversight) {
        this.oversight = oversight;
    }

    @Override
    public String type() {
        return OverdueCase.TYPE;
    }

    @Override
    public Class<?> javaType() {
        return OverdueCase.class;
    }

    @Override
    public Optional<?> resolve(GlobalId id, Viewer viewer) {
        if (!viewer.has(Role.CITY_SUPERVISOR) || id.unit().isEmpty()) {
            return Optional.empty();
        }
        return oversight.overdueCase(id.unit().get(), id.numericKey());
    }
}
