package vn.hanoi.danvan.api.graphql;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.api.tenancy.StatementTimeouts;

/**
 * The statement timeout of every transaction through the doors: what is left of the current
 * request's time where a data fetcher works for one ({@link RequestDeadline}), else the whole
 * request timeout (REST endpoints, work after the response, start-up and scheduled jobs). None
 * with the limits off, which only the benchmark does.
 */
@Component
class RequestTimeLeft implements StatementTimeouts {

    private final LimitsProperties limits;

    RequestTimeLeft(LimitsProperties limits) {
        this.limits = limits;
    }

    @Override
    public Optional<Duration> next() {
        if (!limits.enabled()) {
            return Optional.empty();
        }
        return Optional.of(RequestDeadline.left().orElse(limits.timeout()));
    }
}
