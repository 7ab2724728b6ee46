package vn.hanoi.danvan.admin;

import java.time.Instant;
import java.time.LocalDate;

/** A registered unit: one row of {@code platform.unit}. */
public record Unit(
        int id,
        UnitCode code,
        LocalDate effectiveFrom,
        String slug,
        String name,
        UnitKind kind,
        UnitSchema schema,
        UnitStatus status,
        String schemaVersion,
        String migrationError,
        Instant migratedAt) {

    public boolean isCurrent(String targetVersion) {
        return status != UnitStatus.PROVISIONING && targetVersion.equals(schemaVersion) && migrationError == null;
    }
}
