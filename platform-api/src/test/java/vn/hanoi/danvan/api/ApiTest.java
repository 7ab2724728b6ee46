package vn.hanoi.danvan.api;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.danvan.testing.TestPostgres;

/**
 * The API as a client sees it: a real server on a random port, over a database made for this
 * test run with all 126 units provisioned, signed in through the dev sign-in. Test classes share
 * one application context (and so one database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "test"})
@Import(StatementCounter.class)
public abstract class ApiTest {

    private static final String DATABASE = TestPostgres.newDatabase();
    private static final String KEY_PREFIX = TestRedis.newKeyPrefix();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("danvan.redis.url", TestRedis::url);
        registry.add("danvan.redis.key-prefix", () -> KEY_PREFIX);
    }

    protected static String databaseUrl() {
        return DATABASE;
    }

    /** The Redis key prefix of this test run, for a second api instance beside this one. */
    protected static String redisKeyPrefix() {
        return KEY_PREFIX;
    }

    /** A dev token for a demo user, e.g. {@code officer.hoankiem}. */
    protected String token(String username) {
        // By port too: a test class with its own context has its own dev signing key.
        return TOKENS.computeIfAbsent(port + "/" + username, key -> {
            Response response = post(
                    "/dev/token",
                    "application/x-www-form-urlencoded",
                    "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8),
                    null);
            if (response.status() != 200) {
                throw new IllegalStateException("No token for " + username + ": " + response.body());
            }
            return response.json().read("$.access_token");
        });
    }

    /**
     * A dev client-credentials token for a third-party client: {@code client.<unit code>} (bound
     * to that unit) or {@code client.city} (city-wide), granted the given space-separated scopes.
     */
    protected String clientToken(String clientId, String scopes) {
        // By port too, as token(): a token of another context's signing key is refused here.
        return TOKENS.computeIfAbsent(port + "/" + clientId + " " + scopes, key -> {
            Response response = post(
                    "/dev/token",
                    "application/x-www-form-urlencoded",
                    "grant_type=client_credentials&client_id=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8)
                            + "&scope=" + URLEncoder.encode(scopes, StandardCharsets.UTF_8),
                    null);
            if (response.status() != 200) {
                throw new IllegalStateException("No token for " + clientId + ": " + response.body());
            }
            return response.json().read("$.access_token");
        });
    }

    /** Runs a GraphQL document with the given bearer token (null: anonymous); the raw response. */
    protected Response graphQlWithToken(String bearer, String document, Map<String, Object> variables) {
        String body = JsonPath.parse(Map.of("query", document, "variables", variables))
                .jsonString();
        return post("/graphql", "application/json", body, bearer);
    }

    /** Runs a GraphQL document as the given user (null: anonymous); the raw response. */
    protected Response graphQl(String username, String document) {
        return graphQl(username, document, Map.of());
    }

    protected Response graphQl(String username, String document, Map<String, Object> variables) {
        return graphQlWithToken(username == null ? null : token(username), document, variables);
    }

    /** A GraphQL POST not yet sent, for tests that add headers of their own. */
    protected HttpRequest.Builder graphQlRequest(String username, String document, Map<String, Object> variables) {
        String body = JsonPath.parse(Map.of("query", document, "variables", variables))
                .jsonString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (username != null) {
            request.header("Authorization", "Bearer " + token(username));
        }
        return request;
    }

    protected Response post(String path, String contentType, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    /** Sends a request built by the test (its own headers, method); the raw response. */
    protected Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A GET on any port of this machine, with an optional bearer token. */
    protected static Response get(int port, String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A raw HTTP response: assertions about what must never appear look at {@link #body()}. */
    public record Response(int status, String body, HttpHeaders headers) {

        public Response(int status, String body) {
            this(status, body, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        /** A response header's first value, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public DocumentContext json() {
            return JsonPath.parse(body);
        }

        public <T> T read(String path) {
            return json().read(path);
        }

        /** The {@code extensions.code} of the first error, or null. */
        public String errorCode() {
            Map<String, Object> document = json().read("$");
            if (!document.containsKey("errors")) {
                return null;
            }
            java.util.List<String> codes = json().read("$.errors[*].extensions.code");
            return codes.isEmpty() ? null : codes.getFirst();
        }
    }
}
