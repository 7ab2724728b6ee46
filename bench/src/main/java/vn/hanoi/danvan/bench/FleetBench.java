package vn.hanoi.danvan.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.FleetReport;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.admin.UnitChangelog;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitDefinition;
import vn.hanoi.danvan.admin.UnitKind;
import vn.hanoi.danvan.admin.UnitMigrationResult;
import vn.hanoi.danvan.admin.UnitSchema;

/**
 * The fleet benchmark of issue 2: for each fleet size, in a fresh database, how long provisioning
 * takes from empty to every unit migrated, how long the restart fleet check takes with every unit
 * current, and how many relations one unit schema holds.
 *
 * <p>{@code FleetBench [--parallel N] [--check-runs N] [--changelog resource] [--keep] <size>...};
 * the admin JDBC URL comes from {@code BENCH_POSTGRES_URL}. The first {@code min(size, 126)} units
 * are Hanoi's real ones, the rest synthetic units with codes from 90000. {@code --changelog} swaps
 * the unit changelog for another classpath resource, such as the projected one in
 * {@code bench/unit-projected/changelog.yaml}.
 */
public final class FleetBench {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
    static final int SYNTHETIC_BASE = 90_000;
    static final String RESTART_MODE = "--restart-check";

    // Held so the level set on Liquibase's java.util.logging logger is not collected away.
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    /** The real stdout; {@code System.out} is silenced, since Liquibase writes there. */
    private static final PrintStream OUT = System.out;

    private FleetBench() {}

    record Options(
            String adminUrl, List<Integer> sizes, int parallelism, int checkRuns, boolean keep, String changelogPath) {

        UnitChangelog changelog() {
            return changelogPath == null ? UnitChangelog.DEFAULT : new UnitChangelog(changelogPath);
        }
    }

    record Relations(int total, Map<String, Integer> byKind, List<String> names) {
        String kinds() {
            StringBuilder text = new StringBuilder();
            byKind.forEach((kind, count) -> text.append(text.isEmpty() ? "" : ", ")
                    .append(count)
                    .append(' ')
                    .append(kind));
            return text.isEmpty() ? "none" : text.toString();
        }
    }

    record Result(
            int units,
            int parallelism,
            double provisionSeconds,
            long migrated,
            int failed,
            double repairSeconds,
            double behindFirstMs,
            double behindMedianMs,
            double behindMaxMs,
            double migrateFirstMs,
            double migrateMedianMs,
            double coldPoolMs,
            double coldBehindMs,
            double coldMigrateMs,
            double coldProcessMs,
            Relations relations,
            int unitSchemas,
            long catalogRelations,
            long databaseBytes) {

        double unitsPerSecond() {
            return units / provisionSeconds;
        }
    }

    public static void main(String[] args) throws Exception {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
        // Liquibase prints an update summary on stdout for every unit: the figures go to OUT alone.
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        if (args.length > 0 && args[0].equals(RESTART_MODE)) {
            restartCheck(args);
            return;
        }
        Options options;
        try {
            options = parse(Arrays.asList(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("fleet-bench: " + e.getMessage());
            System.err.println("usage: FleetBench [--parallel N] [--check-runs N] [--changelog resource] [--keep]"
                    + " <units>...  (e.g. 126 1000 3300); admin URL from BENCH_POSTGRES_URL");
            System.exit(2);
            return;
        }
        OUT.printf(
                "fleet-bench: unit changelog %s at %s, parallelism %d, pool %d, %d check runs, %s%n",
                options.changelog().path(),
                options.changelog().version(),
                options.parallelism(),
                options.parallelism() + 2,
                options.checkRuns(),
                serverVersion(options.adminUrl()));
        List<Result> results = new ArrayList<>();
        for (int size : options.sizes()) {
            Result result = run(options, size);
            results.add(result);
            OUT.println(FleetBenchReport.summary(result));
        }
        OUT.println();
        OUT.print(FleetBenchReport.table(results));
        boolean failed = results.stream().anyMatch(result -> result.failed() > 0);
        System.exit(failed ? 1 : 0);
    }

    static Options parse(List<String> args, Map<String, String> env) {
        int parallelism = Fleet.defaultParallelism();
        int checkRuns = 20;
        boolean keep = false;
        String changelog = null;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--parallel" -> parallelism = positive(arg, value(args, ++i, arg));
                case "--check-runs" -> checkRuns = positive(arg, value(args, ++i, arg));
                case "--keep" -> keep = true;
                case "--changelog" -> changelog = value(args, ++i, arg);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    int size = positive("a fleet size", arg);
                    if (size > ReferenceUnits.hanoi().size() + (99_999 - SYNTHETIC_BASE)) {
                        throw new IllegalArgumentException("at most " + (126 + 99_999 - SYNTHETIC_BASE) + " units");
                    }
                    sizes.add(size);
                }
            }
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("give at least one fleet size");
        }
        String url = env.getOrDefault("BENCH_POSTGRES_URL", "");
        return new Options(
                url.isBlank() ? DEFAULT_URL : url, List.copyOf(sizes), parallelism, checkRuns, keep, changelog);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int positive(String what, String text) {
        try {
            int value = Integer.parseInt(text);
            if (value < 1) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a positive whole number, not '" + text + "'");
        }
    }

