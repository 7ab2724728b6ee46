package vn.hanoi.danvan.api.petitions;

import java.util.function.Predicate;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * Petitions are a unit's own work: only its officers and leaders reach them, and through the
 * GraphQL operations {@code AccessRules} opens to them, a third-party client bound to the unit.
 */
final class Staff {

    private Staff() {}

    /** The unit the viewer works in, or the refusal that explains why there is none. */
    static UnitCode unitOf(Viewer viewer) {
        return unit(viewer, viewer::worksIn);
    }

    /**
     * The unit the viewer acts for in a GraphQL petition operation: its staff's, or a bound
     * client's (whose scopes {@code AccessRules} checked before the operation ran).
     */
    static UnitCode unitActedFor(Viewer viewer) {
        return unit(viewer, viewer::actsFor);
    }

    private static UnitCode unit(Viewer viewer, Predicate<UnitCode> reaches) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        return viewer.unit()
                .filter(reaches)
                .orElseThrow(() -> ApiException.forbidden(
                        "Petitions are handled by the unit's own staff; city roles use oversight."));
    }

    /**
     * Whether the viewer may see who the petitioners are. A denouncer's identity is for the
     * assigned handler and the unit's leaders only (Law on Denunciation 2018, arts. 8, 9, 47);
     * other petitioners' identity is for the unit's staff. City roles and third parties never.
     */
    static boolean maySeeIdentity(Viewer viewer, Petition petition) {
        if (!viewer.worksIn(petition.unit())) {
            return false;
        }
        if (!petition.isDenunciation()) {
            return true;
        }
        return viewer.has(Role.UNIT_LEADER) || viewer.subject().equals(petition.handlerSubject());
    }

    static String actorName(Viewer viewer) {
        return viewer.name() == null ? viewer.subject() : viewer.name();
    }
}
