package vn.hanoi.danvan.api.redis;

import java.time.Duration;

/** A {@link Redis} client made as the application makes it, for a Redis a test starts and stops. */
public final class RedisAt {

    private RedisAt() {}

    public static Redis url(String url, String keyPrefix) {
        return new RedisConfiguration()
                .redis(new RedisProperties(url, keyPrefix, Duration.ofMillis(250), Duration.ofSeconds(5)));
    }
}
