package vn.hanoi.danvan.api.security;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * A real Keycloak for the identity tests: the distribution the build unpacked into
 * {@code target/keycloak} ({@code danvan.test.keycloak.home}), started once per test run on free
 * loopback ports with the repository's realm imported into an in-memory database, so no state
 * survives a run. {@link KeycloakPrestart} starts it in the background as soon as a run includes
 * a {@code keycloak} test; the whole process tree stops when the run ends.
 */
public final class TestKeycloak {

    public static final String REALM = "hanoi";
    private static final Duration STARTUP_LIMIT = Duration.ofMinutes(5);
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = UUID.randomUUID().toString();

    private static CompletableFuture<TestKeycloak> starting;

    private final Process process;
    private final int port;
    private final Path log;

    private TestKeycloak(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts Keycloak if no one has yet; returns at once. */
    static synchronized CompletableFuture<TestKeycloak> startInBackground() {
        if (starting == null) {
            starting = CompletableFuture.supplyAsync(TestKeycloak::start);
        }
        return starting;
    }

    /** The running Keycloak, waiting for it to be ready. */
    public static TestKeycloak await() {
        return startInBackground().join();
    }

    /** Stops Keycloak now, or as soon as it has started. */
    static synchronized void stop() {
        if (starting != null) {
            starting.thenAccept(TestKeycloak::destroy);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    /** The admin API as the bootstrap administrator of the master realm. */
    public Keycloak admin() {
        return KeycloakBuilder.builder()
                .serverUrl(url())
                .realm("master")
                .clientId("admin-cli")
                .username(ADMIN)
                .password(ADMIN_PASSWORD)
                .build();
    }

    private static TestKeycloak start() {
        String home = System.getProperty("danvan.test.keycloak.home");
        String realm = System.getProperty("danvan.test.keycloak.realm");
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "kc.sh")) || realm == null) {
            throw new IllegalStateException("No Keycloak distribution: run the tests through Maven, which unpacks it"
                    + " (danvan.test.keycloak.home=" + home + ")");
        }
        try {
            Path import_ = Files.createDirectories(Path.of(home, "data", "import"));
            Files.copy(Path.of(realm), import_.resolve("realm-hanoi.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = freePort();
            int management = freePort();
            Path log = Path.of(home, "keycloak-test.log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                            Path.of(home, "bin", "kc.sh").toString(),
                            "start-dev",
                            "--http-host=127.0.0.1",
                            "--http-port=" + port,
                            "--http-management-port=" + management,
                            "--health-enabled=true",
                            "--db=dev-mem",
                            "--import-realm"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
            env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
            // Quick start on a busy machine matters more here than peak speed.
            env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1");
            TestKeycloak keycloak = new TestKeycloak(builder.start(), port, log);
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(keycloak::destroy));
            } catch (IllegalStateException shuttingDown) {
                keycloak.destroy(); // the run ended while Keycloak was starting: leave nothing behind
                throw shuttingDown;
            }
            keycloak.awaitReady(management);
            keycloak.warmUp();
            return keycloak;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start", e);
        }
    }

    private void awaitReady(int management) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep();
        }
        destroy();
        throw new IllegalStateException("Keycloak not ready within " + STARTUP_LIMIT + ":\n" + tail());
    }

    /**
     * The realm's first discovery and key requests are slow on a busy machine (classes still
     * loading); make them here, so the API's first token check does not time out.
     */
    private void warmUp() {
        HttpClient http = HttpClient.newHttpClient();
        for (String path : List.of("/.well-known/openid-configuration", "/protocol/openid-connect/certs")) {
            try {
                http.send(
                        HttpRequest.newBuilder(URI.create(issuer() + path))
                                .timeout(Duration.ofMinutes(1))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                throw new IllegalStateException("Keycloak does not answer " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** kc.sh runs Keycloak as its child: stop the children, then the script. */
    private void destroy() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
