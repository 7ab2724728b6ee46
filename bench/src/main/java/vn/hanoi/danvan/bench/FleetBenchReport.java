package vn.hanoi.danvan.bench;

import java.util.List;
import java.util.Locale;

/** The fleet bench's lines and Markdown table, with the verdicts against issue 2's targets. */
final class FleetBenchReport {

    private FleetBenchReport() {}

    static String summary(FleetBench.Result r) {
        return String.format(
                Locale.ROOT,
                "units=%d parallel=%d provision=%.2fs (%.1f units/s, %d migrated, %d failed, repair %.1fs)"
                        + " | same JVM, new pool: behind() first=%.2fms median=%.2fms max=%.2fms"
                        + " migrate() first=%.1fms median=%.1fms"
                        + " | new JVM: pool=%.0fms behind()=%.1fms migrate()=%.0fms process=%.0fms"
                        + " | relations/unit=%d [%s: %s] unit-schemas=%d pg_class=%d db=%dMB",
                r.units(),
                r.parallelism(),
                r.provisionSeconds(),
                r.unitsPerSecond(),
                r.migrated(),
                r.failed(),
                r.repairSeconds(),
                r.behindFirstMs(),
                r.behindMedianMs(),
                r.behindMaxMs(),
                r.migrateFirstMs(),
                r.migrateMedianMs(),
                r.coldPoolMs(),
                r.coldBehindMs(),
                r.coldMigrateMs(),
                r.coldProcessMs(),
                r.relations().total(),
                r.relations().kinds(),
                String.join(" ", r.relations().names()),
                r.unitSchemas(),
                r.catalogRelations(),
                r.databaseBytes() / (1024 * 1024));
    }

    static String table(List<FleetBench.Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| units | parallel | provision empty → all migrated | target | units/s | failed"
                + " | same JVM, new pool: behind() median / max | same JVM, new pool: migrate() first / median"
                + " | new JVM: pool start / first behind() / first migrate() | check target (new JVM behind() /"
                + " migrate()) | relations per unit schema |\n");
        out.append("|---:|---:|---:|---|---:|---:|---:|---:|---:|---|---|\n");
        for (FleetBench.Result r : results) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %.1f s | %s | %.0f | %s | %.2f / %.2f ms | %.0f / %.0f ms | %.0f / %.0f / %.0f ms"
                            + " | %s / %s | %d (%s) |%n",
                    r.units(),
                    r.parallelism(),
                    r.provisionSeconds(),
                    verdict(r.provisionSeconds(), provisionTarget(r.units()), "s"),
                    r.unitsPerSecond(),
                    r.failed() == 0
                            ? "0"
                            : String.format(Locale.ROOT, "%d (repaired in %.1f s)", r.failed(), r.repairSeconds()),
                    r.behindMedianMs(),
                    r.behindMaxMs(),
                    r.migrateFirstMs(),
                    r.migrateMedianMs(),
                    r.coldPoolMs(),
                    r.coldBehindMs(),
                    r.coldMigrateMs(),
                    verdict(r.coldBehindMs(), checkTarget(r.units()), "ms"),
                    shortVerdict(r.coldMigrateMs(), checkTarget(r.units())),
                    r.relations().total(),
                    r.relations().kinds()));
        }
        return out.toString();
    }

    /** Issue 2: 126 units in 10 s, 3,300 in 5 min; no target between. */
    static double provisionTarget(int units) {
        return units <= 126 ? 10 : units >= 3300 ? 300 : Double.NaN;
    }

    /** Issue 2: the fleet check with 126 current in 200 ms, with 3,300 current in 1 s. */
    static double checkTarget(int units) {
        return units <= 126 ? 200 : units >= 3300 ? 1000 : Double.NaN;
    }

    private static String verdict(double value, double target, String unit) {
        if (Double.isNaN(target)) {
            return "—";
        }
        return String.format(Locale.ROOT, "≤ %.0f %s: %s", target, unit, value <= target ? "met" : "MISSED");
    }

    private static String shortVerdict(double value, double target) {
        return Double.isNaN(target) ? "—" : value <= target ? "met" : "MISSED";
    }
}
