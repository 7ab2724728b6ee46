package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.DanvanApplication;
import vn.hanoi.danvan.testing.TestPostgres;

class ProductionGuardTest {

    private static final String ISSUER = "http://127.0.0.1:1/realms/hanoi";

    private static ConfigurableApplicationContext start(boolean withIssuer, String... profiles) {
        String database = "--spring.datasource.url=" + TestPostgres.newDatabase();
        String keys = "--danvan.personal-data.encryption-key=" + randomKey();
        String hashKey = "--danvan.personal-data.hash-key=" + randomKey();
        String[] arguments = withIssuer
                ? new String[] {
                    database, keys, hashKey, "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER
                }
                : new String[] {database, keys, hashKey};
        return new SpringApplicationBuilder(DanvanApplication.class)
                .profiles(profiles)
                .properties(
                        "server.port=0",
                        "logging.level.root=warn",
                        "logging.level.vn.hanoi.danvan.api.observability.GraphQlRequestLog=info")
                .run(arguments);
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    @Test
    void prodRefusesToStartBesideDev() {
        assertThatThrownBy(() -> start(true, "prod", "dev"))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .hasMessageContaining("refuses to start with the dev profile"));
    }

    @Test
    void prodRefusesToStartWithoutARealIssuer() {
        assertThatThrownBy(() -> start(false, "prod"))
                .satisfies(e ->
                        assertThat(NestedExceptionUtils.getMostSpecificCause(e)).hasMessageContaining("issuer-uri"));
    }

    @Test
    void prodRefusesToStartWithItsLimitsSwitchedOff() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DanvanApplication.class)
                        .profiles("prod")
                        .properties("server.port=0", "logging.level.root=warn", "danvan.rate-limit.enabled=false")
                        .run(
                                "--spring.datasource.url=" + TestPostgres.newDatabase(),
                                "--danvan.personal-data.encryption-key=" + randomKey(),
                                "--danvan.personal-data.hash-key=" + randomKey(),
                                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ISSUER))
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .hasMessageContaining("danvan.rate-limit.enabled=false"));
    }

    @Test
    void prodServesNoDevSignIn() throws Exception {
        try (ConfigurableApplicationContext context = start(true, "prod")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> token = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/token"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("username=admin.platform"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isIn(401, 403, 404);
            assertThat(token.body()).doesNotContain("access_token");
        }
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void prodLogsOneJsonObjectALineWithTheRequestId(CapturedOutput output) throws Exception {
        String requestId = "prod-" + UUID.randomUUID();
        try (ConfigurableApplicationContext context = start(true, "prod")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Request-Id", requestId)
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        }

        String line = output.getOut()
                .lines()
                .filter(logged -> logged.contains(requestId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log line of request " + requestId + " in:\n" + output));
        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.path("requestId").asString()).isEqualTo(requestId);
        assertThat(json.path("message").asString()).startsWith("GraphQL __typename");
        assertThat(json.path("ecs").path("version").asString()).isNotEmpty();
    }
}
