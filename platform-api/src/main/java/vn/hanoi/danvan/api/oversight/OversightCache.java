package vn.hanoi.danvan.api.oversight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import redis.clients.jedis.params.SetParams;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.redis.Redis;
import vn.hanoi.danvan.api.tenancy.PlatformScope;

/**
 * The oversight cache in Redis. An entry's key holds the scope's generation: the sum of the
 * {@code platform.fact_version} counters of the units in scope (raised by the triggers of the
 * petition, reception and directive facts in the same transaction as every fact change), their
 * number and the registry's last change. The generation is read before the figure is computed or
 * looked up, in the request, so once a write has committed no reader is given a figure computed
 * before it: <b>the staleness bound is zero</b> for fact changes. Entries expire after {@link #TTL}
 * only to bound Redis memory. With Redis down or unconfigured every figure is computed from the
 * summaries, which is correct, only slower.
 */
@Component
class OversightCache {

    static final Duration TTL = Duration.ofMinutes(10);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String GENERATION = OversightScope.UNITS_CTE + """
            select concat(coalesce(sum(v.version), 0), '.', count(*), '.',
                          coalesce(extract(epoch from max(s.updated_at)), 0))
              from scope s left join platform.fact_version v on v.unit_code = s.code
            """;

    private final Redis redis;

    OversightCache(Redis redis) {
        this.redis = redis;
    }

    /** The cached value of this question in this generation, or the computed one (then cached). */
    <T> T through(
            PlatformScope platform,
            String question,
            OversightScope scope,
            String detail,
            JavaType type,
            Supplier<T> compute) {
        if (!redis.available()) {
            // No cache to key or fill (unconfigured, or backing off after a failure): the figure
            // alone, without the generation's round trip and the JSON of an entry never stored.
            return compute.get();
        }
        String generation = platform.sql()
                .sql(GENERATION)
                .params(scope.params())
                .query(String.class)
                .single();
        String key = redis.key("oversight", question, digest(scope.fingerprint() + "|" + detail), generation);
        Optional<T> cached = redis.call(jedis -> jedis.get(key)).flatMap(json -> read(json, type));
        if (cached.isPresent()) {
            return cached.get();
        }
        T value = compute.get();
        String json = JSON.writeValueAsString(value);
        redis.call(jedis -> jedis.set(key, json, SetParams.setParams().ex(TTL.toSeconds())));
        return value;
    }

    /** An entry this version cannot read (written by an older one) is a miss, not an error. */
    private static <T> Optional<T> read(String json, JavaType type) {
        try {
            return Optional.of(JSON.readValue(json, type));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    static JavaType listOf(Class<?> element) {
        return JSON.getTypeFactory().constructCollectionType(java.util.List.class, element);
    }

    private static String digest(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
