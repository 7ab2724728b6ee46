package vn.hanoi.danvan.api.tenancy;

import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.UnitSchema;

/**
 * Work on the shared {@code platform} tables (registry, calendar, oversight facts). The
 * search_path holds only the extensions' schema, so no unit table is reachable by accident.
 */
@Component
public class PlatformDoor {

    private final SearchPathTransactions transactions;

    PlatformDoor(SearchPathTransactions transactions) {
        this.transactions = transactions;
    }

    public <T> T read(Function<PlatformScope, T> work) {
        return transactions.run(true, UnitSchema.EXTENSIONS, sql -> work.apply(new PlatformScope(sql)));
    }

    public <T> T write(Function<PlatformScope, T> work) {
        return transactions.run(false, UnitSchema.EXTENSIONS, sql -> work.apply(new PlatformScope(sql)));
    }
}
