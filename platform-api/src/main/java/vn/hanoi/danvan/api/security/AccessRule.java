package vn.hanoi.danvan.api.security;

import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * Who may call one root field (see {@link AccessRules}).
 *
 * @param anonymous whether a caller without a token may
 * @param anyPerson whether every signed-in person may, whatever the roles
 * @param roles the realm roles that let a person call it (when not {@code anyPerson})
 * @param anyClient whether every third-party client may, whatever its scopes
 * @param scope the scope that lets a third-party client call it (when not {@code anyClient})
 * @param boundToUnit whether a client must be bound to a unit (a city-wide one may not)
 * @param target which argument names the unit the call acts on
 */
public record AccessRule(
        boolean anonymous,
        boolean anyPerson,
        Set<Role> roles,
        boolean anyClient,
        Optional<Scope> scope,
        boolean boundToUnit,
        Target target) {

    /** Where the unit a call acts on comes from. */
    public enum Target {
        /** The call names no unit: it acts in the caller's own, or on none. */
        NONE,
        /** A Relay global id (argument {@code id}), which carries its unit. */
        ID,
        /** A unit code (argument {@code code}). */
        UNIT_CODE,
        /** A tracking code (argument {@code trackingCode}), which starts with its unit's code. */
        TRACKING_CODE
    }

    /** {@code node(id:)}: decided per type by {@link AccessRules#nodeRule}. */
    static final AccessRule BY_NODE_TYPE =
            new AccessRule(false, true, Set.of(), true, Optional.empty(), false, Target.ID);

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    static AccessRule anyone() {
        return new AccessRule(true, true, Set.of(), false, Optional.empty(), false, Target.NONE);
    }

    static AccessRule persons() {
        return new AccessRule(false, true, Set.of(), false, Optional.empty(), false, Target.NONE);
    }

    static AccessRule roles(Set<Role> roles) {
        return new AccessRule(false, false, roles, false, Optional.empty(), false, Target.NONE);
    }

    AccessRule andAnyClient() {
        return new AccessRule(anonymous, anyPerson, roles, true, Optional.empty(), boundToUnit, target);
    }

    AccessRule andClientsWith(Scope needed) {
        return new AccessRule(anonymous, anyPerson, roles, false, Optional.of(needed), boundToUnit, target);
    }

    AccessRule onlyBoundClients() {
        return new AccessRule(anonymous, anyPerson, roles, anyClient, scope, true, target);
    }

    AccessRule on(Target where) {
        return new AccessRule(anonymous, anyPerson, roles, anyClient, scope, boundToUnit, where);
    }

    /** Whether this kind of caller may call the field at all. */
    public boolean admits(Viewer viewer) {
        if (!viewer.signedIn()) {
            return anonymous;
        }
        if (viewer.thirdParty()) {
            boolean granted = anyClient || scope.filter(viewer::has).isPresent();
            return granted && (!boundToUnit || viewer.unit().isPresent());
        }
        return anyPerson || viewer.roles().stream().anyMatch(roles::contains);
    }

    /**
     * Whether the caller reaches the unit the call names. Whoever belongs to a unit (its staff, a
     * client bound to it) acts in that unit only; city roles and city-wide clients in all. A
     * tracking code is public knowledge for people: only a bound client is held to its unit.
     */
    public boolean reaches(Viewer viewer, UnitCode unit) {
        if (target == Target.NONE || (target == Target.TRACKING_CODE && !viewer.thirdParty())) {
            return true;
        }
        return viewer.unit().map(unit::equals).orElse(true);
    }

    /** Why a caller who is not admitted is refused, in words for the error message. */
    public String refusal() {
        String people =
                String.join(", ", roles.stream().map(Role::claim).sorted().toList());
        String clients = scope.map(needed ->
                        "a client with the scope " + needed.value() + (boundToUnit ? ", bound to a unit" : ""))
                .orElse("");
        if (clients.isEmpty()) {
            return "This operation is for " + people + " only.";
        }
        return "This operation needs " + (people.isEmpty() ? "" : "one of the roles " + people + ", or ") + clients
                + ".";
    }
}
