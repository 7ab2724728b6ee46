package vn.hanoi.danvan.api.tenancy;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.danvan.admin.Fleet;
import vn.hanoi.danvan.admin.UnitChangelog;
import vn.hanoi.danvan.admin.UnitRegistry;

/** The tenant-admin library as the API uses it: the registry, and the fleet for start-up. */
@Configuration(proxyBeanMethods = false)
class FleetConfiguration {

    /**
     * @param migrateOnStart migrate the platform schema and every unit behind at start-up (the
     *     embedded default does; in production the chart's migration job does it first)
     * @param provisionReferenceUnits provision Hanoi's 126 units on a fresh database
     * @param parallelism how many units migrate at once
     */
    @ConfigurationProperties("danvan.fleet")
    record FleetProperties(boolean migrateOnStart, boolean provisionReferenceUnits, Integer parallelism) {

        int effectiveParallelism() {
            return parallelism == null ? Fleet.defaultParallelism() : parallelism;
        }
    }

    @Bean
    Fleet fleet(DataSource dataSource, FleetProperties properties) {
        return new Fleet(dataSource, UnitChangelog.DEFAULT, properties.effectiveParallelism());
    }

    @Bean
    UnitRegistry unitRegistry(Fleet fleet) {
        return fleet.registry();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
