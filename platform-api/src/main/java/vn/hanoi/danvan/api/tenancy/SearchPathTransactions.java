package vn.hanoi.danvan.api.tenancy;

import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new transaction whose first statement sets the search_path for that transaction alone
 * ({@code set_config(..., true)} is {@code SET LOCAL}). What both doors are built on.
 */
@Component
class SearchPathTransactions {

    private final JdbcClient sql;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    SearchPathTransactions(JdbcClient sql, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.writes = template(transactions, false);
        this.reads = template(transactions, true);
    }

    <T> T run(boolean readOnly, String searchPath, Function<JdbcClient, T> work) {
        return (readOnly ? reads : writes).execute(status -> {
            sql.sql("select set_config('search_path', :path, true)")
                    .param("path", searchPath)
                    .query()
                    .singleValue();
            return work.apply(sql);
        });
    }

    private static TransactionTemplate template(PlatformTransactionManager transactions, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        // A unit of work never joins a caller's transaction: its search_path is its own.
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }
}
