package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsoleConfigControllerTest {

    @Test
    void singleSignOnNamesTheRealmsEndpointsAndThePublicClient() {
        Map<String, Object> config = new ConsoleConfigController(new ConsoleProperties(
                        ConsoleProperties.SignIn.OIDC, "https://sso.example.vn/realms/hanoi/", "danvan-console"))
                .config()
                .getBody();

        assertThat(config)
                .containsEntry("signIn", "oidc")
                .containsEntry("clientId", "danvan-console")
                .containsEntry("issuer", "https://sso.example.vn/realms/hanoi")
                .containsEntry(
                        "authorizationEndpoint", "https://sso.example.vn/realms/hanoi/protocol/openid-connect/auth")
                .containsEntry("tokenEndpoint", "https://sso.example.vn/realms/hanoi/protocol/openid-connect/token")
                .containsEntry("logoutEndpoint", "https://sso.example.vn/realms/hanoi/protocol/openid-connect/logout");
        assertThat(config.toString()).doesNotContainIgnoringCase("secret");
    }

    @Test
    void demoSignInNeedsNothingMore() {
        assertThat(new ConsoleConfigController(
                                new ConsoleProperties(ConsoleProperties.SignIn.DEV, "", "danvan-console"))
                        .config()
                        .getBody())
                .containsExactly(Map.entry("signIn", "dev"));
    }
}
