package vn.hanoi.danvan.api.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Work that joins every transaction that changes a unit's data, after the feature's own
 * statements and before the commit, so that it commits or rolls back with them: the API audit's
 * row for the request. If it throws, nothing of the transaction is kept.
 */
public interface UnitCommitHook {

    /**
     * Runs in the transaction about to commit; the search_path is a unit's, so statements name
     * the schema of every table they touch.
     */
    void beforeCommit(JdbcClient sql);
}
