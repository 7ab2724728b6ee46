package vn.hanoi.danvan.api.ratelimit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import vn.hanoi.danvan.api.redis.Redis;
import vn.hanoi.danvan.api.security.FirstPartyClients;
import vn.hanoi.danvan.api.security.Viewers;

/** Rate limits on; {@code danvan.rate-limit.enabled=false} only for the benchmark's comparison. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "danvan.rate-limit.enabled", havingValue = "true", matchIfMissing = true)
class RateLimitConfiguration {

    /** After the document size check (order 1), before anything that costs a query. */
    @Bean
    @Order(3)
    RateLimitInterceptor rateLimitInterceptor(
            RateLimitProperties properties, FirstPartyClients firstParty, Redis redis, Viewers viewers) {
        return new RateLimitInterceptor(properties, firstParty, new TokenBuckets(redis), viewers);
    }
}
