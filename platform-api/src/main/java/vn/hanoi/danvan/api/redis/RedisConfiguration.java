package vn.hanoi.danvan.api.redis;

import java.net.URI;
import java.time.Clock;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPooled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RedisProperties.class)
class RedisConfiguration {

    @Bean(destroyMethod = "close")
    Redis redis(RedisProperties properties) {
        if (properties.url().isBlank()) {
            return Redis.none(properties.keyPrefix());
        }
        int timeout = Math.toIntExact(properties.timeout().toMillis());
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(32);
        pool.setMaxIdle(32);
        // A dead Redis must not hold requests waiting for a pooled connection either.
        pool.setMaxWait(properties.timeout());
        JedisPooled jedis = new JedisPooled(pool, URI.create(properties.url()), timeout, timeout);
        return new Redis(jedis, properties.keyPrefix(), properties.backOff(), Clock.systemUTC());
    }
}
