package vn.hanoi.danvan.api.tenancy;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;

/**
 * The one door into a unit's data. Every unit-scoped unit of work runs in its own transaction
 * that first sets the search_path to the unit's schema with {@code set_config(..., true)}, which
 * is {@code SET LOCAL}: it ends with the transaction, so nothing leaks to the next borrower of the
 * connection, and PgBouncer transaction pooling stays safe. The schema name comes from the
 * registry and is checked against a strict pattern; no text from a request becomes SQL.
 *
 * <p>The door is per unit of work, not per HTTP request: a DataLoader batch on another thread
 * passes through it again, with the unit taken from the viewer in the GraphQL context.
 */
@Component
public class UnitDoor {

    private final UnitDirectory directory;
    private final SearchPathTransactions transactions;

    UnitDoor(UnitDirectory directory, SearchPathTransactions transactions) {
        this.directory = directory;
        this.transactions = transactions;
    }

    /** Reads in the unit's schema, in a read-only transaction. */
    public <T> T read(UnitCode code, Function<UnitScope, T> work) {
        return enter(true, code, work);
    }

    /** Changes the unit's data, in one transaction: all of it commits or none. */
    public <T> T write(UnitCode code, Function<UnitScope, T> work) {
        return enter(false, code, work);
    }

    private <T> T enter(boolean readOnly, UnitCode code, Function<UnitScope, T> work) {
        Unit unit = directory.serving(code);
        return transactions.run(
                readOnly, unit.schema().searchPath(), sql -> work.apply(new UnitScope(unit.code(), sql)));
    }
}
