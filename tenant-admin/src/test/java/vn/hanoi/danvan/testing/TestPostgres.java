package vn.hanoi.danvan.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where tests find PostgreSQL, in this order: {@code DANVAN_TEST_POSTGRES_URL} (a JDBC URL to a
 * server the tests may create databases on, as CI sets it), a Testcontainers container where a
 * Docker engine runs, else an embedded PostgreSQL. Every call to {@link #newDatabase()} creates a
 * fresh database, dropped when the test JVM exits, so no run sees another's state.
 */
public final class TestPostgres {

    public static final String URL_VARIABLE = "DANVAN_TEST_POSTGRES_URL";

    private static Server server;

    private TestPostgres() {}

    /** A JDBC URL, with credentials, of a new empty database. */
    public static synchronized String newDatabase() {
        Server server = server();
        String name =
                "danvan_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(server.adminUrl(), "create database " + name + " template template0 encoding 'UTF8'");
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> execute(server.adminUrl(), "drop database if exists " + name + " with (force)")));
        return server.urlOf(name);
    }

    /** A small pool on a new empty database. */
    public static HikariDataSource newDataSource(int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(newDatabase());
        config.setMaximumPoolSize(poolSize);
        return new HikariDataSource(config);
    }

    private static Server server() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static Server start() {
        String explicit = System.getenv(URL_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return new Server(explicit);
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
            container.start();
            return new Server(container.getJdbcUrl() + "&user=" + container.getUsername() + "&password="
                    + container.getPassword());
        }
        try {
            EmbeddedPostgres embedded = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(embedded)));
            return new Server(embedded.getJdbcUrl("postgres", "postgres"));
        } catch (IOException e) {
            throw new UncheckedIOException("No PostgreSQL for the tests: embedded PostgreSQL failed to start", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static void close(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException ignored) {
            // The JVM is exiting; the temporary data directory goes with it.
        }
    }

    private static void execute(String url, String statement) {
        try (Connection connection = DriverManager.getConnection(url);
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + statement, e);
        }
    }

    /** A server reached through an admin URL (any database on it), able to name others. */
    record Server(String adminUrl) {

        String urlOf(String database) {
            // jdbc:postgresql://host:port/db?params -> same host and params, another database.
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            String tail = query < 0 ? "" : adminUrl.substring(query);
            return adminUrl.substring(0, slash + 1) + database.toLowerCase(Locale.ROOT) + tail;
        }
    }
}
