package vn.hanoi.danvan.api.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;
import vn.hanoi.danvan.api.TestRedis;

class RedisTest {

    private final String prefix = TestRedis.newKeyPrefix();

    @Test
    void commandsRunAgainstARealRedisUnderThePrefix() {
        try (Redis redis = new RedisConfiguration()
                .redis(new RedisProperties(TestRedis.url(), prefix, Duration.ofMillis(500), Duration.ofSeconds(5)))) {
            String key = redis.key("probe", "1");
            assertThat(key).isEqualTo(prefix + "probe:1");
            assertThat(redis.call(jedis -> jedis.set(key, "v"))).contains("OK");
            assertThat(redis.call(jedis -> jedis.get(key))).contains("v");
            assertThat(redis.call(jedis -> jedis.get(redis.key("absent")))).isEmpty();
            redis.call(jedis -> jedis.del(key));
        }
    }

    @Test
    void noRedisConfiguredAnswersEmptyWithoutTrying() {
        try (Redis redis = new RedisConfiguration()
                .redis(new RedisProperties("", prefix, Duration.ofMillis(100), Duration.ofSeconds(5)))) {
            assertThat(redis.configured()).isFalse();
            assertThat(redis.available()).isFalse();
            assertThat(redis.call(jedis -> jedis.get("x"))).isEmpty();
        }
    }

    @Test
    void aDeadRedisAnswersEmptyAndIsSkippedForTheBackOff() {
        MutableClock clock = new MutableClock();
        JedisPooled dead = new JedisPooled(java.net.URI.create("redis://127.0.0.1:" + TestRedis.freePort()), 200);
        try (Redis redis = new Redis(dead, prefix, Duration.ofSeconds(5), clock)) {
            assertThat(redis.call(jedis -> jedis.get("x"))).isEmpty();
            assertThat(redis.available()).isFalse();

            Optional<String> skipped = redis.call(jedis -> {
                throw new AssertionError("Redis must be skipped while backing off");
            });
            assertThat(skipped).isEmpty();

            clock.advance(Duration.ofSeconds(6));
            assertThat(redis.available()).isTrue();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
