package vn.hanoi.danvan.api.documents;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.redis.Redis;

/**
 * Automatic persisted queries (the APQ protocol) for first-party callers: a document sent once
 * with its hash is kept in Redis, shared by every api instance, and later requests send the hash
 * alone. With Redis down every hash is unknown, and clients fall back to sending documents, as
 * the protocol provides: nothing breaks, requests are only larger.
 */
@Component
class AutomaticPersistedQueries {

    static final Duration KEPT = Duration.ofDays(1);

    private final Redis redis;

    AutomaticPersistedQueries(Redis redis) {
        this.redis = redis;
    }

    Optional<String> document(String hash) {
        return redis.call(jedis -> jedis.get(redis.key("apq", hash)));
    }

    void remember(String hash, String document) {
        redis.call(jedis -> jedis.setex(redis.key("apq", hash), KEPT.toSeconds(), document));
    }
}
