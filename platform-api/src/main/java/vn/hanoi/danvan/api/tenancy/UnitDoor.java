package vn.hanoi.danvan.api.tenancy;

import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * The one door into a unit's data. Every unit-scoped unit of work runs in its own transaction
 * whose statements run under the unit's search_path, set with {@code set_config(..., true)},
 * which is {@code SET LOCAL}: it ends with the transaction, so nothing leaks to the next borrower
 * of the connection, and PgBouncer transaction pooling stays safe. The schema name comes from the
 * registry and is checked against a strict pattern; no text from a request becomes SQL.
 *
 * <p>The door is per unit of work, not per HTTP request: a DataLoader batch on another thread
 * passes through it again, with the unit taken from the viewer in the GraphQL context.
 */
@Component
public class UnitDoor {

    /** The advisory lock space of units; the other key is the unit's code, a number. */
    static final int UNIT_LOCKS = 126;

    private final UnitDirectory directory;
    private final SearchPathTransactions transactions;
    private final List<UnitCommitHook> commitHooks;

    UnitDoor(UnitDirectory directory, SearchPathTransactions transactions, List<UnitCommitHook> commitHooks) {
        this.directory = directory;
        this.transactions = transactions;
        this.commitHooks = List.copyOf(commitHooks);
    }

    /** Reads in the unit's schema, in a read-only transaction. */
    public <T> T read(UnitCode code, Function<UnitScope, T> work) {
        Unit unit = directory.serving(code);
        return transactions.run(true, paths -> work.apply(new UnitScope(unit.code(), unit.schema(), paths)));
    }

    /** Changes the unit's data, in one transaction: all of it commits or none. */
    public <T> T write(UnitCode code, Function<UnitScope, T> work) {
        Unit unit = directory.serving(code);
        return transactions.run(
                false, paths -> hooked(paths, work.apply(new UnitScope(unit.code(), unit.schema(), paths))));
    }

    /**
     * Changes two units' data in one transaction, for the rare act that concerns both (a petition
     * transferred from one unit to another): both sides commit or neither does.
     */
    public <T> T writeBoth(UnitCode first, UnitCode second, BiFunction<UnitScope, UnitScope, T> work) {
        Unit one = directory.serving(first);
        Unit other = directory.serving(second);
        return transactions.run(false, paths -> {
            UnitScope oneScope = new UnitScope(one.code(), one.schema(), paths);
            UnitScope otherScope = new UnitScope(other.code(), other.schema(), paths);
            lockInCodeOrder(oneScope, List.of(first, second));
            return hooked(paths, work.apply(oneScope, otherScope));
        });
    }

    /**
     * Changes many units' data in one transaction, for an act of the city that must reach every
     * chosen unit or none (a directive task assigned to all 126): one scope per unit, in the order
     * given; every unit must be serving before anything runs. Callers pass the units in a stable
     * order (by code), so two such transactions lock rows in the same order.
     */
    public <T> T writeAll(Collection<UnitCode> codes, Function<List<UnitScope>, T> work) {
        List<Unit> units = codes.stream().map(directory::serving).toList();
        return transactions.run(false, paths -> {
            List<UnitScope> scopes = units.stream()
                    .map(unit -> new UnitScope(unit.code(), unit.schema(), paths))
                    .toList();
            if (!scopes.isEmpty()) {
                lockInCodeOrder(scopes.getFirst(), codes);
            }
            return hooked(paths, work.apply(scopes));
        });
    }

    /**
     * Before a transaction changes several units, a lock per unit, taken in code order. Such
     * transactions then meet in one order whatever order their work writes in (a transfer writes
     * its source first, the transfer back the other way round; an assignment every unit by code)
     * and cannot deadlock on the rows every write of a unit touches, such as its fact_version. A
     * one-unit write holds one such row and needs none.
     */
    private static void lockInCodeOrder(UnitScope first, Collection<UnitCode> codes) {
        // Through a scope, so the request's statement timeout also bounds the wait for the locks.
        first.sql()
                .sql("""
                        select count(pg_advisory_xact_lock(:space, code))
                          from (select unnest(cast(:codes as int[])) as code order by 1) in_code_order
                        """)
                .param("space", UNIT_LOCKS)
                .param(
                        "codes",
                        codes.stream()
                                .map(code -> Integer.valueOf(code.value()))
                                .toArray(Integer[]::new))
                .query()
                .singleValue();
    }

    /** The work's result, once every {@link UnitCommitHook} has joined its transaction. */
    private <T> T hooked(SearchPathTransactions.SearchPaths paths, T result) {
        commitHooks.forEach(hook -> hook.beforeCommit(paths.asSet()));
        return result;
    }
}