    /** Hanoi's real units first, then synthetic ones: codes 90000 and up, wards and communes in turn. */
    static List<UnitDefinition> definitions(int size) {
        List<UnitDefinition> hanoi = ReferenceUnits.hanoi();
        List<UnitDefinition> units = new ArrayList<>(hanoi.subList(0, Math.min(size, hanoi.size())));
        for (int i = 0; units.size() < size; i++) {
            boolean ward = i % 2 == 0;
            units.add(new UnitDefinition(
                    UnitCode.of(String.format(Locale.ROOT, "%05d", SYNTHETIC_BASE + i)),
                    (ward ? "Phường" : "Xã") + " Thử Nghiệm " + (i + 1),
                    ward ? UnitKind.WARD : UnitKind.COMMUNE,
                    UnitDefinition.HANOI_2025));
        }
        return units;
    }

    static Result run(Options options, int size) throws Exception {
        String database = "bench_fleet_" + size + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        String url = withDatabase(options.adminUrl(), database);
        List<UnitDefinition> units = definitions(size);
        int parallelism = options.parallelism();
        UnitChangelog changelog = options.changelog();
        adminExecute(options.adminUrl(), "create database " + database + " template template0");
        System.err.printf("[%d] database %s created%n", size, database);
        try {
            // 1. Provisioning, from an empty database to every unit migrated.
            FleetReport report;
            double provisionSeconds;
            double repairSeconds = 0;
            try (HikariDataSource pool = pool(url, parallelism, "bench-provision");
                    ProvisionProgress progress = new ProvisionProgress(url, size)) {
                Fleet fleet = new Fleet(pool, changelog, parallelism);
                progress.start();
                long start = System.nanoTime();
                report = fleet.provision(units);
                provisionSeconds = (System.nanoTime() - start) / 1e9;
                System.err.printf("[%d] provisioned: %s%n", size, report.summary());
                for (UnitMigrationResult failure : report.failures()) {
                    System.err.printf("[%d] unit %s failed: %s%n", size, failure.code(), failure.error());
                }
                if (!report.succeeded()) {
                    // A failed unit is recorded and retried by the next fleet migration: do that, apart.
                    long repair = System.nanoTime();
                    FleetReport repaired = fleet.migrate();
                    repairSeconds = (System.nanoTime() - repair) / 1e9;
                    System.err.printf("[%d] repair: %s%n", size, repaired.summary());
                }
            }

            // 2. The restart fleet check, on a new pool and a new Fleet, every unit current.
            double[] behind = new double[options.checkRuns()];
            double[] migrate = new double[Math.max(5, options.checkRuns() / 4)];
            try (HikariDataSource pool = pool(url, parallelism, "bench-restart")) {
                Fleet fleet = new Fleet(pool, changelog, parallelism);
                for (int i = 0; i < behind.length; i++) {
                    long start = System.nanoTime();
                    int count = fleet.behind();
                    behind[i] = (System.nanoTime() - start) / 1e6;
                    if (count != 0) {
                        throw new IllegalStateException(count + " unit(s) behind after provisioning");
                    }
                }
                for (int i = 0; i < migrate.length; i++) {
                    long start = System.nanoTime();
                    FleetReport check = fleet.migrate();
                    migrate[i] = (System.nanoTime() - start) / 1e6;
                    if (!check.alreadyCurrent()) {
                        throw new IllegalStateException("The fleet check migrated something: " + check.summary());
                    }
                }
            }
            // The check as a restarted service meets it: a new JVM, a new pool, behind(), migrate().
            double[] cold = coldRestart(url, parallelism, changelog.path());

            // 3. What one unit schema holds, and what the whole fleet costs the catalogue.
            Relations relations =
                    relations(url, UnitSchema.forCode(units.getFirst().code()).name());
            long[] catalogue = catalogue(url);
            return new Result(
                    size,
                    parallelism,
                    provisionSeconds,
                    report.migrated(),
                    report.failures().size(),
                    repairSeconds,
                    behind[0],
                    median(behind),
                    max(behind),
                    migrate[0],
                    median(migrate),
                    cold[0],
                    cold[1],
                    cold[2],
                    cold[3],
                    relations,
                    (int) catalogue[0],
                    catalogue[1],
                    catalogue[2]);
        } finally {
            if (options.keep()) {
                System.err.printf("[%d] kept database %s%n", size, database);
            } else {
                long start = System.nanoTime();
                adminExecute(options.adminUrl(), "drop database if exists " + database + " with (force)");
                System.err.printf(
                        "[%d] database %s dropped in %.1f s%n", size, database, (System.nanoTime() - start) / 1e9);
            }
        }
    }

