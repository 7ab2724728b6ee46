package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    private final List<String> decoded = new ArrayList<>();

    private JwtDecoder decoderExpiringAt(Instant expiry) {
        return token -> {
            decoded.add(token);
            if (token.equals("forged")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("officer")
                    .issuedAt(expiry.minusSeconds(300))
                    .expiresAt(expiry)
                    .build();
        };
    }

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokens tokens =
                new VerifiedTokens(decoderExpiringAt(NOW.plusSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(tokens.decode("a").getSubject()).isEqualTo("officer");
        assertThat(tokens.decode("a").getSubject()).isEqualTo("officer");
        tokens.decode("b");

        assertThat(decoded).containsExactly("a", "b");
    }

    @Test
    void anExpiredTokenGoesBackToTheRealDecoder() {
        VerifiedTokens tokens =
                new VerifiedTokens(decoderExpiringAt(NOW.minusSeconds(1)), Clock.fixed(NOW, ZoneOffset.UTC));

        tokens.decode("a");
        tokens.decode("a");

        assertThat(decoded).containsExactly("a", "a");
    }

    @Test
    void aRefusedTokenIsRefusedEveryTime() {
        VerifiedTokens tokens =
                new VerifiedTokens(decoderExpiringAt(NOW.plusSeconds(60)), Clock.fixed(NOW, ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(decoded).containsExactly("forged", "forged");
    }
}
