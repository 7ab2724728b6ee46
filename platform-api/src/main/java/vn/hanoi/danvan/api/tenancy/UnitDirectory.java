package vn.hanoi.danvan.api.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.UnitNotFoundException;
import vn.hanoi.danvan.admin.UnitRegistry;

/**
 * The registry as the API reads it on every unit of work: code to schema and status, cached
 * briefly. A unit suspended with tenant-admin stops serving within {@link #TTL}.
 */
@Component
public class UnitDirectory {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry(Optional<Unit> unit, Instant loaded) {}

    private final UnitRegistry registry;
    private final Clock clock;
    private final Map<UnitCode, Entry> cache = new ConcurrentHashMap<>();

    public UnitDirectory(UnitRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** The living unit with this code, if any. */
    public Optional<Unit> find(UnitCode code) {
        Instant now = clock.instant();
        Entry entry = cache.get(code);
        if (entry == null || entry.loaded().plus(TTL).isBefore(now)) {
            entry = new Entry(registry.find(code), now);
            cache.put(code, entry);
        }
        return entry.unit();
    }

    /** The unit, which must be serving. */
    public Unit serving(UnitCode code) {
        Unit unit = find(code).orElseThrow(() -> new UnitNotFoundException(code));
        if (!unit.status().serves()) {
            throw new UnitUnavailableException(code);
        }
        return unit;
    }

    /** Forgets what was cached, after a change made through this process. */
    public void forget(UnitCode code) {
        cache.remove(code);
    }
}
