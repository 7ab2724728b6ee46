package vn.hanoi.danvan.api.redis;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Redis as danvan uses it: a shared cache, counters and pub/sub between api instances — never
 * the system of record. Every call degrades: when Redis is not configured or does not answer,
 * the caller gets {@link Optional#empty()} and goes on without it (each feature states what
 * that means for it). After a failure, calls skip Redis for a back-off period, so a dead Redis
 * costs at most one timeout per back-off, not one per request.
 *
 * <p>All keys go through {@link #key}, which puts them under the configured prefix: one Redis
 * can serve several deployments (and test runs) without their keys meeting.
 */
public final class Redis implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Redis.class);

    private final UnifiedJedis jedis;
    private final String prefix;
    private final Duration backOff;
    private final Clock clock;
    private volatile long downUntil;

    Redis(UnifiedJedis jedis, String prefix, Duration backOff, Clock clock) {
        this.jedis = jedis;
        this.prefix = prefix;
        this.backOff = backOff;
        this.clock = clock;
    }

    /** No Redis configured: every call answers empty. */
    static Redis none(String prefix) {
        return new Redis(null, prefix, Duration.ZERO, Clock.systemUTC());
    }

    /** Whether a Redis is configured at all (it may still be down). */
    public boolean configured() {
        return jedis != null;
    }

    /** Whether calls go to Redis now: configured and not backing off after a failure. */
    public boolean available() {
        return jedis != null && clock.millis() >= downUntil;
    }

    /** A key under this deployment's prefix, parts joined by {@code :}. */
    public String key(String... parts) {
        return prefix + String.join(":", parts);
    }

    /**
     * Runs a command; empty when Redis is not configured, backing off, or failed now (the
     * failure is logged once per back-off period and starts one). A command answering
     * {@code null} (a cache miss) also gives empty.
     */
    public <T> Optional<T> call(Function<UnifiedJedis, T> command) {
        if (!available()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(command.apply(jedis));
        } catch (JedisException e) {
            downUntil = clock.millis() + backOff.toMillis();
            log.warn("Redis did not answer ({}); going on without it for {} s", e.getMessage(), backOff.toSeconds());
            return Optional.empty();
        }
    }

    /**
     * Listens on a channel under the prefix, on a connection of its own, until the returned
     * handle is closed; with no Redis configured, nothing arrives. Listening resumes by itself
     * after Redis comes back.
     */
    public AutoCloseable subscribe(String channel, Consumer<String> onMessage) {
        if (jedis == null) {
            return () -> {};
        }
        return new RedisSubscription(jedis, prefix + channel, onMessage, backOff);
    }

    @Override
    public void close() {
        if (jedis != null) {
            jedis.close();
        }
    }
}
