package vn.hanoi.danvan.api.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import redis.clients.jedis.UnifiedJedis;

/**
 * Whether Redis answers ({@code redis}), shown in {@code /actuator/health} but never part of
 * readiness: without Redis the API keeps serving, uncached and unthrottled (see the README), so
 * taking instances out of service for it would turn a degradation into an outage.
 */
@Component
class RedisHealthIndicator implements HealthIndicator {

    private final Redis redis;

    RedisHealthIndicator(Redis redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        if (!redis.configured()) {
            return Health.unknown().withDetail("configured", false).build();
        }
        boolean answers = redis.call(UnifiedJedis::ping).filter("PONG"::equals).isPresent();
        return answers
                ? Health.up().build()
                : Health.down()
                        .withDetail("effect", "no caching, rate limits or cross-instance events until it answers")
                        .build();
    }
}
