package vn.hanoi.danvan.api.tenancy;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new transaction in which each scope sets the search_path it needs before its statements run,
 * with {@code set_config(..., true)}: {@code SET LOCAL}, gone when the transaction ends. The first
 * statement also sets the transaction's {@code statement_timeout} from {@link StatementTimeouts}
 * (in the same round trip): a statement past it is cancelled by PostgreSQL (SQLState 57014, a
 * {@link QueryTimeoutException}) and the whole transaction rolls back. What both doors are built on.
 */
@Component
class SearchPathTransactions {

    private final JdbcClient sql;
    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final StatementTimeouts timeouts;

    SearchPathTransactions(JdbcClient sql, PlatformTransactionManager transactions, StatementTimeouts timeouts) {
        this.sql = sql;
        this.writes = template(transactions, false);
        this.reads = template(transactions, true);
        this.timeouts = timeouts;
    }

    <T> T run(boolean readOnly, Function<SearchPaths, T> work) {
        Optional<Duration> timeout = timeouts.next();
        if (timeout.filter(left -> !left.isPositive()).isPresent()) {
            throw new QueryTimeoutException("The request ran out of time before this unit of work started.");
        }
        return (readOnly ? reads : writes).execute(status -> work.apply(new SearchPaths(sql, timeout)));
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
        private Optional<Duration> timeout;
        private String active;

        private SearchPaths(JdbcClient sql, Optional<Duration> timeout) {
            this.sql = sql;
            this.timeout = timeout;
        }

        /** For statements that name the schema of every table they touch. */
        JdbcClient asSet() {
            return sql;
        }

        JdbcClient under(String searchPath) {
            if (!searchPath.equals(active)) {
                set(searchPath);
                active = searchPath;
            }
            return sql;
        }

        private void set(String searchPath) {
            if (timeout.isEmpty()) {
                sql.sql("select set_config('search_path', :path, true)")
                        .param("path", searchPath)
                        .query()
                        .singleValue();
                return;
            }
            // Whole milliseconds, rounded up: a timeout of 0 would mean none at all.
            long millis = Math.max(1, (timeout.get().toNanos() + 999_999) / 1_000_000);
            sql.sql("""
                            select set_config('search_path', :path, true),
                                   set_config('statement_timeout', :timeout, true)
                            """)
                    .param("path", searchPath)
                    .param("timeout", Long.toString(millis))
                    .query()
                    .singleRow();
            timeout = Optional.empty(); // set once: it holds for the rest of the transaction
        }
    }
}
