package vn.hanoi.danvan.api.documents;

import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/** {@code platform.persisted_document} and {@code platform.api_client}, inside the platform door. */
@Repository
class TrustedDocumentRepository {

    /** A registered document, as the API shows it. */
    record TrustedDocument(String client, String sha256Hash, Instant registeredAt) {}

    /** A client's policy, as the API shows it. */
    record ApiClient(String client, boolean trustedOnly) {}

    TrustedDocument register(PlatformScope scope, String client, String hash, String document, String by) {
        return scope.sql()
                .sql("""
                        insert into platform.persisted_document (client, hash, document, registered_by)
                        values (:client, :hash, :document, :by)
                        on conflict (client, hash) do update set client = excluded.client
                        returning client, hash, registered_at
                        """)
                .param("client", client)
                .param("hash", hash)
                .param("document", document)
                .param("by", by)
                .query((rs, row) -> new TrustedDocument(
                        rs.getString("client"),
                        rs.getString("hash"),
                        rs.getTimestamp("registered_at").toInstant()))
                .single();
    }

    Optional<String> document(PlatformScope scope, String client, String hash) {
        return scope.sql()
                .sql("select document from platform.persisted_document where client = :client and hash = :hash")
                .param("client", client)
                .param("hash", hash)
                .query(String.class)
                .optional();
    }

    boolean trustedOnly(PlatformScope scope, String client) {
        return scope.sql()
                .sql("select trusted_only from platform.api_client where client = :client")
                .param("client", client)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    ApiClient setTrustedOnly(PlatformScope scope, String client, boolean trustedOnly, String by) {
        scope.sql()
                .sql("""
                        insert into platform.api_client (client, trusted_only, updated_by) values (:client, :only, :by)
                        on conflict (client) do update
                            set trusted_only = excluded.trusted_only, updated_by = excluded.updated_by, updated_at = now()
                        """)
                .param("client", client)
                .param("only", trustedOnly)
                .param("by", by)
                .update();
        return new ApiClient(client, trustedOnly);
    }
}
