package vn.hanoi.danvan.api.events;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.redis.Redis;

/**
 * Petition notices between api instances: each notice goes to this instance's subscribers at
 * once and to the others through one Redis pub/sub channel; an instance skips its own notices
 * when they come back. With Redis down, subscribers on the instance where the change happened
 * still hear of it; the others do not (a subscription is a hint to re-read, never the record).
 */
@Component
class PetitionEventBus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PetitionEventBus.class);
    static final String CHANNEL = "events:petitions";

    private record Envelope(String origin, PetitionNotice notice) {}

    private final String instance = UUID.randomUUID().toString();
    private final Sinks.Many<PetitionNotice> local = Sinks.many().multicast().directBestEffort();
    private final Redis redis;
    private final JsonMapper json;
    private final AutoCloseable subscription;

    PetitionEventBus(Redis redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
        this.subscription = redis.subscribe(CHANNEL, this::received);
    }

    void publish(PetitionNotice notice) {
        emit(notice);
        String message = json.writeValueAsString(new Envelope(instance, notice));
        redis.call(jedis -> jedis.publish(redis.key(CHANNEL), message));
    }

    /** The notices of one unit only: the filter is what keeps units apart. */
    Flux<PetitionNotice> of(UnitCode unit) {
        return local.asFlux().filter(notice -> notice.unit().equals(unit.value()));
    }

    private void received(String message) {
        Envelope envelope = json.readValue(message, Envelope.class);
        if (!instance.equals(envelope.origin())) {
            emit(envelope.notice());
        }
    }

    private synchronized void emit(PetitionNotice notice) {
        Sinks.EmitResult result = local.tryEmitNext(notice);
        if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.warn("Petition notice not delivered here: {}", Map.of("result", result, "unit", notice.unit()));
        }
    }

    @Override
    public void destroy() throws Exception {
        subscription.close();
    }
}
