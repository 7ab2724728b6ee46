package vn.hanoi.danvan.api.directives;

import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.graphql.ApiException;
import vn.hanoi.danvan.api.graphql.GlobalId;

/**
 * The Relay ids of directive objects: city-owned ones ({@code Directive}, {@code DirectiveTask})
 * carry no unit; a unit's ({@code DirectiveAssignment}, {@code DirectiveReport},
 * {@code DirectivePlanItem}...) carry it, and an id of another unit reads as not found.
 */
final class DirectiveIds {

    static final String ASSIGNMENT = "DirectiveAssignment";
    static final String REPORT = "DirectiveReport";
    static final String PLAN_ITEM = "DirectivePlanItem";
    static final String NOTE = "DirectiveNote";
    static final String NOTIFICATION = "DirectiveNotification";

    private DirectiveIds() {}

    static String city(String type, long key) {
        return GlobalId.ofCityLevel(type, key).encode();
    }

    static String unit(String type, UnitCode unit, long key) {
        return GlobalId.of(type, unit, key).encode();
    }

    /** The key of a city-owned object's id of this type. */
    static long cityKey(String id, String type, String field) {
        GlobalId decoded = decode(id, field);
        if (!decoded.type().equals(type) || decoded.unit().isPresent()) {
            throw ApiException.badInput(field, "Not a " + type + " id.");
        }
        return decoded.numericKey();
    }

    /** An id of a unit's object of this type, checked for shape only. */
    static GlobalId unitId(String id, String type, String field) {
        GlobalId decoded = decode(id, field);
        if (!decoded.type().equals(type) || decoded.unit().isEmpty()) {
            throw ApiException.badInput(field, "Not a " + type + " id.");
        }
        decoded.numericKey();
        return decoded;
    }

    /** The key of an object of the viewer's own unit; another unit's reads as not found. */
    static long ownKey(String id, String type, String field, UnitCode unit) {
        GlobalId decoded = unitId(id, type, field);
        if (!decoded.unit().orElseThrow().equals(unit)) {
            throw notFound(type);
        }
        return decoded.numericKey();
    }

    static ApiException notFound(String type) {
        return ApiException.notFound("No such " + type + " in your unit.");
    }

    private static GlobalId decode(String id, String field) {
        try {
            return GlobalId.decode(id);
        } catch (ApiException e) {
            throw ApiException.badInput(field, e.getMessage());
        }
    }
}
