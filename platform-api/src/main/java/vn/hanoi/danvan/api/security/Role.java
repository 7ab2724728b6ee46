package vn.hanoi.danvan.api.security;

import java.util.Optional;

/** What a signed-in person may do; the token carries them as realm roles. */
public enum Role {
    /** Cán bộ: receives citizens, registers and handles petitions, reports tasks. */
    UNIT_OFFICER("unit-officer"),
    /** The unit's People's Committee chairman or Party committee secretary. */
    UNIT_LEADER("unit-leader"),
    /** City-level staff: read-only oversight across units, never citizens' personal data. */
    CITY_SUPERVISOR("city-supervisor"),
    /** Runs the platform: units, calendars, clients. */
    PLATFORM_ADMIN("platform-admin");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public boolean isCityLevel() {
        return this == CITY_SUPERVISOR || this == PLATFORM_ADMIN;
    }

    public static Optional<Role> fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
