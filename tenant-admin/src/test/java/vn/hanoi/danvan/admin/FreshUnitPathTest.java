package vn.hanoi.danvan.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.testing.TestPostgres;

/**
 * The fresh path builds a unit exactly as Liquibase would: same tables, columns, indexes,
 * constraints and changelog rows, and Liquibase takes it from there.
 */
class FreshUnitPathTest {

    private static final UnitChangelog NEXT = new UnitChangelog("db/unit-next/changelog.yaml");
    private static final UnitChangelog BROKEN = new UnitChangelog("db/unit-broken/changelog.yaml");
    private static final UnitChangelog CONCURRENTLY = new UnitChangelog("db/unit-concurrently/changelog.yaml");

    /** Changesets in the real unit changelog: its version starts with their number. */
    private static final int CHANGESETS =
            Integer.parseInt(UnitChangelog.DEFAULT.version().split("-")[0]);

    private static final UnitSchema FRESH = new UnitSchema("unit_00070");
    private static final UnitSchema PLAIN = new UnitSchema("unit_00004");

    private HikariDataSource dataSource;
    private JdbcClient sql;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestPostgres.newDataSource(4);
        sql = JdbcClient.create(dataSource);
        PlatformSchema.migrate(dataSource);
    }

    @AfterEach
    void close() {
        Liquibases.releaseCaches();
        dataSource.close();
    }

    @Test
    void theScriptIsLiquibasesOwnForAFreshSchemaLessTheLockTable() throws Exception {
        FreshUnitScript script;
        try (Connection connection = dataSource.getConnection()) {
            script =
                    FreshUnitScripts.generate(connection, UnitChangelog.DEFAULT).orElseThrow();
        }
        String ph = script.placeholder();
        int changesets = Integer.parseInt(UnitChangelog.DEFAULT.version().split("-")[0]);

        assertThat(ph).startsWith("unit_zz_template_");
        assertThat(occurrences(script.sql(), "CREATE TABLE " + ph + ".databasechangelog ("))
                .isEqualTo(1);
        assertThat(occurrences(script.sql(), "INSERT INTO " + ph + ".databasechangelog ("))
                .isEqualTo(changesets);
        assertThat(script.changesets()).isEqualTo(changesets);
        assertThat(script.parts().get(1).name()).isEqualTo("db/unit/001-unit-profile.sql::unit-001-profile::danvan");
        assertThat(script.sql())
                .contains("create table unit_profile (", "create table petition (", "create table attachment (")
                .contains("create index petition_search on petition using gin (search_text ext.gin_trgm_ops);")
                .contains("VALUES ('unit-001-profile', 'danvan', 'db/unit/001-unit-profile.sql', NOW(), 1, '9:")
                .containsPattern("VALUES \\('unit-002-attachment', 'danvan', 'db/unit/002-petitions.sql', NOW\\(\\), "
                        + "8, '9:[0-9a-f]{32}'")
                .doesNotContainIgnoringCase("databasechangeloglock")
                .doesNotContainIgnoringCase("search_path")
                .doesNotContain("-- Against:");
        // The scratch schema is gone, and no lock is left behind.
        assertThat(count("select count(*) from pg_namespace where nspname like 'unit\\_zz%'"))
                .isZero();
        assertThat(count("""
                        select count(*) from pg_locks
                         where locktype = 'advisory'
                           and database = (select oid from pg_database where datname = current_database())
                        """)).isZero();
    }

    @Test
    void aUnitBuiltByTheFreshPathIsTheUnitLiquibaseBuilds() throws Exception {
        assertThat(buildFresh(UnitChangelog.DEFAULT, FRESH)).isTrue();
        liquibase(UnitChangelog.DEFAULT, PLAIN);

        assertThat(describe(FRESH)).isEqualTo(describe(PLAIN)).hasSizeGreaterThan(100);
        assertThat(history(FRESH)).isEqualTo(history(PLAIN)).hasSize(CHANGESETS);
        // One transaction: every row was written at the same moment, under one deployment id.
        assertThat(count("select count(distinct (dateexecuted, deployment_id)) from unit_00070.databasechangelog"))
                .isEqualTo(1);
    }

    @Test
    void liquibaseFindsNothingToDoOnAUnitBuiltByTheFreshPath() throws Exception {
        buildFresh(UnitChangelog.DEFAULT, FRESH);
        List<String> schema = describe(FRESH);
        List<String> rows = sql.sql("select id, dateexecuted, deployment_id from unit_00070.databasechangelog")
                .query((rs, row) -> rs.getString(1) + rs.getString(2) + rs.getString(3))
                .list();

        liquibase(UnitChangelog.DEFAULT, FRESH);

        assertThat(describe(FRESH)).isEqualTo(schema);
        assertThat(sql.sql("select id, dateexecuted, deployment_id from unit_00070.databasechangelog")
                        .query((rs, row) -> rs.getString(1) + rs.getString(2) + rs.getString(3))
                        .list())
                .isEqualTo(rows);
        // And the fresh path leaves a unit with a changelog table to Liquibase.
        assertThat(buildFresh(UnitChangelog.DEFAULT, FRESH)).isFalse();
    }

    @Test
    void aUnitBuiltByTheFreshPathTakesTheNextChangesetFromLiquibase() throws Exception {
        buildFresh(UnitChangelog.DEFAULT, FRESH);
        liquibase(NEXT, PLAIN);

        liquibase(NEXT, FRESH);

        assertThat(describe(FRESH)).isEqualTo(describe(PLAIN)).contains("table probe BASE TABLE");
        assertThat(history(FRESH)).isEqualTo(history(PLAIN)).hasSize(CHANGESETS + 1);
    }

    @Test
    void aFailingFreshPathLeavesNothingAndIsRecordedOnTheUnit() {
        UnitDefinition hoanKiem = ReferenceUnits.hanoi(UnitCode.of("00070")).orElseThrow();
        Fleet broken = new Fleet(dataSource, BROKEN, 2);

        FleetReport report = broken.provision(List.of(hoanKiem));

        assertThat(report.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure.error()).contains("no_such_type"));
        Unit unit = broken.registry().get(hoanKiem.code());
        assertThat(unit.status()).isEqualTo(UnitStatus.PROVISIONING);
        assertThat(unit.migrationError()).contains("no_such_type");
        // Not even the schema: the changesets before the broken one went with it.
        assertThat(count("select count(*) from pg_namespace where nspname = 'unit_00070'"))
                .isZero();

        FleetReport fixed = new Fleet(dataSource, UnitChangelog.DEFAULT, 2).provision(List.of(hoanKiem));

        assertThat(fixed.succeeded()).isTrue();
        assertThat(broken.registry().get(hoanKiem.code()).status()).isEqualTo(UnitStatus.ACTIVE);
        assertThat(history(FRESH)).hasSize(CHANGESETS);
    }

    @Test
    void aChangelogThatCannotBeScriptedIsMigratedByLiquibaseUnitByUnit() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(FreshUnitScripts.generate(connection, CONCURRENTLY)).isEmpty();
        }
        assertThat(count("select count(*) from pg_namespace where nspname like 'unit\\_zz%'"))
                .isZero();

        FleetReport report = new Fleet(dataSource, CONCURRENTLY, 2)
                .provision(ReferenceUnits.hanoi().subList(0, 2));

        assertThat(report.succeeded()).isTrue();
        String schema = "unit_" + ReferenceUnits.hanoi().getFirst().code();
        assertThat(history(new UnitSchema(schema))).hasSize(CHANGESETS + 1);
        assertThat(count("select count(*) from pg_indexes where indexname = 'petition_subject'"))
                .isEqualTo(2);
    }

    private boolean buildFresh(UnitChangelog changelog, UnitSchema schema) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return new FreshUnitPath(changelog).build(connection, schema);
        }
    }

    private void liquibase(UnitChangelog changelog, UnitSchema schema) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Liquibases.update(connection, changelog.path(), schema.name(), schema.searchPath());
        }
    }

    /** The schema's tables, columns, indexes, constraints and relations (sequences too), its name left out. */
    private List<String> describe(UnitSchema schema) {
        List<String> facts = new ArrayList<>();
        facts.addAll(facts(schema, """
                select 'table ' || table_name || ' ' || table_type
                  from information_schema.tables where table_schema = :schema
                """));
        facts.addAll(facts(schema, """
                select concat_ws(' ', 'column', table_name, column_name, ordinal_position, data_type, udt_name,
                                 is_nullable, column_default, is_identity, identity_generation,
                                 character_maximum_length, numeric_precision)
                  from information_schema.columns where table_schema = :schema
                """));
        facts.addAll(facts(schema, """
                select 'index ' || tablename || ' ' || indexname || ' ' || indexdef
                  from pg_indexes where schemaname = :schema
                """));
        facts.addAll(facts(schema, """
                select concat_ws(' ', 'constraint', rel.relname, con.conname, con.contype,
                                 pg_get_constraintdef(con.oid), con.condeferrable, con.convalidated)
                  from pg_constraint con
                  join pg_class rel on rel.oid = con.conrelid
                  join pg_namespace n on n.oid = con.connamespace
                 where n.nspname = :schema
                """));
        facts.addAll(facts(schema, """
                select concat_ws(' ', 'relation', c.relname, c.relkind, c.relpersistence)
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = :schema
                """));
        return facts;
    }

    private List<String> facts(UnitSchema schema, String query) {
        return sql.sql(query).param("schema", schema.name()).query(String.class).list().stream()
                .map(fact -> fact.replace(schema.name(), "<unit>"))
                .sorted()
                .toList();
    }

    /** Liquibase's record of what ran, without the when and the deployment. */
    private List<String> history(UnitSchema schema) {
        return sql.sql("select concat_ws(' | ', id, author, filename, md5sum, orderexecuted, exectype, description,"
                        + " comments, tag, liquibase, contexts, labels) from " + schema.name()
                        + ".databasechangelog order by orderexecuted")
                .query(String.class)
                .list();
    }

    private int count(String query) {
        return Optional.ofNullable(sql.sql(query).query(Integer.class).single()).orElse(0);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
