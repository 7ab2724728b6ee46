package vn.hanoi.danvan.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.TestRedis;
import vn.hanoi.danvan.api.ratelimit.RateLimitProperties.Rate;
import vn.hanoi.danvan.api.ratelimit.TokenBuckets.Bucket;
import vn.hanoi.danvan.api.redis.Redis;
import vn.hanoi.danvan.api.redis.TestRedisClients;

class TokenBucketsTest {

    private final String prefix = TestRedis.newKeyPrefix();

    @Test
    void aBucketGivesItsBurstThenAsksToWaitForTheNextToken() {
        try (Redis redis = TestRedisClients.at(TestRedis.url(), prefix)) {
            TokenBuckets buckets = new TokenBuckets(redis);
            List<Bucket> one = List.of(new Bucket("client:burst", new Rate(3, 0.5)));

            assertThat(buckets.take(one)).isEmpty();
            assertThat(buckets.take(one)).isEmpty();
            assertThat(buckets.take(one)).isEmpty();
            Optional<Duration> wait = buckets.take(one);

            assertThat(wait).isPresent();
            assertThat(wait.get()).isBetween(Duration.ofMillis(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void aRedisThatForgotTheScriptIsGivenItAgain() {
        try (Redis redis = TestRedisClients.at(TestRedis.url(), prefix)) {
            TokenBuckets buckets = new TokenBuckets(redis);
            List<Bucket> two = List.of(new Bucket("client:forgetful", new Rate(2, 0.5)));
            assertThat(buckets.take(two)).isEmpty();

            redis.call(jedis -> jedis.scriptFlush()); // as after a restart

            assertThat(buckets.take(two)).as("taken by the script sent again").isEmpty();
            assertThat(buckets.take(two)).as("the same bucket, now empty").isPresent();
        }
    }

    @Test
    void concurrentCallersOnTwoConnectionsNeverTakeMoreThanTheBurst() throws Exception {
        try (Redis first = TestRedisClients.at(TestRedis.url(), prefix);
                Redis second = TestRedisClients.at(TestRedis.url(), prefix);
                ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Bucket> shared = List.of(new Bucket("unit:shared", new Rate(20, 0.001)));
            List<Future<Optional<Duration>>> takes = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                TokenBuckets buckets = new TokenBuckets(i % 2 == 0 ? first : second);
                takes.add(pool.submit(() -> buckets.take(shared)));
            }
            int granted = 0;
            for (Future<Optional<Duration>> take : takes) {
                granted += take.get().isEmpty() ? 1 : 0;
            }
            assertThat(granted).isEqualTo(20);
        }
    }

    @Test
    void aRequestTakesFromAllItsBucketsOrFromNone() {
        try (Redis redis = TestRedisClients.at(TestRedis.url(), prefix)) {
            TokenBuckets buckets = new TokenBuckets(redis);
            Bucket unit = new Bucket("unit:00070", new Rate(1, 0.001));
            Bucket roomy = new Bucket("client:roomy", new Rate(100, 0.001));

            assertThat(buckets.take(List.of(roomy, unit))).isEmpty();
            assertThat(buckets.take(List.of(roomy, unit))).isPresent();
            assertThat(buckets.take(List.of(roomy, unit))).isPresent();

            // The refused requests took nothing from the roomy bucket: 99 are left of 100.
            int left = 0;
            while (buckets.take(List.of(roomy)).isEmpty()) {
                left++;
            }
            assertThat(left).isEqualTo(99);
        }
    }

    @Test
    void withRedisDownEveryRequestGoesOn() {
        try (Redis dead = TestRedisClients.at("redis://127.0.0.1:" + TestRedis.freePort(), prefix)) {
            TokenBuckets buckets = new TokenBuckets(dead);
            List<Bucket> tiny = List.of(new Bucket("client:tiny", new Rate(1, 0.001)));

            for (int i = 0; i < 5; i++) {
                assertThat(buckets.take(tiny)).isEmpty();
            }
        }
    }
}
