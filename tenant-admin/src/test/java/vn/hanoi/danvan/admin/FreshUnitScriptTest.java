package vn.hanoi.danvan.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What is kept, stripped and refused of Liquibase's updateSQL output; no database needed. */
class FreshUnitScriptTest {

    private static final String PH = "unit_zz_template_0123456789ab";

    /** Output as Liquibase writes it with its standard lock service and a search_path of its own. */
    private static final String WITH_LOCK_TABLE = """
            -- *********************************************************************
            -- Update Database Script
            -- *********************************************************************
            -- Change Log: db/unit/changelog.yaml
            -- Ran at: 11/29/26, 10:55 AM
            -- Against: postgres@jdbc:postgresql://127.0.0.1:5432/danvan
            -- Liquibase version: 4.33.0
            -- *********************************************************************

            SET SEARCH_PATH TO unit_zz_template_0123456789ab, "$user","public";

            -- Create Database Lock Table
            CREATE TABLE unit_zz_template_0123456789ab.databasechangeloglock (ID INTEGER NOT NULL, LOCKED BOOLEAN NOT NULL);

            -- Initialize Database Lock Table
            DELETE FROM unit_zz_template_0123456789ab.databasechangeloglock;

            INSERT INTO unit_zz_template_0123456789ab.databasechangeloglock (ID, LOCKED) VALUES (1, FALSE);

            -- Lock Database
            UPDATE unit_zz_template_0123456789ab.databasechangeloglock SET LOCKED = TRUE WHERE ID = 1 AND LOCKED = FALSE;

            -- Create Database Change Log Table
            CREATE TABLE unit_zz_template_0123456789ab.databasechangelog (ID VARCHAR(255) NOT NULL);

            -- Changeset db/unit/001-unit-profile.sql::unit-001-profile::danvan
            create table unit_profile (id boolean primary key);

            INSERT INTO unit_zz_template_0123456789ab.databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM) VALUES ('unit-001-profile', 'danvan', 'db/unit/001-unit-profile.sql', NOW(), 1, '9:e5');

            -- Release Database Lock
            UPDATE unit_zz_template_0123456789ab.databasechangeloglock SET LOCKED = FALSE WHERE ID = 1;
            """;

    @Test
    void lockTableSearchPathAndHeaderAreStrippedAndTheRestKept() {
        FreshUnitScript script = FreshUnitScript.of(PH, WITH_LOCK_TABLE, 1);

        assertThat(script.sql())
                .doesNotContainIgnoringCase("databasechangeloglock")
                .doesNotContainIgnoringCase("search_path")
                .doesNotContain("Against:", "Ran at:")
                .contains("CREATE TABLE " + PH + ".databasechangelog (")
                .contains("create table unit_profile (id boolean primary key);")
                .contains("INSERT INTO " + PH
                        + ".databasechangelog (ID, AUTHOR, FILENAME, DATEEXECUTED, ORDEREXECUTED, MD5SUM)"
                        + " VALUES ('unit-001-profile', 'danvan', 'db/unit/001-unit-profile.sql', NOW(), 1, '9:e5');");
        assertThat(script.changesets()).isEqualTo(1);
        assertThat(script.parts())
                .extracting(FreshUnitScript.Part::name)
                .containsExactly(
                        "the databasechangelog table", "db/unit/001-unit-profile.sql::unit-001-profile::danvan");
        assertThat(script.parts().get(1).sql())
                .startsWith("-- Changeset db/unit/001-unit-profile.sql::unit-001-profile::danvan\n")
                .endsWith("NOW(), 1, '9:e5');\n");
    }

    @Test
    void theUnitsSchemaTakesThePlaceholdersPlace() {
        List<FreshUnitScript.Part> parts =
                FreshUnitScript.of(PH, WITH_LOCK_TABLE, 1).forSchema(new UnitSchema("unit_00070"));

        assertThat(parts.stream().map(FreshUnitScript.Part::sql).collect(Collectors.joining()))
                .doesNotContain(PH)
                .contains("INSERT INTO unit_00070.databasechangelog");
    }

    @Test
    void anythingElseNamingThePlaceholderIsRefused() {
        String tagged = WITH_LOCK_TABLE + "UPDATE " + PH + ".databasechangelog SET TAG = 'v1';\n";

        assertThatThrownBy(() -> FreshUnitScript.of(PH, tagged, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SET TAG");
    }

    @Test
    void outputRecordingOtherThanEveryChangesetIsRefused() {
        assertThatThrownBy(() -> FreshUnitScript.of(PH, WITH_LOCK_TABLE, 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("records 1 changeset(s) of 2");
        String noTable = WITH_LOCK_TABLE.replace("CREATE TABLE " + PH + ".databasechangelog ", "-- ");
        assertThatThrownBy(() -> FreshUnitScript.of(PH, noTable, 1)).isInstanceOf(IllegalStateException.class);
        String sqlAfter = WITH_LOCK_TABLE + "drop table unit_profile;\n";
        assertThatThrownBy(() -> FreshUnitScript.of(PH, sqlAfter, 1))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("then runs more SQL");
    }

    @Test
    void theScratchSchemaNameCannotBeAUnitsName() {
        assertThat(FreshUnitScript.newPlaceholder())
                .startsWith(FreshUnitScript.PLACEHOLDER_PREFIX)
                .isNotEqualTo(FreshUnitScript.newPlaceholder());
        assertThatThrownBy(() -> FreshUnitScript.of("unit_00070", WITH_LOCK_TABLE, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
