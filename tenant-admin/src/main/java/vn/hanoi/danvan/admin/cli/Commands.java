package vn.hanoi.danvan.admin.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.FleetReport;
import vn.hanoi.danvan.admin.InvalidUnitException;
import vn.hanoi.danvan.admin.PetitionFactRebuild;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitDefinition;
import vn.hanoi.danvan.admin.UnitMigrationResult;
import vn.hanoi.danvan.admin.UnitStatus;

/** The CLI's commands over a {@link Fleet}; each returns the process exit code. */
final class Commands {

    private final Fleet fleet;
    private final PrintStream out;
    private final FactCommands facts;

    Commands(Fleet fleet, PetitionFactRebuild rebuild, PrintStream out) {
        this.fleet = fleet;
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
        return report(fleet.provision(units));
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
