package vn.hanoi.danvan.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.ApiTest;

/** GraphQL over HTTP as the draft specifies, CORS from configuration, and the security headers. */
class HttpConventionsTest extends ApiTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

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
