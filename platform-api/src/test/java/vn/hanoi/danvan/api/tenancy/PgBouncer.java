package vn.hanoi.danvan.api.tenancy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A PgBouncer process in transaction pooling mode in front of a test database, started from the
 * {@code pgbouncer} binary on the PATH with a configuration written to a temporary folder, on a
 * free loopback port. It offers the database under its own name, pooled over a few server
 * connections, and under {@link #SINGLE_SUFFIX} over exactly one.
 *
 * <p>JDBC clients connect with {@code prepareThreshold=0}: pgjdbc otherwise turns a statement it
 * has run five times on a connection into a named server-side prepared statement, which lives on
 * one server connection, while PgBouncer (before 1.21's {@code max_prepared_statements}) hands
 * the next transaction any server connection: "prepared statement S_1 does not exist".
 */
final class PgBouncer implements AutoCloseable {

    /** The database name suffix that reaches the database over a single server connection. */
    static final String SINGLE_SUFFIX = "_single";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

    private final Process process;
    private final Path directory;
    private final int port;
    private final Target target;

    private PgBouncer(Process process, Path directory, int port, Target target) {
        this.process = process;
        this.directory = directory;
        this.port = port;
        this.target = target;
    }

    /** The {@code pgbouncer} executable on the PATH, if there is one. */
    static Optional<Path> binary() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "pgbouncer"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * Starts PgBouncer in front of the database of a JDBC URL ({@code
     * jdbc:postgresql://host:port/db?user=..&password=..}), pooling its transactions over {@code
     * serverConnections} connections.
     */
    static PgBouncer start(Path binary, String databaseUrl, int serverConnections) {
        Target target = Target.of(databaseUrl);
        try {
            Path directory = Files.createTempDirectory("pgbouncer");
            // Readable by the unprivileged user PgBouncer switches to when started as root.
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
            int port = freePort();
            Path userlist = write(directory.resolve("userlist.txt"), target.userlist());
            Path ini = write(directory.resolve("pgbouncer.ini"), target.ini(port, userlist, serverConnections));
            Path log = directory.resolve("pgbouncer.log");
            Process process = new ProcessBuilder(binary.toString(), ini.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PgBouncer bouncer = new PgBouncer(process, directory, port, target);
            bouncer.awaitListening();
            return bouncer;
        } catch (IOException e) {
            throw new UncheckedIOException("PgBouncer did not start", e);
        }
    }

    /** The JDBC URL of the database through PgBouncer, pooled over the configured connections. */
    String url() {
        return target.urlThrough(port, target.database());
    }

    /** The JDBC URL of the database through PgBouncer over one server connection. */
    String singleConnectionUrl() {
        return target.urlThrough(port, target.database() + SINGLE_SUFFIX);
    }

    /** What PgBouncer logged, for a failing test's message. */
    String log() {
        try {
            return Files.readString(directory.resolve("pgbouncer.log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private void awaitListening() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PgBouncer exited with " + process.exitValue() + ":\n" + log());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                pause();
            }
        }
        close();
        throw new IllegalStateException("PgBouncer did not listen within " + START_TIMEOUT + ":\n" + log());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // A temporary folder left behind is harmless.
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The PostgreSQL server and database a JDBC URL names, with its credentials. */
    private record Target(String host, int port, String database, String user, String password) {

        static Target of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            Map<String, String> parameters = new LinkedHashMap<>();
            if (uri.getQuery() != null) {
                for (String pair : uri.getQuery().split("&")) {
                    int equals = pair.indexOf('=');
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
            return new Target(
                    uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(),
                    uri.getPath().substring(1),
                    parameters.getOrDefault("user", System.getProperty("user.name")),
                    parameters.getOrDefault("password", ""));
        }

        String ini(int listenPort, Path userlist, int serverConnections) {
            String server = "host=%s port=%d dbname=%s user=%s%s"
                    .formatted(host, port, database, user, password.isEmpty() ? "" : " password=" + password);
            return """
                    [databases]
                    %1$s = %2$s
                    %1$s%3$s = %2$s pool_size=1

                    [pgbouncer]
                    listen_addr = 127.0.0.1
                    listen_port = %4$d
                    unix_socket_dir =
                    auth_type = trust
                    auth_file = %5$s
                    pool_mode = transaction
                    default_pool_size = %6$d
                    max_client_conn = 200
                    ; pgjdbc sends it at login; PgBouncer does not track it.
                    ignore_startup_parameters = extra_float_digits
                    %7$s
                    """.formatted(
                            database,
                            server,
                            SINGLE_SUFFIX,
                            listenPort,
                            userlist,
                            serverConnections,
                            // PgBouncer refuses to run as root; it drops to this user instead.
                            "root".equals(System.getProperty("user.name")) ? "user = nobody" : "");
        }

        String userlist() {
            return "\"%s\" \"%s\"%n".formatted(user, password);
        }

        String urlThrough(int bouncerPort, String name) {
            String credentials = password.isEmpty() ? "" : "&password=" + password;
            return "jdbc:postgresql://127.0.0.1:%d/%s?user=%s%s&prepareThreshold=0"
                    .formatted(bouncerPort, name, user, credentials);
        }
    }
}
