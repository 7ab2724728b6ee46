package vn.hanoi.danvan.api.security;

import java.util.Optional;

/** The OAuth scopes a third-party client can be granted; each opens a set of operations. */
public enum Scope {
    /** Read the petitions of the client's unit, never a petitioner's identity. */
    PETITIONS_READ("petitions:read"),
    /** Register petitions and move them through their handling in the client's unit. */
    PETITIONS_WRITE("petitions:write"),
    /** Look up a petition's progress by its tracking code, as a citizen can. */
    STATUS_READ("status:read");

    private final String value;

    Scope(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static Optional<Scope> fromValue(String value) {
        for (Scope scope : values()) {
            if (scope.value.equals(value)) {
                return Optional.of(scope);
            }
        }
        return Optional.empty();
    }
}
