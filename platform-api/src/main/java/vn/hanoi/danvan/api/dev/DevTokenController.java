package vn.hanoi.danvan.api.dev;

import java.util.Arrays;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /dev/token} with form field {@code username}: a token for a demo user; with
 * {@code grant_type=client_credentials}, {@code client_id} ({@code client.<unit code>} or
 * {@code client.city}) and {@code scope}: a third-party client's token. Under the
 * {@code dev} profile only; {@code ProductionGuard} refuses to start it beside {@code prod}.
 */
@RestController
@Profile("dev")
class DevTokenController {

    private final DevTokens tokens;

    DevTokenController(DevTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(path = "/dev/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(
            @RequestParam(name = "username", required = false) String username,
            @RequestParam(name = "grant_type", required = false) String grantType,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "scope", required = false) String scope) {
        if ("client_credentials".equals(grantType)) {
            return DevApplication.find(clientId == null ? "" : clientId.strip(), scope)
                    .<ResponseEntity<Map<String, Object>>>map(application -> ResponseEntity.ok(Map.of(
                            "access_token", tokens.issue(application),
                            "token_type", "Bearer",
                            "scope", String.join(" ", application.scopes()),
                            "expires_in", DevTokens.LIFETIME.toSeconds())))
                    .orElseGet(() -> ResponseEntity.badRequest()
                            .body(Map.of(
                                    "error", "invalid_client",
                                    "error_description", "Use client.<unit code> or client.city.")));
        }
        return DevUser.find(username == null ? "" : username.strip())
                .<ResponseEntity<Map<String, Object>>>map(user -> ResponseEntity.ok(Map.of(
                        "access_token", tokens.issue(user),
                        "token_type", "Bearer",
                        "expires_in", DevTokens.LIFETIME.toSeconds())))
                .orElseGet(() -> ResponseEntity.badRequest()
                        .body(Map.of(
                                "error", "unknown_user",
                                "error_description",
                                        "Not a demo user; GET /dev/users lists them, or use officer.<unit code>.")));
    }

    @GetMapping("/dev/users")
    Map<String, Object> users() {
        return Map.of(
                "users",
                Arrays.stream(DevUsers.values())
                        .map(user -> Map.of(
                                "username",
                                user.username,
                                "name",
                                user.displayName,
                                "role",
                                user.role.claim(),
                                "unit",
                                user.unit == null ? "" : user.unit))
                        .toList());
    }
}
