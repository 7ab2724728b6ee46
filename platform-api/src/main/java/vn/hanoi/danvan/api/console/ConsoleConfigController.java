package vn.hanoi.danvan.api.console;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /console/config.json}: what the console (static files under {@code /console/}) needs
 * before anyone signs in, so one build of it serves the embedded default and production. It
 * holds no secret: the console is a public OAuth client (PKCE) and talks only to
 * {@code /graphql} and the export endpoints, like any other client.
 */
@RestController
class ConsoleConfigController {

    private final ConsoleProperties properties;

    ConsoleConfigController(ConsoleProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/console/config.json")
    ResponseEntity<Map<String, Object>> config() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("signIn", properties.signIn().name().toLowerCase(Locale.ROOT));
        if (properties.signIn() == ConsoleProperties.SignIn.OIDC) {
            // Keycloak's endpoint layout under the realm's issuer.
            String issuer = properties.issuerUri().replaceAll("/+$", "");
            config.put("issuer", issuer);
            config.put("clientId", properties.clientId());
            config.put("authorizationEndpoint", issuer + "/protocol/openid-connect/auth");
            config.put("tokenEndpoint", issuer + "/protocol/openid-connect/token");
            config.put("logoutEndpoint", issuer + "/protocol/openid-connect/logout");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(config);
    }
}
