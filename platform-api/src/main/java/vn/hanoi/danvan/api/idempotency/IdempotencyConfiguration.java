package vn.hanoi.danvan.api.idempotency;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.security.Viewers;
import vn.hanoi.danvan.api.tenancy.PlatformDoor;

/** Idempotency keys for mutations, and their clean-up after a day. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IdempotencyConfiguration {

    /** After rate limiting (order 3): a refused request claims no key. */
    @Bean
    @Order(5)
    IdempotentMutations idempotentMutations(PlatformDoor door, IdempotencyKeys keys, Viewers viewers, JsonMapper json) {
        return new IdempotentMutations(door, keys, new MutationRequests(json), viewers, json, Duration.ofSeconds(10));
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
