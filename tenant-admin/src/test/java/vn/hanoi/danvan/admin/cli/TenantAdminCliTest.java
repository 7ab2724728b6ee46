package vn.hanoi.danvan.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.testing.TestPostgres;

class TenantAdminCliTest {

    private Map<String, String> env;

    @BeforeEach
    void freshDatabase() {
        env = Map.of("SPRING_DATASOURCE_URL", TestPostgres.newDatabase());
    }

    private record Outcome(int exit, String out, String err) {}

    private Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = TenantAdminCli.run(
                List.of(args),
                env,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void provisionsAUnitThenListsReportsSuspendsAndResumesIt() {
        Outcome provision = run("provision", "00070");
        assertThat(provision.exit()).isZero();
        assertThat(provision.out()).contains("migrated 1 unit(s), 0 failed");

        assertThat(run("list").out()).contains("00070", "WARD", "ACTIVE", "Phường Hoàn Kiếm");
        assertThat(run("status", "00070").out()).contains("status: ACTIVE", "current: true");

        assertThat(run("suspend", "00070").exit()).isZero();
        assertThat(run("status", "00070").out()).contains("status: SUSPENDED");
        assertThat(run("resume", "00070").exit()).isZero();
        assertThat(run("status", "00070").out()).contains("status: ACTIVE");

        Outcome fleet = run("status");
        assertThat(fleet.exit()).isZero();
        assertThat(fleet.out()).contains("units: 1", "behind: 0");
        assertThat(run("migrate", "--all").out()).contains("fleet current");
    }

    @Test
    void provisioningTwiceSucceedsBothTimes() {
        assertThat(run("provision", "00004").exit()).isZero();
        assertThat(run("provision", "00004").exit()).isZero();
        assertThat(run("list").out().lines().filter(line -> line.startsWith("00004")))
                .hasSize(1);
    }

    @Test
    void wrongCommandsExitWithTwoAndOneLineOfReason() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("frobnicate").err()).startsWith("tenant-admin: unknown command 'frobnicate'");
        assertThat(run("migrate").exit()).isEqualTo(2);

        Outcome injected = run("provision", "00070; drop schema platform");
        assertThat(injected.exit()).isEqualTo(2);
        assertThat(injected.err().lines().findFirst().orElseThrow()).contains("five digits");

        Outcome unknown = run("provision", "99999");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("not in reference/hanoi-units.csv");
    }

    @Test
    void statusOfAnUnknownUnitFailsAndSuspendingTwiceIsHarmless() {
        run("provision", "00070");
        assertThat(run("status", "00082").exit()).isEqualTo(2);
        assertThat(run("suspend", "00070").exit()).isZero();
        Outcome again = run("suspend", "00070");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already SUSPENDED");
    }

    @Test
    void withoutADatabaseUrlItSaysWhatIsMissing() {
        env = Map.of();
        Outcome outcome = run("list");
        assertThat(outcome.exit()).isEqualTo(2);
        assertThat(outcome.err()).contains("SPRING_DATASOURCE_URL");
    }
}
