package vn.hanoi.danvan.api.console;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the staff console signs people in.
 *
 * @param signIn {@code dev} (the embedded default's demo users) or {@code oidc} (the identity
 *     provider, authorization code with PKCE)
 * @param issuerUri the realm the browser signs in at, e.g. {@code https://sso.example/realms/hanoi}
 * @param clientId the console's public client in that realm
 */
@ConfigurationProperties("danvan.console")
record ConsoleProperties(
        @DefaultValue("oidc") SignIn signIn,
        @DefaultValue("") String issuerUri,
        @DefaultValue("danvan-console") String clientId) {

    /** The two ways in. */
    enum SignIn {
        DEV,
        OIDC
    }
}
