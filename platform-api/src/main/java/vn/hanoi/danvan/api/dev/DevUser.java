package vn.hanoi.danvan.api.dev;

import java.util.Arrays;
import java.util.Optional;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.security.Role;

/**
 * A person the dev sign-in issues tokens for: one of the named {@link DevUsers}, or
 * {@code officer.<code>}, an officer of any unit, so load tests and demos can act in all 126.
 */
record DevUser(String username, String displayName, String unit, Role role) {

    static Optional<DevUser> find(String username) {
        Optional<DevUser> named = Arrays.stream(DevUsers.values())
                .filter(user -> user.username.equals(username))
                .findFirst()
                .map(user -> new DevUser(user.username, user.displayName, user.unit, user.role));
        if (named.isPresent() || username == null || !username.startsWith("officer.")) {
            return named;
        }
        String code = username.substring("officer.".length());
        return UnitCode.isValid(code)
                ? Optional.of(new DevUser(username, "Cán bộ đơn vị " + code, code, Role.UNIT_OFFICER))
                : Optional.empty();
    }
}
