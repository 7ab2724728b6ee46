package vn.hanoi.danvan.api.tenancy;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.FleetCensus;
import vn.hanoi.danvan.admin.UnitStatus;

/**
 * The fleet as gauges, from the registry: {@code danvan.units} by status, {@code
 * danvan.units.behind} (serving units older than this build) and {@code
 * danvan.units.migration.failed}. No unit is ever a label: 3,300 of them would be 3,300 series a
 * metric. One census query serves a whole scrape; with the registry unreadable the gauges are NaN.
 */
@Component
class FleetMetrics implements MeterBinder {

    private static final Duration FRESH = Duration.ofSeconds(10);

    private record Sample(Optional<FleetCensus> census, Instant taken) {}

    private final Fleet fleet;
    private final Clock clock;
    private volatile Sample last = new Sample(Optional.empty(), Instant.MIN);

    FleetMetrics(Fleet fleet, Clock clock) {
        this.fleet = fleet;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (UnitStatus status : UnitStatus.values()) {
            gauge("danvan.units", "Units in the registry, by status", census -> census.count(status))
                    .tag("status", status.name())
                    .register(registry);
        }
        gauge("danvan.units.behind", "Serving units whose schema is older than this build", FleetCensus::behind)
                .register(registry);
        gauge("danvan.units.migration.failed", "Units whose last migration failed", FleetCensus::failed)
                .register(registry);
    }

    private Gauge.Builder<FleetMetrics> gauge(String name, String description, ToIntFunction<FleetCensus> value) {
        return Gauge.builder(
                        name,
                        this,
                        metrics -> metrics.census()
                                .map(census -> (double) value.applyAsInt(census))
                                .orElse(Double.NaN))
                .description(description);
    }

    private Optional<FleetCensus> census() {
        Sample sample = last;
        Instant now = clock.instant();
        if (sample.taken().plus(FRESH).isBefore(now)) {
            try {
                sample = new Sample(Optional.of(fleet.census()), now);
            } catch (DataAccessException e) {
                sample = new Sample(Optional.empty(), now);
            }
            last = sample;
        }
        return sample.census();
    }
}
