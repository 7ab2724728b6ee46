package vn.hanoi.danvan.api.dev;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.security.Scope;

/**
 * A third-party client the dev sign-in issues client-credentials tokens for: {@code client.<code>}
 * is bound to that unit, {@code client.city} is city-wide. It gets the scopes it asks for among
 * the API's ({@link Scope}), like a Keycloak client whose optional scopes are all allowed.
 */
record DevApplication(String clientId, Optional<UnitCode> unit, Set<String> scopes) {

    static final String CITY_WIDE = "client.city";

    static Optional<DevApplication> find(String clientId, String requestedScopes) {
        if (clientId == null || !clientId.startsWith("client.")) {
            return Optional.empty();
        }
        Set<String> granted = new TreeSet<>();
        Arrays.stream((requestedScopes == null ? "" : requestedScopes).trim().split("\\s+"))
                .filter(scope -> Scope.fromValue(scope).isPresent())
                .forEach(granted::add);
        if (clientId.equals(CITY_WIDE)) {
            return Optional.of(new DevApplication(clientId, Optional.empty(), granted));
        }
        String code = clientId.substring("client.".length());
        return UnitCode.isValid(code)
                ? Optional.of(new DevApplication(clientId, Optional.of(UnitCode.of(code)), granted))
                : Optional.empty();
    }
}
