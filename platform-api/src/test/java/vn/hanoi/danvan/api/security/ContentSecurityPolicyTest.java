package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ContentSecurityPolicyTest {

    @Test
    void theConsoleMayTalkToTheIdentityProvidersOriginAndNoOtherOne() {
        String policy = SecurityConfiguration.contentSecurityPolicy(new MockEnvironment()
                .withProperty("danvan.console.issuer-uri", "https://sso.example.vn:8443/realms/hanoi"));

        assertThat(policy).contains("connect-src 'self' https://sso.example.vn:8443;", "script-src 'self';");
        assertThat(policy).doesNotContain("/realms", "unsafe-inline");
    }

    @Test
    void withoutSingleSignOnOnlyThisServer() {
        assertThat(SecurityConfiguration.contentSecurityPolicy(new MockEnvironment()))
                .contains("connect-src 'self';");
    }
}
