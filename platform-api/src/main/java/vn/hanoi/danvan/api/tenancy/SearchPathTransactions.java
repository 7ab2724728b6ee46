package vn.hanoi.danvan.api.tenancy;

import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new transaction in which each scope sets the search_path it needs before its statements run,
 * with {@code set_config(..., true)}: {@code SET LOCAL}, gone when the transaction ends. What
 * both doors are built on.
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

    <T> T run(boolean readOnly, Function<SearchPaths, T> work) {
        return (readOnly ? reads : writes).execute(status -> work.apply(new SearchPaths(sql)));
    }

    private static TransactionTemplate template(PlatformTransactionManager transactions, boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setReadOnly(readOnly);
        // A unit of work never joins a caller's transaction: its search_path is its own.
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return template;
    }

    /** The search_path of one transaction: set again only when a scope needs another one. */
    static final class SearchPaths {

        private final JdbcClient sql;
        private String active;

        private SearchPaths(JdbcClient sql) {
            this.sql = sql;
        }

        /** For statements that name the schema of every table they touch. */
        JdbcClient asSet() {
            return sql;
        }

        JdbcClient under(String searchPath) {
            if (!searchPath.equals(active)) {
                sql.sql("select set_config('search_path', :path, true)")
                        .param("path", searchPath)
                        .query()
                        .singleValue();
                active = searchPath;
            }
            return sql;
        }
    }
}
