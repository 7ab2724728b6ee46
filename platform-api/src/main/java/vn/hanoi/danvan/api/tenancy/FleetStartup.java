package vn.hanoi.danvan.api.tenancy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.FleetReport;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.api.tenancy.FleetConfiguration.FleetProperties;

/**
 * Brings the fleet up to date before the API serves, where configured to. A restart where every
 * unit is current costs the platform changelog's no-op and one query, not a Liquibase run per unit.
 */
@Component
class FleetStartup implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(FleetStartup.class);

    private final Fleet fleet;
    private final FleetProperties properties;

    FleetStartup(Fleet fleet, FleetProperties properties) {
        this.fleet = fleet;
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        if (!properties.migrateOnStart()) {
            reportOnly();
            return;
        }
        FleetReport report = fleet.migrate();
        if (properties.provisionReferenceUnits() && fleet.registry().all().isEmpty()) {
            report = fleet.provision(ReferenceUnits.hanoi());
        }
        log.info("Fleet: {}", report.summary());
        report.failures().forEach(failure -> log.error("Unit {} did not migrate: {}", failure.code(), failure.error()));
    }

    /** In production the chart's migration job runs first; the API only says what it finds. */
    private void reportOnly() {
        try {
            int behind = fleet.behind();
            if (behind > 0) {
                log.warn("Fleet: {} unit(s) behind {}: run tenant-admin migrate --all", behind, fleet.targetVersion());
            } else {
                log.info("Fleet: current at {}", fleet.targetVersion());
            }
        } catch (DataAccessException e) {
            log.error("Fleet: no platform schema yet: run tenant-admin migrate --all");
        }
    }
}
