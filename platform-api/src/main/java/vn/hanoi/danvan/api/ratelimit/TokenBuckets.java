package vn.hanoi.danvan.api.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
        Optional<Object> waitMillis = redis.call(jedis -> jedis.eval(SCRIPT, keys, args));
        return waitMillis
                .map(wait -> ((Number) wait).longValue())
                .filter(wait -> wait > 0)
                .map(Duration::ofMillis);
    }

    private static String script() {
        try (InputStream in = TokenBuckets.class.getResourceAsStream("/ratelimit/token-bucket.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
