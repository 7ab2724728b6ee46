package vn.hanoi.danvan.api.security;

import java.util.Optional;
import java.util.Set;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * Who is asking, as the rest of the code sees it: built from the validated token, never from
 * anything else in the request. A person (cán bộ, lãnh đạo, city staff) holds realm roles; a
 * third-party application holds OAuth scopes only, and acts for the one unit its token names or,
 * without one, city-wide. What each may run is declared in {@link AccessRules}.
 *
 * @param subject the token's subject; empty for an anonymous caller
 * @param name a display name, if the token has one
 * @param unit the unit the person works in or the client is bound to; city roles and city-wide
 *     clients have none
 * @param roles realm roles; always none for a third-party client
 * @param scopes OAuth scopes; only a third-party client's grant rights
 * @param client the OAuth client the token was issued to
 * @param thirdParty whether the caller is an application acting on its own (client credentials)
 */
public record Viewer(
        String subject,
        String name,
        Optional<UnitCode> unit,
        Set<Role> roles,
        Set<String> scopes,
        String client,
        boolean thirdParty) {

    public static final Viewer ANONYMOUS = new Viewer("", null, Optional.empty(), Set.of(), Set.of(), null);

    public Viewer {
        // A client's rights are its scopes: realm roles given to a service account by mistake
        // must not make it staff.
        roles = thirdParty ? Set.of() : Set.copyOf(roles);
        scopes = Set.copyOf(scopes);
    }

    /** A person signed in through the console (or anonymous, with an empty subject). */
    public Viewer(
            String subject, String name, Optional<UnitCode> unit, Set<Role> roles, Set<String> scopes, String client) {
        this(subject, name, unit, roles, scopes, client, false);
    }

    /** A third-party application with its granted scopes, bound to a unit or city-wide. */
    public static Viewer application(String subject, String client, Optional<UnitCode> unit, Set<String> scopes) {
        return new Viewer(subject, client, unit, Set.of(), scopes, client, true);
    }

    public boolean signedIn() {
        return !subject.isEmpty();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean has(Scope scope) {
        return thirdParty && scopes.contains(scope.value());
    }

    /** A city supervisor or platform admin: sees across units, but no personal data. */
    public boolean isCityLevel() {
        return roles.stream().anyMatch(Role::isCityLevel);
    }

    /** A member of this unit's staff (officer or leader). Never a third-party client. */
    public boolean worksIn(UnitCode code) {
        return unit.filter(code::equals).isPresent() && (has(Role.UNIT_OFFICER) || has(Role.UNIT_LEADER));
    }

    /** The unit's staff, or a third-party client bound to this unit. */
    public boolean actsFor(UnitCode code) {
        return worksIn(code) || (thirdParty && unit.filter(code::equals).isPresent());
    }
}
