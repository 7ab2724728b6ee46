package vn.hanoi.danvan.api.petitions;

import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.GlobalId;

/** Petition global ids ({@code Petition:<unit>:<id>}) and what a wrong one gets. */
final class PetitionIds {

    private PetitionIds() {}

    static String of(Petition petition) {
        return GlobalId.of(Petition.TYPE, petition.unit(), petition.id()).encode();
    }

    /**
     * The petition's id within the viewer's unit. Another unit's id reads exactly like a missing
     * one: NOT_FOUND, and nothing about whether it exists.
     */
    static long localId(String id, UnitCode viewerUnit) {
        GlobalId global = GlobalId.decode(id);
        if (!global.type().equals(Petition.TYPE)) {
            throw ApiException.badInput("id", "Not a petition id.");
        }
        if (global.unit().filter(viewerUnit::equals).isEmpty()) {
            throw notFound();
        }
        return global.numericKey();
    }

    static ApiException notFound() {
        return ApiException.notFound("No such petition in your unit.");
    }
}
