package vn.hanoi.danvan.api.tenancy;

import java.util.function.Function;
import org.springframework.stereotype.Component;

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
        return transactions.run(true, paths -> work.apply(new PlatformScope(paths)));
    }

    public <T> T write(Function<PlatformScope, T> work) {
        return transactions.run(false, paths -> work.apply(new PlatformScope(paths)));
    }
}
