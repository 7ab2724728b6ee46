package vn.hanoi.danvan.api.idempotency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.graphql.LimitsProperties;
import vn.hanoi.danvan.api.security.Viewers;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** Idempotency keys for mutations, and their clean-up after a day. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    /**
     * After rate limiting (order 3): a refused request claims no key. Inside the request timeout
     * (order 2): a retry waits for the first request half its time, so it answers IN_PROGRESS
     * before its own time runs out. A first request cannot live past the timeout (PostgreSQL
     * cancels its SQL then), so a claim three times as old is surely its dead holder's.
     */
    @Bean
    @Order(5)
    IdempotentMutations idempotentMutations(
            PlatformDoor door, IdempotencyKeys keys, Viewers viewers, JsonMapper json, LimitsProperties limits) {
        IdempotentMutations.Times times = new IdempotentMutations.Times(
                limits.timeout().dividedBy(2), limits.timeout().multipliedBy(3));
        return new IdempotentMutations(door, keys, new MutationRequests(json), viewers, json, times);
    }

    /** A retry comes within minutes; a day covers any client's retry policy. */
    @Bean
    KeyCleanUp idempotencyKeyCleanUp(PlatformDoor door, IdempotencyKeys keys) {
        return new KeyCleanUp(door, keys);
    }

    record KeyCleanUp(PlatformDoor door, IdempotencyKeys keys) {
        @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = java.util.concurrent.TimeUnit.HOURS)
        void forgetOld() {
            door.write(keys::forgetOlderThanADay);
        }
    }
}
