package vn.hanoi.danvan.api.units;

import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.Connection;
import vn.hanoi.danvan.api.graphql.Page;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * {@code unit(code)} and {@code units}. Unit staff see their own unit only; the list of all units
 * is for city-level roles.
 */
@Controller
class UnitController {

    private final UnitListing listing;

    UnitController(UnitListing listing) {
        this.listing = listing;
    }

    @QueryMapping
    UnitView unit(@Argument String code, @ContextValue Viewer viewer) {
        UnitCode unit = requireReadable(UnitCode.of(code), viewer);
        return listing.find(unit).orElseThrow(() -> ApiException.notFound("No unit with code " + code + "."));
    }

    @QueryMapping
    Connection<UnitView> units(
            @Argument UnitFilter filter, @Argument Integer first, @Argument String after, @ContextValue Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        if (!viewer.isCityLevel()) {
            throw ApiException.forbidden("The list of all units is for city-level roles.");
        }
        UnitFilter effective = filter == null ? UnitFilter.NONE : filter;
        Page page = Page.of(first, after);
        return Connection.of(
                listing.page(effective, page), page, unit -> Page.cursor(unit.code()), listing.count(effective));
    }

    /** The viewer's own unit, for {@code me { unit }}. */
    @SchemaMapping(typeName = "Viewer", field = "unit")
    Optional<UnitView> viewerUnit(Viewer viewer) {
        return viewer.unit().flatMap(listing::find);
    }

    @SchemaMapping(typeName = "Unit", field = "id")
    String id(UnitView unit) {
        return unit.id();
    }

    static UnitCode requireReadable(UnitCode code, Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        if (!viewer.isCityLevel() && !viewer.worksIn(code)) {
            throw ApiException.forbidden("Unit staff see their own unit only.");
        }
        return code;
    }
}
