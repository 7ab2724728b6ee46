package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import vn.hanoi.danvan.admin.UnitCode;

/** Keycloak's token shapes, read into viewers: a person by roles, a client by scopes only. */
class JwtViewersTest {

    private final JwtViewers viewers = new JwtViewers("unit");

    private static Jwt token(Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    @Test
    void aPersonHasRolesAndAUnitAndNoClientRights() {
        Viewer viewer = viewers.viewer(token(Map.of(
                "sub", "c9736b5a",
                "azp", "danvan-console",
                "preferred_username", "lan.officer",
                "scope", "openid profile petitions:read",
                "unit", "00070",
                "realm_access", Map.of("roles", List.of("unit-officer", "default-roles-hanoi")))));

        assertThat(viewer.thirdParty()).isFalse();
        assertThat(viewer.roles()).containsExactly(Role.UNIT_OFFICER);
        assertThat(viewer.worksIn(UnitCode.of("00070"))).isTrue();
        // A scope in a person's token opens nothing: people act by their roles.
        assertThat(viewer.has(Scope.PETITIONS_READ)).isFalse();
    }

    @Test
    void aServiceAccountIsAClientWhoseRealmRolesCountForNothing() {
        Viewer viewer = viewers.viewer(token(Map.of(
                "sub", "4d38d28c",
                "azp", "example-unit-app",
                "client_id", "example-unit-app",
                "scope", "petitions:read status:read",
                "unit", "00070",
                "realm_access", Map.of("roles", List.of("unit-leader", "platform-admin")))));

        assertThat(viewer.thirdParty()).isTrue();
        assertThat(viewer.roles()).isEmpty();
        assertThat(viewer.isCityLevel()).isFalse();
        assertThat(viewer.worksIn(UnitCode.of("00070"))).isFalse();
        assertThat(viewer.actsFor(UnitCode.of("00070"))).isTrue();
        assertThat(viewer.actsFor(UnitCode.of("00004"))).isFalse();
        assertThat(viewer.has(Scope.PETITIONS_READ)).isTrue();
        assertThat(viewer.has(Scope.PETITIONS_WRITE)).isFalse();
        assertThat(viewer.client()).isEqualTo("example-unit-app");
    }

    @Test
    void aClientWithoutAUnitClaimIsCityWide() {
        Viewer viewer =
                viewers.viewer(token(Map.of("sub", "5e1", "client_id", "example-city-app", "scope", "status:read")));

        assertThat(viewer.thirdParty()).isTrue();
        assertThat(viewer.unit()).isEqualTo(Optional.empty());
        assertThat(AccessRules.rule("Query", "petitions").orElseThrow().admits(viewer))
                .isFalse();
        assertThat(AccessRules.rule("Query", "petitionStatus").orElseThrow().admits(viewer))
                .isTrue();
    }
}
