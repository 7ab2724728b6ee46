package vn.hanoi.danvan.api.idempotency;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Repository;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * The idempotency keys in {@code platform.idempotency_key}. Every method runs inside the platform
 * door. Lease times are the database's ({@code now()}), so api instances need no common clock.
 */
@Repository
class IdempotencyKeys {

    /** Who sent a key: the same key from another caller is another key. */
    record Caller(String subject, String client) {}

    /** One request's hold on a key: this caller's key, claimed under this id. */
    record Claim(Caller caller, String key, UUID id) {}

    /**
     * What a key holds: the request it was first used for and, once done, its response; while
     * running, how long its claim may still be held.
     */
    record Entry(String requestHash, boolean done, String response, Duration leaseLeft) {

        boolean expired() {
            return !done && !leaseLeft.isPositive();
        }
    }

    /**
     * True when this request now holds the key, and so runs the mutation: it made the row, or took
     * over a claim of the same request whose lease has run out (its holder died). One statement,
     * so of concurrent retries exactly one wins: the row lock orders them, and the losers see the
     * winner's fresh claim.
     */
    boolean claim(PlatformScope scope, Claim claim, String requestHash, Duration lease) {
        return scope.sql()
                        .sql("""
                                insert into platform.idempotency_key as k
                                       (subject, client, key, request_hash, state, claim, claimed_at)
                                values (:subject, :client, :key, :hash, 'running', :claim, now())
                                on conflict (subject, client, key) do update
                                   set claim = excluded.claim, claimed_at = excluded.claimed_at
                                 where k.state = 'running'
                                   and k.request_hash = excluded.request_hash
                                   and k.claimed_at + make_interval(secs => :lease) <= now()
                                """)
                        .param("subject", claim.caller().subject())
                        .param("client", claim.caller().client())
                        .param("key", claim.key())
                        .param("hash", requestHash)
                        .param("claim", claim.id())
                        .param("lease", lease.toMillis() / 1000.0)
                        .update()
                == 1;
    }

    Optional<Entry> find(PlatformScope scope, Caller caller, String key, Duration lease) {
        return scope.sql()
                .sql("""
                        select request_hash, state, response::text as response,
                               greatest(0, extract(epoch from claimed_at + make_interval(secs => :lease) - now()))
                                   as lease_left
                          from platform.idempotency_key
                         where subject = :subject and client = :client and key = :key
                        """)
                .param("subject", caller.subject())
                .param("client", caller.client())
                .param("key", key)
                .param("lease", lease.toMillis() / 1000.0)
                .query((rs, row) -> new Entry(
                        rs.getString("request_hash"),
                        "done".equals(rs.getString("state")),
                        rs.getString("response"),
                        Duration.ofMillis(Math.round(rs.getDouble("lease_left") * 1000))))
                .optional();
    }

    /** Stores the response, if the claim is still this request's (a late holder changes nothing). */
    void complete(PlatformScope scope, Claim claim, String responseJson) {
        scope.sql()
                .sql("""
                        update platform.idempotency_key
                           set state = 'done', response = cast(:response as jsonb), completed_at = now()
                         where subject = :subject and client = :client and key = :key
                           and state = 'running' and claim = :claim
                        """)
                .param("subject", claim.caller().subject())
                .param("client", claim.caller().client())
                .param("key", claim.key())
                .param("claim", claim.id())
                .param("response", responseJson)
                .update();
    }

    /** The mutation failed on our side: the key is free again, so the retry really retries. */
    void release(PlatformScope scope, Claim claim) {
        scope.sql()
                .sql("""
                        delete from platform.idempotency_key
                         where subject = :subject and client = :client and key = :key
                           and state = 'running' and claim = :claim
                        """)
                .param("subject", claim.caller().subject())
                .param("client", claim.caller().client())
                .param("key", claim.key())
                .param("claim", claim.id())
                .update();
    }

    int forgetOlderThanADay(PlatformScope scope) {
        return scope.sql()
                .sql("delete from platform.idempotency_key where created_at < now() - interval '1 day'")
                .update();
    }
}
