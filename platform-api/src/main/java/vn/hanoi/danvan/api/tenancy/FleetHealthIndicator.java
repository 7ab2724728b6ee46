package vn.hanoi.danvan.api.tenancy;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.FleetCensus;
import vn.hanoi.danvan.admin.UnitStatus;

/**
 * The fleet's part in this instance's readiness ({@code fleet}): DOWN while any serving unit's
 * schema is older than this build's unit changelog, which is while the chart's migration job is
 * still migrating (or was never run), and, as it asks the registry, while PostgreSQL does not
 * answer. A unit whose migration failed is reported but does not hold the instance back: the
 * others go on, as the migration itself does.
 */
@Component
class FleetHealthIndicator extends AbstractHealthIndicator {

    private final Fleet fleet;

    FleetHealthIndicator(Fleet fleet) {
        super("The unit registry could not be read");
        this.fleet = fleet;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        FleetCensus census = fleet.census();
        builder.status(census.behind() > 0 ? Status.DOWN : Status.UP)
                .withDetail("targetVersion", fleet.targetVersion())
                .withDetail("active", census.count(UnitStatus.ACTIVE))
                .withDetail("behind", census.behind())
                .withDetail("failed", census.failed());
    }
}
