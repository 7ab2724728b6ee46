package vn.hanoi.danvan.api.directives;

import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.security.Role;
import vn.hanoi.danvan.api.security.Viewer;

/**
 * Who may do what with directive tasks: the city supervisor issues and assigns them and may
 * return a report; city-level roles read progress; a unit's staff carry out their own unit's
 * assignments and nobody else's.
 */
final class Desks {

    private Desks() {}

    static void signedIn(Viewer viewer) {
        if (!viewer.signedIn()) {
            throw ApiException.unauthenticated();
        }
    }

    /** The city supervisor, who issues directive tasks and returns reports for rework. */
    static void citySupervisor(Viewer viewer) {
        signedIn(viewer);
        if (!viewer.has(Role.CITY_SUPERVISOR)) {
            throw ApiException.forbidden("Directive tasks are issued and assigned by a city supervisor.");
        }
    }

    /** City supervisors and platform admins: progress across units, never a unit's internal notes. */
    static void cityLevel(Viewer viewer) {
        signedIn(viewer);
        if (!viewer.isCityLevel()) {
            throw ApiException.forbidden("Progress across units is for city-level roles.");
        }
    }

    /** The unit whose assignments the viewer works on. */
    static UnitCode unitOf(Viewer viewer) {
        signedIn(viewer);
        return viewer.unit()
                .filter(viewer::worksIn)
                .orElseThrow(() -> ApiException.forbidden(
                        "Assignments are carried out by the unit's own staff; city roles read progress."));
    }

    static String actorName(Viewer viewer) {
        return viewer.name() == null ? viewer.subject() : viewer.name();
    }
}
