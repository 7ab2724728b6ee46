package vn.hanoi.danvan.api.security;

import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * Who is asking, as the rest of the code sees it: built from the validated token, never from
 * anything else in the request.
 *
 * @param subject the token's subject; empty for an anonymous caller
 * @param name a display name, if the token has one
 * @param unit the unit the person works in; city roles and city-wide clients have none
 * @param roles realm roles
 * @param scopes OAuth scopes, for third-party clients
 * @param client the OAuth client the token was issued to
 */
public record Viewer(
        String subject, String name, Optional<UnitCode> unit, Set<Role> roles, Set<String> scopes, String client) {

    public static final Viewer ANONYMOUS = new Viewer("", null, Optional.empty(), Set.of(), Set.of(), null);

    public Viewer {
        roles = Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    public boolean signedIn() {
        return !subject.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** A city supervisor or platform admin: sees across units, but no personal data. */
    public boolean isCityLevel() {
        return roles.stream().anyMatch(Role::isCityLevel);
    }

    /** A member of this unit's staff (officer or leader). */
    public boolean worksIn(UnitCode code) {
        return unit.filter(code::equals).isPresent() && (has(Role.UNIT_OFFICER) || has(Role.UNIT_LEADER));
    }
}
