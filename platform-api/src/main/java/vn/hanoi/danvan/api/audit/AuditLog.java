package vn.hanoi.danvan.api.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/** {@code platform.api_audit}: rows are only ever added (a trigger refuses the rest). */
@Repository
class AuditLog {

    /** One audited request. */
    record Entry(String subject, String client, String unit, String kind, String operation, String outcome) {}

    /** Appends a row in a transaction that is not the audit's own (it names its schema). */
    void append(JdbcClient sql, Entry entry) {
        sql.sql("""
                        insert into platform.api_audit (subject, client, unit_code, kind, operation, outcome)
                        values (:subject, :client, :unit, :kind, :operation, :outcome)
                        """)
                .param("subject", entry.subject())
                .param("client", entry.client())
                .param("unit", entry.unit())
                .param("kind", entry.kind())
                .param("operation", entry.operation())
                .param("outcome", entry.outcome())
                .update();
    }

    /** Appends a row in a transaction of its own, for a request that committed nothing else. */
    void appendAlone(PlatformScope scope, Entry entry) {
        append(scope.sql(), entry);
    }
}
