package vn.hanoi.danvan.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import redis.embedded.RedisServer;

/**
 * Where tests find Redis, in the same order as PostgreSQL: {@code DANVAN_TEST_REDIS_URL} (as CI
 * sets it), a Testcontainers container where a Docker engine runs, else an embedded Redis. A
 * Redis has no databases to create, so each test run gets its own key prefix instead.
 */
public final class TestRedis {

    public static final String URL_VARIABLE = "DANVAN_TEST_REDIS_URL";

    private static String url;

    private TestRedis() {}

    /** The URL of a Redis the tests may use. */
    public static synchronized String url() {
        if (url == null) {
            url = start();
        }
        return url;
    }

    /** A key prefix no other test run uses. */
    public static String newKeyPrefix() {
        return "danvan-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    private static String start() {
        String explicit = System.getenv(URL_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return explicit;
        }
        if (dockerAvailable()) {
            GenericContainer<?> container = new GenericContainer<>("redis:7-alpine").withExposedPorts(6379);
            container.start();
            return "redis://" + container.getHost() + ":" + container.getMappedPort(6379);
        }
        try {
            int port = freePort();
            RedisServer server = new RedisServer(port);
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server)));
            return "redis://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new UncheckedIOException("No Redis for the tests: embedded Redis failed to start", e);
        }
    }

    /** A port nothing listens on now: for tests of Redis being down. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void stop(RedisServer server) {
        try {
            server.stop();
        } catch (IOException ignored) {
            // The JVM is exiting.
        }
    }
}
