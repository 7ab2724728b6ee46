package vn.hanoi.danvan.api.dev;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.admin.Unit;
import vn.hanoi.danvan.admin.UnitRegistry;
import vn.hanoi.danvan.api.DanvanApplication;
import vn.hanoi.danvan.api.DevClient;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;

/**
 * The embedded default with demo data, as a newcomer meets it: every unit's inbox has petitions
 * of every kind in many states, some overdue, the city's facts agree with the units, the demo
 * officer of Hoàn Kiếm sees them all (overdue ones among them), and a restart adds nothing. One start and one restart: it
 * is slow.
 */
class DemoDataTest {

    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: application-dev.yaml would override those.
        return new SpringApplicationBuilder(DanvanApplication.class)
                .profiles("dev")
                .run(
                        "--server.port=0",
                        "--danvan.embedded.data-dir=" + dataDir,
                        "--danvan.demo.enabled=true",
                        "--logging.level.root=warn",
                        "--logging.level.vn.hanoi.danvan.api.dev=info");
    }

    @Test
    void aFirstStartFillsEveryUnitWithPetitionsOfEveryKindInManyStatesSomeOverdueAndARestartAddsNone()
            throws Exception {
        Map<String, Long> seeded;
        long sessions;
        try (ConfigurableApplicationContext first = start()) {
            JdbcClient sql = JdbcClient.create(first.getBean(DataSource.class));
            List<Unit> units = first.getBean(UnitRegistry.class).all();
            assertThat(units).hasSize(126);
            seeded = perUnit(sql, units);
            assertThat(seeded.values()).allSatisfy(count -> assertThat(count).isPositive());
            long total = seeded.values().stream().mapToLong(Long::longValue).sum();
            assertThat(count(sql, "select count(*) from platform.petition_fact"))
                    .isEqualTo(total);

            assertThat(sql.sql("select distinct kind from platform.petition_fact")
                            .query(String.class)
                            .list())
                    .containsExactlyInAnyOrder("COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "REFLECTION");
            assertThat(sql.sql("select distinct state from platform.petition_fact")
                            .query(String.class)
                            .list())
                    .hasSizeGreaterThanOrEqualTo(6);
            LocalDate today = LocalDate.now(PetitionCalendar.HANOI);
            assertThat(sql.sql("""
                            select count(*) from platform.petition_fact
                             where due_on < :today
                               and state in ('RECEIVED', 'CLASSIFIED', 'ACCEPTED', 'VERIFYING', 'APPEALED')
                            """).param("today", today).query(Long.class).single())
                    .as("overdue petitions")
                    .isPositive();
            assertThat(count(sql, "select count(*) from platform.petition_fact where group_petition"))
                    .isPositive();
            assertThat(count(sql, "select count(*) from platform.petition_fact where satisfaction is not null"))
                    .isPositive();

            int port = ((WebServerApplicationContext) first).getWebServer().getPort();
            DocumentContext inbox = inboxOf(port, "officer.hoankiem");
            assertThat(inbox.read("$.data.all.totalCount", Long.class)).isEqualTo(seeded.get("00070"));
            assertThat(inbox.read("$.data.overdue.totalCount", Long.class)).isPositive();

            sessions = count(sql, "select count(*) from platform.reception_session_fact");
            assertThat(count(sql, "select count(distinct unit_code) from platform.reception_session_fact"))
                    .isEqualTo(126);
            assertThat(count(
                            sql,
                            "select count(*) from platform.reception_entry_fact where cardinality(petition_ids) > 0"))
                    .isPositive();
            YearMonth last = YearMonth.from(today).minusMonths(1);
            long shortOfTheRule = sql.sql("""
                            select count(*) from (
                                select unit_code from platform.reception_session_fact
                                 where held_on between :from and :to
                                 group by unit_code
                                having count(distinct held_on) filter (where status = 'HELD' and presider_office = 'CHAIRMAN') < 2
                                    or count(distinct held_on) filter (where status = 'HELD' and presider_office = 'PARTY_SECRETARY') < 2) s
                            """)
                    .param("from", last.atDay(1))
                    .param("to", last.atEndOfMonth())
                    .query(Long.class)
                    .single();
            assertThat(shortOfTheRule).as("units short of the rule last month").isBetween(1L, 125L);
            DocumentContext compliance = DevClient.query(
                    port,
                    "officer.hoankiem",
                    "{ receptionCompliance(year: " + last.getYear() + ", month: " + last.getMonthValue()
                            + ") { met offices { office heldDays } } }");
            assertThat(compliance.read("$.data.receptionCompliance.met", Boolean.class))
                    .isTrue();
        }
        try (ConfigurableApplicationContext second = start()) {
            JdbcClient sql = JdbcClient.create(second.getBean(DataSource.class));
            assertThat(perUnit(sql, second.getBean(UnitRegistry.class).all())).isEqualTo(seeded);
            assertThat(count(sql, "select count(*) from platform.reception_session_fact"))
                    .isEqualTo(sessions);
        }
    }

    private static Map<String, Long> perUnit(JdbcClient sql, List<Unit> units) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Unit unit : units) {
            counts.put(
                    unit.code().value(),
                    count(sql, "select count(*) from " + unit.schema().name() + ".petition"));
        }
        return counts;
    }

    private static long count(JdbcClient sql, String query) {
        return sql.sql(query).query(Long.class).single();
    }

    /** What the unit's own officer sees: all of its petitions, and those overdue. */
    private static DocumentContext inboxOf(int port, String username) throws Exception {
        return DevClient.query(
                port,
                username,
                "{ all: petitions { totalCount } overdue: petitions(filter: {overdue: true}) { totalCount } }");
    }
}
