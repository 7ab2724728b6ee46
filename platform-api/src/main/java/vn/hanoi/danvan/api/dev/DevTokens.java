package vn.hanoi.danvan.api.dev;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs tokens for the demo users and demo third-party clients with a key made at start-up,
 * shaped like Keycloak's (realm roles under {@code realm_access}, the unit in a {@code unit}
 * claim, {@code client_id} on a client-credentials token), so the same code reads both. Exists
 * only under the {@code dev} profile.
 */
final class DevTokens {

    static final String ISSUER = "danvan-dev";
    static final Duration LIFETIME = Duration.ofHours(12);

    private final KeyPair keys;
    private final Clock clock;

    DevTokens(Clock clock) {
        this.clock = clock;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    RSAPublicKey publicKey() {
        return (RSAPublicKey) keys.getPublic();
    }

    /**
     * A client-credentials token for a third-party app, shaped as Keycloak issues them: the
     * client is the subject and {@code azp}, no realm roles, scopes in {@code scope}.
     */
    String issueForClient(String clientId, String unit, String scope) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("service-account-" + clientId)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .claim("azp", clientId)
                .claim("scope", scope);
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return sign(claims);
    }

    String issue(DevUser user) {
        JWTClaimsSet.Builder claims = base(user.username())
                .claim("preferred_username", user.username())
                .claim("name", user.displayName())
                .claim("azp", "danvan-console")
                .claim("scope", "openid profile")
                .claim("realm_access", Map.of("roles", List.of(user.role().claim())));
        if (user.unit() != null) {
            claims.claim("unit", user.unit());
        }
        return sign(claims);
    }

    /** A client-credentials token as Keycloak issues one to a third-party client's service account. */
    String issue(DevApplication application) {
        JWTClaimsSet.Builder claims = base("service-account-" + application.clientId())
                .claim("preferred_username", "service-account-" + application.clientId())
                .claim("azp", application.clientId())
                .claim("client_id", application.clientId())
                .claim("scope", String.join(" ", application.scopes()));
        application.unit().ifPresent(unit -> claims.claim("unit", unit.value()));
        return sign(claims);
    }

    private JWTClaimsSet.Builder base(String subject) {
        Instant now = clock.instant();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)));
    }

    private String sign(JWTClaimsSet.Builder claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
