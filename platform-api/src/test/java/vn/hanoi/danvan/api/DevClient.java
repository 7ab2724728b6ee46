package vn.hanoi.danvan.api;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** For tests that start the application themselves: sign in through the dev sign-in, ask GraphQL. */
public final class DevClient {

    private DevClient() {}

    /** A dev token for a demo user from the application on {@code port}. */
    public static String token(int port, String username) throws Exception {
        String body = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=" + username))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return JsonPath.read(body, "$.access_token");
    }

    /** Runs a GraphQL document as a demo user against the application on {@code port}. */
    public static DocumentContext query(int port, String username, String document) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String tokenBody = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dev/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("username=" + username))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String token = JsonPath.read(tokenBody, "$.access_token");
        String body = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(JsonPath.parse(Map.of("query", document))
                                        .jsonString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        return JsonPath.parse(body);
    }
}
