package vn.hanoi.danvan.admin.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hanoi.danvan.admin.FactRebuild;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.FleetReport;
import vn.hanoi.danvan.admin.InvalidUnitException;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitDefinition;
import vn.hanoi.danvan.admin.UnitMigrationResult;
import vn.hanoi.danvan.admin.UnitStatus;
import vn.hanoi.danvan.admin.keycloak.KeycloakSettings;
import vn.hanoi.danvan.admin.keycloak.UnitGroups;

/** The CLI's commands over a {@link Fleet}; each returns the process exit code. */
final class Commands {

    private final Fleet fleet;
    private final Optional<KeycloakSettings> keycloak;
    private final PrintStream out;
    private final FactCommands facts;

    Commands(Fleet fleet, FactRebuild rebuild, Optional<KeycloakSettings> keycloak, PrintStream out) {
        this.fleet = fleet;
        this.keycloak = keycloak;
        this.out = out;
        this.facts = new FactCommands(fleet.registry(), rebuild, out);
    }

    int run(Invocation invocation) {
        String argument = invocation.argument().orElse(null);
        return switch (invocation.command()) {
            case "list" -> list();
            case "status" -> argument == null ? fleetStatus() : unitStatus(UnitCode.of(argument));
            case "provision" -> provision(argument);
            case "migrate" -> report(fleet.migrate());
            case "suspend" -> changeStatus(UnitCode.of(argument), UnitStatus.ACTIVE, UnitStatus.SUSPENDED);
            case "resume" -> changeStatus(UnitCode.of(argument), UnitStatus.SUSPENDED, UnitStatus.ACTIVE);
            case "facts rebuild" -> facts.rebuild(argument);
            case "facts check" -> facts.check(argument == null ? "--all" : argument);
            default -> throw new IllegalArgumentException("unknown command " + invocation.command());
        };
    }

    private int list() {
        for (Unit unit : fleet.registry().all()) {
            out.printf(
                    "%s  %-7s  %-12s  %-16s  %s%n",
                    unit.code(),
                    unit.kind(),
                    unit.status(),
                    unit.schemaVersion() == null ? "-" : unit.schemaVersion(),
                    unit.name());
        }
        return 0;
    }

    private int fleetStatus() {
        List<Unit> units = fleet.registry().all();
        Map<UnitStatus, Long> byStatus =
                units.stream().collect(Collectors.groupingBy(Unit::status, TreeMap::new, Collectors.counting()));
        out.println("target version: " + fleet.targetVersion());
        out.println("units: " + units.size() + " " + byStatus);
        out.println("behind: " + fleet.behind());
        units.stream()
                .filter(unit -> unit.migrationError() != null)
                .forEach(unit -> out.println("failed: " + unit.code() + " " + unit.migrationError()));
        return 0;
    }

    private int unitStatus(UnitCode code) {
        Unit unit = fleet.registry().get(code);
        out.println("code: " + unit.code());
        out.println("name: " + unit.name());
        out.println("kind: " + unit.kind());
        out.println("schema: " + unit.schema());
        out.println("status: " + unit.status());
        out.println("schema version: " + (unit.schemaVersion() == null ? "-" : unit.schemaVersion()));
        out.println("current: " + unit.isCurrent(fleet.targetVersion()));
        out.println("migrated at: " + (unit.migratedAt() == null ? "-" : unit.migratedAt()));
        if (unit.migrationError() != null) {
            out.println("migration error: " + unit.migrationError());
        }
        return unit.migrationError() == null ? 0 : 1;
    }

    private int provision(String argument) {
        List<UnitDefinition> units = argument.equals("--all")
                ? ReferenceUnits.hanoi()
                : List.of(ReferenceUnits.hanoi(UnitCode.of(argument))
                        .orElseThrow(() -> new InvalidUnitException(
                                "Unit " + argument + " is not in " + ReferenceUnits.HANOI_CSV + ".")));
        FleetReport report = fleet.provision(units);
        int exit = report(report);
        keycloak.ifPresent(settings -> groups(settings, units, report));
        return exit;
    }

    /** The unit groups in Keycloak, for the units whose schema is in place; a rerun finishes the rest. */
    private void groups(KeycloakSettings settings, List<UnitDefinition> units, FleetReport report) {
        Set<UnitCode> failed =
                report.failures().stream().map(UnitMigrationResult::code).collect(Collectors.toSet());
        Map<UnitGroups.Outcome, Integer> outcomes = new EnumMap<>(UnitGroups.Outcome.class);
        try (UnitGroups groups = UnitGroups.connect(settings)) {
            for (UnitDefinition unit : units) {
                if (!failed.contains(unit.code())) {
                    outcomes.merge(groups.ensure(unit), 1, Integer::sum);
                }
            }
        }
        out.println("keycloak groups in realm " + settings.realm() + ": " + outcomes);
    }

    private int changeStatus(UnitCode code, UnitStatus from, UnitStatus to) {
        Unit unit = fleet.registry().get(code);
        if (unit.status() == to) {
            out.println(code + " is already " + to);
            return 0;
        }
        if (!fleet.registry().changeStatus(code, from, to)) {
            throw new IllegalStateException(code + " is " + unit.status() + ", not " + from);
        }
        out.println(code + " is now " + to);
        return 0;
    }

    private int report(FleetReport report) {
        out.println(report.summary());
        for (UnitMigrationResult failure : report.failures()) {
            out.println("failed: " + failure.code() + " " + failure.error());
        }
        return report.succeeded() ? 0 : 1;
    }
}
