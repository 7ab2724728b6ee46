package vn.hanoi.danvan.api.audit;

import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/** {@code platform.api_audit}: rows are only ever added (a trigger refuses the rest). */
@Repository
class AuditLog {

    /** One audited request. */
    record Entry(String subject, String client, String unit, String kind, String operation, String outcome) {}

    /**
     * Appends a row with an asynchronous commit: the request's own transaction, which holds the
     * legal record itself (the petition's history, each {@code confidential_read}), has already
     * committed durably; this row should not cost every request a second wait on the disk. A
     * PostgreSQL crash can lose the last fraction of a second of audit rows (three WAL writer
     * delays at most), never alter one.
     */
    void append(PlatformScope scope, Entry entry) {
        scope.sql()
                .sql("""
                        with asynchronous as (select set_config('synchronous_commit', 'off', true))
                        insert into platform.api_audit (subject, client, unit_code, kind, operation, outcome)
                        select :subject, :client, :unit, :kind, :operation, :outcome from asynchronous
                        """)
                .param("subject", entry.subject())
                .param("client", entry.client())
                .param("unit", entry.unit())
                .param("kind", entry.kind())
                .param("operation", entry.operation())
                .param("outcome", entry.outcome())
                .update();
    }
}