    /**
     * Child JVM: {@code --restart-check <url> <parallelism> <changelog>}. Prints the milliseconds to
     * start the pool, then the first {@code behind()} (what the API runs at start in production),
     * then the first {@code migrate()} (what it runs with migrate-on-start, and the migration job),
     * then whether the fleet was current.
     */
    private static void restartCheck(String[] args) {
        long start = System.nanoTime();
        int parallelism = Integer.parseInt(args[2]);
        try (HikariDataSource pool = pool(args[1], parallelism, "bench-cold")) {
            Fleet fleet = new Fleet(pool, new UnitChangelog(args[3]), parallelism);
            long ready = System.nanoTime();
            int behind = fleet.behind();
            long checked = System.nanoTime();
            FleetReport report = fleet.migrate();
            long done = System.nanoTime();
            OUT.printf(
                    Locale.ROOT,
                    "RESTART %.3f %.3f %.3f %s%n",
                    (ready - start) / 1e6,
                    (checked - ready) / 1e6,
                    (done - checked) / 1e6,
                    behind == 0 && report.alreadyCurrent());
        }
    }

    /**
     * In a new JVM: {pool start ms, first behind() ms, first migrate() ms, process wall ms
     * including the JVM's start}.
     */
    private static double[] coldRestart(String url, int parallelism, String changelog) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                FleetBench.class.getName(),
                RESTART_MODE,
                url,
                Integer.toString(parallelism),
                changelog);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String line;
        String found = null;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESTART ")) {
                    found = line;
                }
            }
        }
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || found == null) {
            process.destroyForcibly();
            throw new IllegalStateException("The cold restart check failed");
        }
        double wall = (System.nanoTime() - start) / 1e6;
        String[] parts = found.split(" ");
        if (!Boolean.parseBoolean(parts[4])) {
            throw new IllegalStateException("The cold restart check found units behind");
        }
        return new double[] {
            Double.parseDouble(parts[1]), Double.parseDouble(parts[2]), Double.parseDouble(parts[3]), wall
        };
    }

    static Relations relations(String url, String schema) throws SQLException {
        Map<String, Integer> byKind = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                PreparedStatement statement = connection.prepareStatement("""
                        select c.relkind::text, c.relname
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = ? and c.relkind in ('r', 'i', 'S', 'p')
                         order by c.relkind, c.relname
                        """)) {
            statement.setString(1, schema);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    byKind.merge(kindName(rs.getString(1)), 1, Integer::sum);
                    names.add(rs.getString(2));
                }
            }
        }
        return new Relations(names.size(), byKind, names);
    }

    private static String kindName(String relkind) {
        return switch (relkind) {
            case "r" -> "tables";
            case "i" -> "indexes";
            case "S" -> "sequences";
            case "p" -> "partitioned tables";
            default -> relkind;
        };
    }

    /** {unit schemas, pg_class rows in the database, database bytes}. */
    private static long[] catalogue(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("""
                        select (select count(*) from pg_namespace where nspname like 'unit\\_%'),
                               (select count(*) from pg_class),
                               pg_database_size(current_database())
                        """)) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    static HikariDataSource pool(String url, int parallelism, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setMaximumPoolSize(parallelism + 2);
        config.setPoolName(name);
        return new HikariDataSource(config);
    }

    /** The admin URL pointed at another database: {@code jdbc:postgresql://host:port/<db>?params}. */
    static String withDatabase(String adminUrl, String database) {
        String prefix = "jdbc:postgresql://";
        if (!adminUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("BENCH_POSTGRES_URL must start with " + prefix);
        }
        int query = adminUrl.indexOf('?');
        String params = query < 0 ? "" : adminUrl.substring(query);
        String authority = adminUrl.substring(prefix.length(), query < 0 ? adminUrl.length() : query);
        int slash = authority.indexOf('/');
        String hosts = slash < 0 ? authority : authority.substring(0, slash);
        return prefix + hosts + "/" + database + params;
    }

    private static void adminExecute(String adminUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String serverVersion(String adminUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminUrl);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1) + ", Java " + Runtime.version() + ", "
                    + Runtime.getRuntime().availableProcessors() + " CPUs";
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }
}
