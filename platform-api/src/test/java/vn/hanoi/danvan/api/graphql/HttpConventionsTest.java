package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.dev.ClientTokens;

/** GraphQL over HTTP as the draft specifies, CORS from configuration, and the security headers. */
class HttpConventionsTest extends ApiTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Autowired
    ApplicationContext context;

    private Response ask(String document) {
        return send(graphQlRequest("officer.hoankiem", document, Map.of()).header("Accept", GRAPHQL_RESPONSE));
    }

    @Test
    void aClientAskingForGraphQlResponseJsonGetsItWith200WhenTheDocumentRan() {
        Response response = ask("{ me { subject } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith(GRAPHQL_RESPONSE);
    }

    @Test
    void aDocumentThatCannotRunIs400() {
        assertThat(ask("{ me { subject ").status()).isEqualTo(400);
        assertThat(ask("{ noSuchField }").status()).isEqualTo(400);
        assertThat(ask("{ me { subject } }" + " ".repeat(40_000)).status()).isEqualTo(400);
    }

    @Test
    void aFieldErrorDuringExecutionIsStill200WithPartialData() {
        Response response = ask("{ me { subject } node(id: \"nonsense\") { id } }");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.<String>read("$.data.me.subject")).isEqualTo("officer.hoankiem");
        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    /** Refused before it ran, for a reason of its own: the draft allows a 4xx, and this one is 429. */
    @Test
    void aRateLimitedRequestIs429WithRetryAfterAndAGraphQlResponseBody() {
        String token = ClientTokens.issue(context, "one-shot-app", null, "petitions:read");
        assertThat(askAs(token, "application/json").status()).isEqualTo(200);

        Response refused = askAs(token, GRAPHQL_RESPONSE);
        Response refusedAsJson = askAs(token, "application/json");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).startsWith(GRAPHQL_RESPONSE);
        assertThat(refused.<Map<String, Object>>read("$")).containsOnlyKeys("errors");
        assertThat(refused.<List<Object>>read("$.errors")).hasSize(1);
        assertThat(refused.<String>read("$.errors[0].message")).isNotBlank();
        assertThat(refused.<String>read("$.errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        int seconds = refused.read("$.errors[0].extensions.retryAfterSeconds");
        assertThat(seconds).isPositive();
        assertThat(refused.header("Retry-After")).isEqualTo(Integer.toString(seconds));
        // Only this media type says that a non-2xx body is a GraphQL response: it is used whatever
        // the client accepts.
        assertThat(refusedAsJson.status()).isEqualTo(429);
        assertThat(refusedAsJson.header("Content-Type")).startsWith(GRAPHQL_RESPONSE);
        assertThat(refusedAsJson.errorCode()).isEqualTo("RATE_LIMITED");
    }

    private Response askAs(String token, String accept) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ me { client } }\"}")));
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        Response response = ask("{ me { subject } }");

        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).contains("no-store");
    }

    @Test
    void onlyConfiguredOriginsPassTheCorsPreflight() {
        Response allowed = send(preflight("https://app.example.test"));
        Response other = send(preflight("https://evil.example.test"));

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.example.test");
        assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("idempotency-key");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.header("Access-Control-Allow-Origin")).isNull();
    }

    private HttpRequest.Builder preflight(String origin) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
    }
}
