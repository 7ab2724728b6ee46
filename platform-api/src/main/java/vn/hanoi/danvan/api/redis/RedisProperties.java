package vn.hanoi.danvan.api.redis;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Redis is ({@code danvan.redis.*}). An empty URL means no Redis: caches are off, rate
 * limits and cross-instance events degrade as each feature states.
 *
 * @param url {@code redis://[user:password@]host:port[/db]}, or empty
 * @param keyPrefix the prefix of every key this deployment writes
 * @param timeout connect and read timeout of one command; kept short because Redis is only
 *     ever an accelerator and a slow answer is worse than none
 * @param backOff how long to go without Redis after a failed command
 */
@ConfigurationProperties("danvan.redis")
record RedisProperties(
        @DefaultValue("") String url,
        @DefaultValue("danvan:") String keyPrefix,
        @DefaultValue("250ms") Duration timeout,
        @DefaultValue("5s") Duration backOff) {}
