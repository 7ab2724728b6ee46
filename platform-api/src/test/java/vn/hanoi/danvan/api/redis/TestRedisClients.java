package vn.hanoi.danvan.api.redis;

import java.time.Duration;

/** Tests: a {@link Redis} at a given URL, e.g. one where nothing listens. */
public final class TestRedisClients {

    private TestRedisClients() {}

    public static Redis at(String url, String prefix) {
        return new RedisConfiguration()
                .redis(new RedisProperties(url, prefix, Duration.ofMillis(200), Duration.ofSeconds(5)));
    }
}
