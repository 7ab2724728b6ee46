package vn.hanoi.danvan.admin.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import vn.hanoi.danvan.admin.FactDrift;
import vn.hanoi.danvan.admin.PetitionFactRebuild;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitRegistry;

/** {@code facts rebuild} and {@code facts check}: one unit, or every serving unit in turn. */
final class FactCommands {

    private final UnitRegistry registry;
    private final PetitionFactRebuild rebuild;
    private final PrintStream out;

    FactCommands(UnitRegistry registry, PetitionFactRebuild rebuild, PrintStream out) {
        this.registry = registry;
        this.rebuild = rebuild;
        this.out = out;
    }

    int rebuild(String argument) {
        List<FactDrift> done = each(argument, rebuild::rebuild);
        done.forEach(drift -> out.printf(
                "%s  facts written: %d, deleted: %d%n", drift.unit(), drift.missingOrDifferent(), drift.extra()));
        out.printf("rebuilt the facts of %d unit(s)%n", done.size());
        return 0;
    }

    int check(String argument) {
        List<FactDrift> drifts = each(argument, rebuild::check).stream()
                .filter(drift -> !drift.none())
                .toList();
        drifts.forEach(drift -> out.println("drift: " + drift.line()));
        out.println(drifts.isEmpty() ? "facts agree with the unit schemas" : drifts.size() + " unit(s) drifted");
        return drifts.isEmpty() ? 0 : 1;
    }

    private List<FactDrift> each(String argument, Function<Unit, FactDrift> work) {
        List<Unit> units = argument.equals("--all")
                ? registry.all().stream().filter(unit -> unit.status().serves()).toList()
                : List.of(registry.get(UnitCode.of(argument)));
        return units.stream().map(work).toList();
    }
}
