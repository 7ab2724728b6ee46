package vn.hanoi.danvan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitRegistry;

/**
 * The README's run command, as a newcomer meets it: no configuration at all, an embedded
 * PostgreSQL, all 126 units on first start, the same units again after a restart.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: application-dev.yaml would override those, and the
        // test would run on the developer's own platform-api/.danvan. Demo data: DemoDataTest.
        return new SpringApplicationBuilder(DanvanApplication.class)
                .run(
                        "--server.port=0",
                        "--danvan.embedded.data-dir=" + dataDir,
                        "--danvan.demo.enabled=false",
                        "--logging.level.root=warn");
    }

    @Test
    void startsWithNoConfigurationProvisionsHanoiAndReusesItOnRestart() throws Exception {
        List<Instant> firstMigration;
        try (ConfigurableApplicationContext first = start()) {
            List<Unit> units = first.getBean(UnitRegistry.class).all();
            assertThat(units).hasSize(126);
            firstMigration = units.stream().map(Unit::migratedAt).toList();

            int port = ((WebServerApplicationContext) first).getWebServer().getPort();
            assertThat(me(port, "officer.hoankiem")).isEqualTo("00070");
        }
        try (ConfigurableApplicationContext second = start()) {
            List<Unit> units = second.getBean(UnitRegistry.class).all();
            assertThat(units).hasSize(126);
            // Nothing was provisioned or migrated again.
            assertThat(units.stream().map(Unit::migratedAt).toList()).isEqualTo(firstMigration);
        }
    }

    private static String me(int port, String username) throws Exception {
        return DevClient.query(port, username, "{ me { unit { code } } }").read("$.data.me.unit.code");
    }
}
