package vn.hanoi.danvan.api.receptions;

import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.GlobalId;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;

/** Receptions are a unit's own work: only its officers and leaders reach them. */
final class ReceptionStaff {

    private ReceptionStaff() {}

    /** The unit the viewer works in, or the refusal that explains why there is none. */
    static UnitCode unitOf(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
        return viewer.unit()
                .filter(viewer::worksIn)
                .orElseThrow(() -> ApiException.forbidden(
                        "Citizen receptions are kept by the unit's own staff; city roles use oversight."));
    }

    /**
     * Whether the viewer may see who the visitors of an entry are. Once a denunciation is raised the
     * entry follows the denouncer rules: the officer who received them (who handles what they
     * raised) and the unit's leaders only (Law on Denunciation 2018, arts. 8, 9, 47). Otherwise the
     * unit's staff. City roles and third parties never.
     */
    static boolean maySeeVisitors(Viewer viewer, ReceptionEntry entry) {
        if (!viewer.worksIn(entry.unit())) {
            return false;
        }
        return !entry.confidential()
                || viewer.has(Role.UNIT_LEADER)
                || viewer.subject().equals(entry.recordedBy());
    }

    static String actorName(Viewer viewer) {
        return viewer.name() == null ? viewer.subject() : viewer.name();
    }

    static String idOf(String type, UnitCode unit, long id) {
        return GlobalId.of(type, unit, id).encode();
    }

    /**
     * An object's id within the viewer's unit. Another unit's id reads exactly like a missing one:
     * NOT_FOUND, and nothing about whether it exists.
     */
    static long localId(String field, String id, String type, UnitCode viewerUnit) {
        GlobalId global = GlobalId.decode(id);
        if (!global.type().equals(type)) {
            throw ApiException.badInput(field, "Not a " + type + " id.");
        }
        if (global.unit().filter(viewerUnit::equals).isEmpty()) {
            throw notFound(type);
        }
        return global.numericKey();
    }

    static ApiException notFound(String type) {
        return ApiException.notFound("No such " + type + " in your unit.");
    }
}
