package vn.hanoi.danvan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.testing.TestPostgres;

class FleetTest {

    private static final UnitChangelog NEXT = new UnitChangelog("db/unit-next/changelog.yaml");

    private HikariDataSource dataSource;
    private JdbcClient sql;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestPostgres.newDataSource(6);
        sql = JdbcClient.create(dataSource);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private Fleet fleet(UnitChangelog changelog) {
        return new Fleet(dataSource, changelog, 3);
    }

    private static List<UnitDefinition> firstUnits(int count) {
        return ReferenceUnits.hanoi().subList(0, count);
    }

    @Test
    void provisioningAllOfHanoiRegistersThe126UnitsAsTheCsvNamesThem() {
        Fleet fleet = fleet(UnitChangelog.DEFAULT);

        FleetReport report = fleet.provision(ReferenceUnits.hanoi());

        assertThat(report.failures()).isEmpty();
        assertThat(report.migrated()).isEqualTo(126);
        Map<UnitCode, Unit> registered =
                fleet.registry().all().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        assertThat(registered).hasSize(126);
        for (UnitDefinition expected : ReferenceUnits.hanoi()) {
            Unit unit = registered.get(expected.code());
            assertThat(unit.name()).isEqualTo(expected.name());
            assertThat(unit.kind()).isEqualTo(expected.kind());
            assertThat(unit.status()).isEqualTo(UnitStatus.ACTIVE);
            assertThat(unit.schemaVersion()).isEqualTo(fleet.targetVersion());
        }
        assertThat(fleet.behind()).isZero();
        assertThat(sql.sql("select count(*) from pg_namespace where nspname like 'unit\\_%'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(126);
        // Units migrated side by side each hold all their changesets, and every lock is released.
        int changesets = Integer.parseInt(fleet.targetVersion().split("-")[0]);
        for (UnitDefinition unit : ReferenceUnits.hanoi()) {
            assertThat(appliedChangesets("unit_" + unit.code())).isEqualTo(changesets);
        }
        assertThat(sql.sql("""
                                select count(*) from pg_locks
                                 where locktype = 'advisory'
                                   and database = (select oid from pg_database where datname = current_database())
                                """).query(Integer.class).single()).isZero();
    }

    @Test
    void provisioningTwiceChangesNothing() {
        Fleet fleet = fleet(UnitChangelog.DEFAULT);
        fleet.provision(firstUnits(3));
        List<Unit> before = fleet.registry().all();
        int changesets = appliedChangesets("unit_" + before.getFirst().code());

        FleetReport again = fleet.provision(firstUnits(3));

        assertThat(again.succeeded()).isTrue();
        assertThat(fleet.registry().all()).isEqualTo(before);
        assertThat(appliedChangesets("unit_" + before.getFirst().code())).isEqualTo(changesets);
    }

    @Test
    void anInterruptedProvisioningIsNotActiveAndResumesWhenRunAgain() {
        Fleet fleet = fleet(UnitChangelog.DEFAULT);
        UnitDefinition hoanKiem = ReferenceUnits.hanoi(UnitCode.of("00070")).orElseThrow();
        PlatformSchema.migrate(dataSource);
        // Interrupted after registration and the schema's creation, before any changeset ran.
        Unit halfBuilt = fleet.registry().register(hoanKiem);
        sql.sql("create schema unit_00070").update();

        assertThat(halfBuilt.status()).isEqualTo(UnitStatus.PROVISIONING);
        assertThat(halfBuilt.status().serves()).isFalse();
        assertThat(fleet.behind()).isEqualTo(1);

        UnitMigrationResult resumed = fleet.provisioner().provision(hoanKiem);

        assertThat(resumed.succeeded()).isTrue();
        Unit unit = fleet.registry().get(UnitCode.of("00070"));
        assertThat(unit.status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(unit.isCurrent(fleet.targetVersion())).isTrue();
        assertThat(sql.sql("select unit_code from unit_00070.unit_profile")
                        .query(String.class)
                        .single())
                .isEqualTo("00070");
    }

    @Test
    void aChangesetFailingInOneUnitLeavesTheOthersMigratedAndThatUnitMarked() {
        fleet(UnitChangelog.DEFAULT).provision(firstUnits(4));
        String broken = firstUnits(4).get(2).code().value();
        // Something in that one schema is in the way of the next release's changeset.
        sql.sql("create table unit_" + broken + ".probe (other text)").update();

        Fleet next = fleet(NEXT);
        FleetReport report = next.migrate();

        assertThat(report.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.code().value()).isEqualTo(broken);
            assertThat(failure.error()).contains("probe");
        });
        assertThat(report.migrated()).isEqualTo(3);
        Unit failed = next.registry().get(UnitCode.of(broken));
        assertThat(failed.migrationError()).contains("probe");
        assertThat(failed.status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(failed.schemaVersion()).isEqualTo(UnitChangelog.DEFAULT.version());
        assertThat(next.registry().all())
                .filteredOn(unit -> !unit.code().value().equals(broken))
                .allMatch(unit -> unit.isCurrent(NEXT.version()));
        assertThat(next.behind()).isEqualTo(1);

        // Once the obstacle is gone, migrating again finishes the fleet.
        sql.sql("drop table unit_" + broken + ".probe").update();
        assertThat(next.migrate().migrated()).isEqualTo(1);
        assertThat(next.behind()).isZero();
        assertThat(next.registry().get(UnitCode.of(broken)).migrationError()).isNull();
    }

    @Test
    void theCensusCountsUnitsBehindAndFailedAsEachReleaseSeesThem() {
        fleet(UnitChangelog.DEFAULT).provision(firstUnits(4));
        Fleet next = fleet(NEXT);
        next.registry().changeStatus(firstUnits(4).get(3).code(), UnitStatus.ACTIVE, UnitStatus.SUSPENDED);

        FleetCensus beforeMigration = next.registry().census(NEXT);

        assertThat(beforeMigration.count(UnitStatus.ACTIVE)).isEqualTo(3);
        assertThat(beforeMigration.count(UnitStatus.SUSPENDED)).isEqualTo(1);
        // Only serving units hold the release back: a suspended one is migrated but serves no one.
        assertThat(beforeMigration.behind()).isEqualTo(3);
        assertThat(beforeMigration.failed()).isZero();

        String broken = firstUnits(4).get(1).code().value();
        sql.sql("create table unit_" + broken + ".probe (other text)").update();
        next.migrate();

        FleetCensus afterMigration = next.registry().census(NEXT);
        assertThat(afterMigration.behind()).isZero();
        assertThat(afterMigration.failed()).isEqualTo(1);
        // The release before sees units a newer release migrated as current, not behind.
        assertThat(next.registry().census(UnitChangelog.DEFAULT).behind()).isZero();
    }

    @Test
    void aCurrentFleetIsRecognisedWithoutRunningLiquibasePerUnit() {
        Fleet fleet = fleet(UnitChangelog.DEFAULT);
        fleet.provision(firstUnits(5));
        String unitSchema = "unit_" + firstUnits(5).getFirst().code();
        // Were Liquibase to run on this unit, it would make its history table again.
        sql.sql("drop table " + unitSchema + ".databasechangelog").update();

        FleetReport report = fleet.migrate();

        assertThat(report.alreadyCurrent()).isTrue();
        assertThat(report.results()).isEmpty();
        assertThat(sql.sql("select to_regclass('" + unitSchema + ".databasechangelog') is null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aCurrentPlatformSchemaIsRecognisedWithoutRunningLiquibase() {
        PlatformSchema.migrate(dataSource);
        // Were Liquibase to run on the platform schema again, it would make its history table again.
        sql.sql("drop table platform.databasechangelog").update();

        PlatformSchema.migrate(dataSource);

        assertThat(sql.sql("select to_regclass('platform.databasechangelog') is null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theUnitChangelogVersionChangesWithItsContent() {
        assertThat(UnitChangelog.DEFAULT.version()).matches("[0-9]+-[0-9a-f]{12}");
        assertThat(NEXT.version()).isNotEqualTo(UnitChangelog.DEFAULT.version());
        assertThat(Integer.parseInt(NEXT.version().split("-")[0]))
                .isEqualTo(Integer.parseInt(UnitChangelog.DEFAULT.version().split("-")[0]) + 1);
    }

    private int appliedChangesets(String schema) {
        return sql.sql("select count(*) from " + schema + ".databasechangelog")
                .query(Integer.class)
                .single();
    }
}
