package vn.hanoi.danvan.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import vn.hanoi.danvan.api.redis.Redis;
import vn.hanoi.danvan.api.redis.RedisAt;

/**
 * Readiness as Kubernetes asks for it ({@code /actuator/health/readiness}): not ready while a
 * serving unit is not yet migrated to this build or PostgreSQL is unreachable; ready with Redis
 * down, which {@code /actuator/health} still reports. Its own application context, reaching
 * PostgreSQL through a relay the test cuts, and a Redis address where nothing listens.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(ReadinessTest.RelayedDatabaseAndNoRedis.class)
class ReadinessTest extends ApiTest {

    private static final URI DATABASE = URI.create(databaseUrl().substring("jdbc:".length()));
    private static final TcpRelay RELAY =
            TcpRelay.to(DATABASE.getHost(), DATABASE.getPort() < 0 ? 5432 : DATABASE.getPort());

    /** The application's pool reaches PostgreSQL through the relay; its Redis is nowhere. */
    @TestConfiguration
    static class RelayedDatabaseAndNoRedis {

        @Bean(destroyMethod = "close")
        @Primary
        HikariDataSource relayedDataSource() {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + RELAY.port() + DATABASE.getRawPath() + "?"
                    + DATABASE.getRawQuery());
            config.setMaximumPoolSize(4);
            // An unreachable database must fail the probe quickly, not after the default 30 s.
            config.setConnectionTimeout(1500);
            return new HikariDataSource(config);
        }

        @Bean(destroyMethod = "close")
        @Primary
        Redis unreachableRedis() {
            return RedisAt.url("redis://127.0.0.1:" + TestRedis.freePort(), TestRedis.newKeyPrefix());
        }
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    @Test
    void readyWithRedisDownWhichTheHealthEndpointReports() {
        assertThat(readiness().status()).isEqualTo(200);

        Response health = get(port, "/actuator/health", token("admin.platform"));

        assertThat(health.<String>read("$.components.redis.status")).isEqualTo("DOWN");
        assertThat(health.<String>read("$.components.db.status")).isEqualTo("UP");
        assertThat(health.<String>read("$.components.fleet.status")).isEqualTo("UP");
        assertThat(health.<Integer>read("$.components.fleet.details.active")).isEqualTo(126);
    }

    @Test
    void notReadyWhileAServingUnitIsBehindThisBuildButReadyWithAFailedOne() {
        JdbcClient registry = JdbcClient.create(new DriverManagerDataSource(databaseUrl()));
        String version = registry.sql("select schema_version from platform.unit where code = '00070'")
                .query(String.class)
                .single();
        try {
            // As a fleet migration leaves a unit it has not reached yet.
            registry.sql("update platform.unit set schema_version = '1-000000000000' where code = '00070'")
                    .update();
            Response behind = readiness();
            assertThat(behind.status()).isEqualTo(503);
            assertThat(health("fleet").<Integer>read("$.details.behind")).isEqualTo(1);

            // As a migration that failed leaves it: reported, and the other units go on serving.
            registry.sql("update platform.unit set migration_error = 'a changeset failed' where code = '00070'")
                    .update();
            assertThat(readiness().status()).isEqualTo(200);
            assertThat(health("fleet").<Integer>read("$.details.failed")).isEqualTo(1);
        } finally {
            registry.sql("update platform.unit set schema_version = :version, migration_error = null"
                            + " where code = '00070'")
                    .param("version", version)
                    .update();
        }
        assertThat(readiness().status()).isEqualTo(200);
    }

    @Test
    void notReadyWhilePostgresqlIsUnreachable() {
        assertThat(readiness().status()).isEqualTo(200);
        String adminToken = token("admin.platform");

        RELAY.cut();
        try {
            assertThat(readiness().status()).isEqualTo(503);
            Response health = get(port, "/actuator/health", adminToken);
            assertThat(health.<String>read("$.components.db.status")).isEqualTo("DOWN");
            assertThat(health.<String>read("$.components.fleet.status")).isEqualTo("DOWN");
        } finally {
            RELAY.open();
        }
        assertThat(readyAgain()).as("ready again once PostgreSQL answers").isTrue();
    }

    private Response readiness() {
        return get(port, "/actuator/health/readiness", null);
    }

    private Response health(String component) {
        return get(port, "/actuator/health/" + component, token("admin.platform"));
    }

    /** The pool reconnects in the background: wait for it, within a bound. */
    private boolean readyAgain() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (readiness().status() == 200) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
