package vn.hanoi.danvan.admin;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a fleet operation: which units were migrated, which failed and why. A fleet that
 * was already current reports {@code alreadyCurrent} and touched nothing.
 */
public record FleetReport(
        String targetVersion, boolean alreadyCurrent, List<UnitMigrationResult> results, Duration took) {

    public List<UnitMigrationResult> failures() {
        return results.stream().filter(result -> !result.succeeded()).toList();
    }

    public long migrated() {
        return results.stream().filter(UnitMigrationResult::succeeded).count();
    }

    public boolean succeeded() {
        return failures().isEmpty();
    }

    public String summary() {
        if (alreadyCurrent) {
            return "fleet current at " + targetVersion + " (checked in " + took.toMillis() + " ms)";
        }
        return "migrated " + migrated() + " unit(s), " + failures().size() + " failed, to " + targetVersion + " in "
                + took.toMillis() + " ms";
    }
}
