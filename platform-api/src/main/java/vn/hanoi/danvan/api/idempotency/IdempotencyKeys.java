package vn.hanoi.danvan.api.idempotency;

import java.util.Optional;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/** The idempotency keys in {@code platform.idempotency_key}. Every method runs inside the platform door. */
@Repository
class IdempotencyKeys {

    /** Who sent a key: the same key from another caller is another key. */
    record Caller(String subject, String client) {}

    /** What a key holds: the request it was first used for and, once done, its response. */
    record Entry(String requestHash, boolean done, String response) {}

    /** True when this call made the row, and so runs the mutation; false when it already existed. */
    boolean claim(PlatformScope scope, Caller caller, String key, String requestHash) {
        return scope.sql()
                        .sql("""
                                insert into platform.idempotency_key (subject, client, key, request_hash, state)
                                values (:subject, :client, :key, :hash, 'running')
                                on conflict do nothing
                                """)
                        .param("subject", caller.subject())
                        .param("client", caller.client())
                        .param("key", key)
                        .param("hash", requestHash)
                        .update()
                == 1;
    }

    Optional<Entry> find(PlatformScope scope, Caller caller, String key) {
        return scope.sql()
                .sql("""
                        select request_hash, state, response::text as response from platform.idempotency_key
                         where subject = :subject and client = :client and key = :key
                        """)
                .param("subject", caller.subject())
                .param("client", caller.client())
                .param("key", key)
                .query((rs, row) -> new Entry(
                        rs.getString("request_hash"), "done".equals(rs.getString("state")), rs.getString("response")))
                .optional();
    }

    void complete(PlatformScope scope, Caller caller, String key, String responseJson) {
        scope.sql()
                .sql("""
                        update platform.idempotency_key
                           set state = 'done', response = cast(:response as jsonb), completed_at = now()
                         where subject = :subject and client = :client and key = :key
                        """)
                .param("subject", caller.subject())
                .param("client", caller.client())
                .param("key", key)
                .param("response", responseJson)
                .update();
    }

    /** The mutation failed on our side: the key is free again, so the retry really retries. */
    void release(PlatformScope scope, Caller caller, String key) {
        scope.sql()
                .sql("""
                        delete from platform.idempotency_key
                         where subject = :subject and client = :client and key = :key and state = 'running'
                        """)
                .param("subject", caller.subject())
                .param("client", caller.client())
                .param("key", key)
                .update();
    }

    int forgetOlderThanADay(PlatformScope scope) {
        return scope.sql()
                .sql("delete from platform.idempotency_key where created_at < now() - interval '1 day'")
                .update();
    }
}
