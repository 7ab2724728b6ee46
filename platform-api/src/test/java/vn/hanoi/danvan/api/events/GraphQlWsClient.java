package vn.hanoi.danvan.api.events;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Tests: one graphql-ws connection with one subscription, collecting what arrives. */
final class GraphQlWsClient implements WebSocket.Listener, AutoCloseable {

    final List<DocumentContext> next = new CopyOnWriteArrayList<>();
    final List<DocumentContext> errors = new CopyOnWriteArrayList<>();
    private final CountDownLatch acknowledged = new CountDownLatch(1);
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    static GraphQlWsClient subscribe(int port, String token, String document) throws Exception {
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

    /** Waits until at least {@code count} notices have arrived, or gives up after a while. */
    boolean awaitNext(int count, Duration patience) throws InterruptedException {
        return await(() -> next.size() >= count, patience);
    }

    /** Waits until a notice or an error has arrived, or gives up after a while. */
    boolean awaitAnswer(Duration patience) throws InterruptedException {
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
