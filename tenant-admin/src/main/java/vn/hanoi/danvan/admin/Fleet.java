package vn.hanoi.danvan.admin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * All units at once: the fleet check, fleet migration and bulk provisioning. Units run in bounded
 * parallel, each on its own connection; one unit's failure is recorded on it and the others go on.
 */
public class Fleet {

    private final DataSource dataSource;
    private final UnitRegistry registry;
    private final UnitProvisioner provisioner;
    private final int parallelism;

    public Fleet(DataSource dataSource, UnitChangelog changelog, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1");
        }
        this.dataSource = dataSource;
        this.registry = new UnitRegistry(dataSource);
        this.provisioner = new UnitProvisioner(dataSource, registry, changelog);
        this.parallelism = parallelism;
    }

    public static int defaultParallelism() {
        return Math.min(8, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    public UnitRegistry registry() {
        return registry;
    }

    public UnitProvisioner provisioner() {
        return provisioner;
    }

    public String targetVersion() {
        return provisioner.changelog().version();
    }

    /** How many living units are behind the target version: one query, no Liquibase. */
    public int behind() {
        return registry.countBehind(targetVersion());
    }

    /** The fleet as this release sees it: units by status, behind, failed; one query. */
    public FleetCensus census() {
        return registry.census(provisioner.changelog());
    }

    /** Migrates the platform schema, then every unit that is behind. */
    public FleetReport migrate() {
        long start = System.nanoTime();
        PlatformSchema.migrate(dataSource);
        if (behind() == 0) {
            return new FleetReport(targetVersion(), true, List.of(), since(start));
        }
        List<UnitMigrationResult> results = inParallel(registry.behind(targetVersion()), provisioner::migrate);
        return new FleetReport(targetVersion(), false, results, since(start));
    }

    /** Registers and migrates each unit; units already current are left untouched. */
    public FleetReport provision(List<UnitDefinition> units) {
        long start = System.nanoTime();
        PlatformSchema.migrate(dataSource);
        List<UnitMigrationResult> results = inParallel(units, provisioner::provision);
        return new FleetReport(targetVersion(), false, results, since(start));
    }

    private <T> List<UnitMigrationResult> inParallel(List<T> units, Function<T, UnitMigrationResult> work) {
        try (ExecutorService workers = Executors.newFixedThreadPool(Math.min(parallelism, units.size() + 1))) {
            List<Future<UnitMigrationResult>> pending = new ArrayList<>();
            for (T unit : units) {
                pending.add(workers.submit(() -> work.apply(unit)));
            }
            List<UnitMigrationResult> results = new ArrayList<>(pending.size());
            for (Future<UnitMigrationResult> future : pending) {
                results.add(await(future));
            }
            return results;
        } finally {
            Liquibases.releaseCaches();
        }
    }

    private static UnitMigrationResult await(Future<UnitMigrationResult> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while migrating the fleet", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("A unit migration broke: " + Failures.oneLine(e.getCause()), e.getCause());
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
