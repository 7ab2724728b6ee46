package vn.hanoi.danvan.api.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * Reads a {@link Viewer} from a validated JWT as Keycloak issues them: realm roles under
 * {@code realm_access.roles}, scopes in {@code scope}, the client in {@code azp}, and the unit in
 * a user-attribute claim ({@code unit} unless configured otherwise). A client-credentials token
 * carries {@code client_id} (Keycloak's {@code service_account} scope): that caller is a
 * third-party client, whose unit is the one hard-coded on the client, or none (city-wide).
 */
public final class JwtViewers {

    private static final Logger log = LoggerFactory.getLogger(JwtViewers.class);

    private final String unitClaim;

    public JwtViewers(String unitClaim) {
        this.unitClaim = unitClaim;
    }

    public Viewer viewer(Jwt jwt) {
        String subject = jwt.getSubject() == null ? "" : jwt.getSubject();
        String client = jwt.getClaimAsString("client_id");
        if (client != null && !client.isBlank()) {
            return Viewer.application(subject, client, unit(jwt), scopes(jwt));
        }
        return new Viewer(
                subject,
                Optional.ofNullable(jwt.getClaimAsString("name")).orElse(jwt.getClaimAsString("preferred_username")),
                unit(jwt),
                roles(jwt),
                scopes(jwt),
                jwt.getClaimAsString("azp"));
    }

    private Optional<UnitCode> unit(Jwt jwt) {
        Object claim = jwt.getClaims().get(unitClaim);
        if (claim instanceof Collection<?> values && values.size() == 1) {
            claim = values.iterator().next();
        }
        if (claim instanceof String code && UnitCode.isValid(code)) {
            return Optional.of(UnitCode.of(code));
        }
        if (claim != null) {
            log.warn(
                    "Token for subject {} has an unusable '{}' claim; treated as no unit", jwt.getSubject(), unitClaim);
        }
        return Optional.empty();
    }

    private static Set<Role> roles(Jwt jwt) {
        Set<Role> roles = new LinkedHashSet<>();
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof List<?> names) {
            names.forEach(name -> Role.fromClaim(String.valueOf(name)).ifPresent(roles::add));
        }
        return roles;
    }

    private static Set<String> scopes(Jwt jwt) {
        String scope = jwt.getClaimAsString("scope");
        return scope == null || scope.isBlank() ? Set.of() : Set.of(scope.trim().split("\\s+"));
    }
}
