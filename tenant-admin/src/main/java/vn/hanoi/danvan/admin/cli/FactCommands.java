package vn.hanoi.danvan.admin.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Function;
import vn.hanoi.danvan.admin.FactDrift;
import vn.hanoi.danvan.admin.FactRebuild;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitRegistry;

/**
 * {@code facts rebuild} and {@code facts check}: one unit, or every serving unit in turn; one
 * line per unit and fact family for a rebuild, one per drifted family for a check.
 */
final class FactCommands {

    private final UnitRegistry registry;
    private final FactRebuild facts;
    private final PrintStream out;

    FactCommands(UnitRegistry registry, FactRebuild facts, PrintStream out) {
        this.registry = registry;
        this.facts = facts;
        this.out = out;
    }

    int rebuild(String argument) {
        List<List<FactDrift>> done = each(argument, facts::rebuild);
        done.forEach(unit -> unit.forEach(drift -> out.println(drift.repairLine())));
        out.printf("rebuilt the facts of %d unit(s)%n", done.size());
        return 0;
    }

    int check(String argument) {
        List<FactDrift> drifts = each(argument, facts::check).stream()
                .flatMap(List::stream)
                .filter(drift -> !drift.none())
                .toList();
        drifts.forEach(drift -> out.println("drift: " + drift.line()));
        long units = drifts.stream().map(FactDrift::unit).distinct().count();
        out.println(drifts.isEmpty() ? "facts agree with the unit schemas" : units + " unit(s) drifted");
        return drifts.isEmpty() ? 0 : 1;
    }

    private List<List<FactDrift>> each(String argument, Function<Unit, List<FactDrift>> work) {
        List<Unit> units = argument.equals("--all")
                ? registry.all().stream().filter(unit -> unit.status().serves()).toList()
                : List.of(registry.get(UnitCode.of(argument)));
        return units.stream().map(work).toList();
    }
}
