package vn.hanoi.danvan.api.dev;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Dev sign-in: the API trusts the tokens it signs itself, and only those. */
@Configuration(proxyBeanMethods = false)
@Profile("dev")
class DevSignInConfiguration {

    @Bean
    DevTokens devTokens(Clock clock) {
        return new DevTokens(clock);
    }

    @Bean
    JwtDecoder devJwtDecoder(DevTokens tokens) {
        NimbusJwtDecoder decoder =
                NimbusJwtDecoder.withPublicKey(tokens.publicKey()).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(DevTokens.ISSUER));
        return decoder;
    }
}
