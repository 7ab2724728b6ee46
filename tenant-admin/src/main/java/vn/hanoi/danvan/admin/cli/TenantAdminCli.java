package vn.hanoi.danvan.admin.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hanoi.danvan.admin.FactRebuild;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.InvalidUnitException;
import vn.hanoi.danvan.admin.UnitChangelog;
import vn.hanoi.danvan.admin.UnitNotFoundException;
import vn.hanoi.danvan.admin.keycloak.KeycloakSettings;

/**
 * {@code java -jar danvan-tenant-admin-cli.jar <command>}: exit code 0 on success, 1 when the
 * operation failed, 2 when the command itself is wrong; the reason is one line on stderr.
 *
 * <p>The database comes from {@code SPRING_DATASOURCE_URL}, {@code SPRING_DATASOURCE_USERNAME}
 * and {@code SPRING_DATASOURCE_PASSWORD}, the same variables the API reads. With
 * {@code DANVAN_KEYCLOAK_URL} (and the admin client's id and secret, see {@link KeycloakSettings}),
 * {@code provision} also makes each unit's group in Keycloak.
 */
public final class TenantAdminCli {

    static final String USAGE = """
            usage: tenant-admin <command>
              list                      every registered unit
              status [code]             the fleet, or one unit
              provision <code>|--all    register and build a unit of the Hanoi reference list (or all 126),
                                        and its Keycloak group if DANVAN_KEYCLOAK_URL is set
              migrate --all             migrate the platform schema and every unit that is behind
              suspend <code>            stop serving a unit (its data stays)
              resume <code>             serve a suspended unit again
              facts rebuild <code>|--all  recompute the oversight facts (petition, reception, directive) and
                                        their summaries from the unit schemas
              facts check [code|--all]  report facts and summaries that drifted from the unit schemas, by
                                        family (exit 1)
            options: --parallel N (default: cores, 2 to 8)
            """;

    // Held so the level set on Liquibase's java.util.logging logger is not collected away.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    private TenantAdminCli() {}

    public static void main(String[] args) {
        // Before the first logger exists: the CLI prints its answer, and only warnings beside it.
        System.setProperty("logback.configurationFile", "tenant-admin-logback.xml");
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        System.exit(run(Arrays.asList(args), System.getenv(), System.out, System.err));
    }

    /** Runs one command with the given environment; the process exit code. */
    public static int run(List<String> args, java.util.Map<String, String> env, PrintStream out, PrintStream err) {
        Invocation invocation;
        Optional<KeycloakSettings> keycloak;
        try {
            invocation = Invocation.parse(args);
            keycloak = KeycloakSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err.println("tenant-admin: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        String url = env.get("SPRING_DATASOURCE_URL");
        if (url == null || url.isBlank()) {
            err.println("tenant-admin: set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to the database");
            return 2;
        }
        try (HikariDataSource dataSource = dataSource(url, env, invocation.parallelism())) {
            Fleet fleet = new Fleet(dataSource, UnitChangelog.DEFAULT, invocation.parallelism());
            return new Commands(fleet, new FactRebuild(dataSource), keycloak, out).run(invocation);
        } catch (InvalidUnitException | UnitNotFoundException e) {
            err.println("tenant-admin: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("tenant-admin: " + oneLine(e));
            return 1;
        }
    }

    private static HikariDataSource dataSource(String url, java.util.Map<String, String> env, int parallelism) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(env.get("SPRING_DATASOURCE_USERNAME"));
        config.setPassword(env.get("SPRING_DATASOURCE_PASSWORD"));
        config.setMaximumPoolSize(parallelism + 1);
        config.setPoolName("tenant-admin");
        return new HikariDataSource(config);
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.replaceAll("\\s+", " ");
    }
}
