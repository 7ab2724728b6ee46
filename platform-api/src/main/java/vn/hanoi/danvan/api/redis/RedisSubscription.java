package vn.hanoi.danvan.api.redis;

import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;

/**
 * One channel listened to on a connection of its own (SUBSCRIBE holds it), on a virtual thread,
 * subscribed again after each failure until closed. Messages published while it was down are
 * gone: pub/sub is for notices, never for what must not be lost.
 */
final class RedisSubscription implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisSubscription.class);

    private final JedisPubSub pubSub;
    private final Thread thread;
    private volatile boolean closed;

    RedisSubscription(UnifiedJedis jedis, String channel, Consumer<String> onMessage, Duration backOff) {
        this.pubSub = new JedisPubSub() {
            @Override
            public void onMessage(String from, String message) {
                try {
                    onMessage.accept(message);
                } catch (RuntimeException e) {
                    log.warn("A message on {} could not be handled", channel, e);
                }
            }
        };
        this.thread = Thread.ofVirtual().name("redis-subscription-" + channel).start(() -> {
            while (!closed) {
                try {
                    jedis.subscribe(pubSub, channel);
                } catch (RuntimeException e) {
                    if (!closed) {
                        log.warn(
                                "Listening on {} failed ({}); again in {} s",
                                channel,
                                e.getMessage(),
                                backOff.toSeconds());
                        sleep(backOff);
                    }
                }
            }
        });
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.isZero() ? Duration.ofSeconds(1) : duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            if (pubSub.isSubscribed()) {
                pubSub.unsubscribe();
            }
        } catch (RuntimeException ignored) {
            // The connection is already gone.
        }
        thread.interrupt();
    }
}
