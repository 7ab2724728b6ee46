package vn.hanoi.danvan.api;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Tests: one graphql-ws connection with one subscription, collecting what arrives. */
public final class GraphQlWsClient implements WebSocket.Listener, AutoCloseable {

    public final List<DocumentContext> next = new CopyOnWriteArrayList<>();
    public final List<DocumentContext> errors = new CopyOnWriteArrayList<>();
    private final CountDownLatch acknowledged = new CountDownLatch(1);
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static GraphQlWsClient subscribe(int port, String token, String document) throws Exception {
        GraphQlWsClient client = new GraphQlWsClient();
        client.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .subprotocols("graphql-transport-ws")
                .buildAsync(URI.create("ws://localhost:" + port + "/graphql"), client)
                .get(10, TimeUnit.SECONDS);
        Map<String, Object> payload = token == null ? Map.of() : Map.of("Authorization", "Bearer " + token);
        client.send(Map.of("type", "connection_init", "payload", payload));
        if (!client.acknowledged.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("No connection_ack");
        }
        client.send(Map.of("id", "1", "type", "subscribe", "payload", Map.of("query", document)));
        return client;
    }

    private void send(Map<String, Object> message) {
        socket.sendText(JsonPath.parse(message).jsonString(), true).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            DocumentContext message = JsonPath.parse(partial.toString());
            partial.setLength(0);
            switch (message.<String>read("$.type")) {
                case "connection_ack" -> acknowledged.countDown();
                case "next" -> next.add(message);
                case "error" -> errors.add(message);
                case "ping" -> send(Map.of("type", "pong"));
                default -> {}
            }
        }
        webSocket.request(1);
        return null;
    }

    /**
     * The {@code extensions.code} the subscription was refused with: in an {@code error} message,
     * or a {@code next} one carrying errors; null if none came.
     */
    @SuppressWarnings("unchecked")
    public String errorCode() {
        List<Object> refusals = new ArrayList<>();
        errors.forEach(message -> refusals.addAll(message.read("$.payload", List.class)));
        next.forEach(message -> refusals.addAll(
                (List<Object>) message.read("$.payload", Map.class).getOrDefault("errors", List.of())));
        return refusals.stream()
                .map(error -> ((Map<String, Object>) error).get("extensions"))
                .map(extensions -> extensions == null ? null : (String) ((Map<String, Object>) extensions).get("code"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** Waits until at least {@code count} notices have arrived, or gives up after a while. */
    public boolean awaitNext(int count, Duration patience) throws InterruptedException {
        return await(() -> next.size() >= count, patience);
    }

    /** Waits until a notice or an error has arrived, or gives up after a while. */
    public boolean awaitAnswer(Duration patience) throws InterruptedException {
        return await(() -> !next.isEmpty() || !errors.isEmpty(), patience);
    }

    private static boolean await(BooleanSupplier arrived, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!arrived.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return arrived.getAsBoolean();
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
