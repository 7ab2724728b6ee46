package vn.hanoi.danvan.api.units;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.graphql.NodeResolver;
import vn.hanoi.danvan.api.security.Viewer;

/** {@code node(id:)} for units: city roles see any, unit staff their own. */
@Component
class UnitNodes implements NodeResolver {

    private final UnitListing listing;

    UnitNodes(UnitListing listing) {
        this.listing = listing;
    }

    @Override
    public String type() {
        return UnitView.TYPE;
    }

    @Override
    public Class<?> javaType() {
        return UnitView.class;
    }

    @Override
    public Optional<?> resolve(GlobalId id, Viewer viewer) {
        if (!UnitCode.isValid(id.key())) {
            return Optional.empty();
        }
        UnitCode code = UnitCode.of(id.key());
        if (!viewer.isCityLevel() && !viewer.worksIn(code)) {
            return Optional.empty();
        }
        return listing.find(code);
    }
}
