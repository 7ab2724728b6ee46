package vn.hanoi.danvan.api.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import vn.hanoi.danvan.api.ratelimit.RateLimitProperties.Rate;
import vn.hanoi.danvan.api.redis.Redis;

/**
 * Token buckets in Redis, taken atomically by one Lua script so that every api instance draws
 * from the same buckets. With Redis unconfigured or down nothing is limited: rate limiting
 * protects the service, and a Redis outage must not take the service down with it (staff keep
 * working; abusive documents are still refused by the document limits, which need no Redis).
 */
final class TokenBuckets {

    /** A bucket: its key (without the deployment prefix) and its rate. */
    record Bucket(String name, Rate rate) {}

    private static final String SCRIPT = script();

    /** Redis keeps scripts by SHA-1: sending 20 bytes instead of the script on every request. */
    private static final String SCRIPT_SHA = sha1(SCRIPT);

    private final Redis redis;

    TokenBuckets(Redis redis) {
        this.redis = redis;
    }

    /** Empty when the request may go on (or Redis cannot say); otherwise how long to wait. */
    Optional<Duration> take(List<Bucket> buckets) {
        List<String> keys = new ArrayList<>(buckets.size());
        List<String> args = new ArrayList<>(buckets.size() * 2);
        for (Bucket bucket : buckets) {
            keys.add(redis.key("rate", bucket.name()));
            args.add(Integer.toString(bucket.rate().capacity()));
            args.add(Double.toString(bucket.rate().perSecond()));
        }
        Optional<Object> waitMillis = redis.call(jedis -> {
            try {
                return jedis.evalsha(SCRIPT_SHA, keys, args);
            } catch (JedisNoScriptException notLoaded) {
                return jedis.eval(SCRIPT, keys, args); // a new or restarted Redis: EVAL loads it
            }
        });
        return waitMillis
                .map(wait -> ((Number) wait).longValue())
                .filter(wait -> wait > 0)
                .map(Duration::ofMillis);
    }

    private static String sha1(String script) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String script() {
        try (InputStream in = TokenBuckets.class.getResourceAsStream("/ratelimit/token-bucket.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
