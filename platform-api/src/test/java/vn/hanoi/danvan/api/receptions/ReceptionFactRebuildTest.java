package vn.hanoi.danvan.api.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.hanoi.danvan.api.FactsCli;
import vn.hanoi.danvan.api.graphql.GlobalId;

/**
 * The reception facts (and the facts of the petitions raised at a reception) that the API writes
 * are the facts {@code tenant-admin facts rebuild} computes from the unit's schema, and a check
 * finds, and a rebuild repairs, exactly what was broken behind the API's back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// The API's own facts are judged first: the other tests end with a rebuild.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReceptionFactRebuildTest extends ReceptionDesk {

    static final String UNIT = "00229";
    static final String OFFICER = "officer." + UNIT;
    static final String SESSIONS = "platform.reception_session_fact";
    static final String ENTRIES = "platform.reception_entry_fact";
    static final String PETITIONS = "platform.petition_fact";

    FactsCli facts;
    long heldSession;
    long plannedSession;
    long groupEntry;

    @BeforeAll
    void receptionsThroughTheApi() {
        facts = new FactsCli(databaseUrl(), UNIT);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        String chairman = heldSession(OFFICER, today.minusDays(8).toString(), "CHAIRMAN", "LEADER_PERIODIC");
        String officer = heldSession(OFFICER, today.minusDays(6).toString(), "OFFICER", "REGULAR");
        Map<String, Object> planned = planned(OFFICER, today.plusDays(9).toString(), "PARTY_SECRETARY", "AD_HOC");
        cancelled(OFFICER, today.plusDays(2).toString(), "PARTY_SECRETARY");

        Response alone = record(OFFICER, entry(chairman, unique("Lê Thị Hoa"), Map.of()));
        assertThat(alone.errorCode()).as(alone.body()).isNull();
        // Five people make a group (art. 29): the smallest group there is.
        Response group = record(
                OFFICER,
                entry(
                        chairman,
                        unique("Phạm Văn Đức"),
                        Map.of(
                                "groupSize",
                                5,
                                "visitors",
                                List.of(
                                        Map.of("fullName", unique("Phạm Văn Đức"), "representative", true),
                                        Map.of("fullName", unique("Ngô Thị Lan"), "representative", true)),
                                "petitions",
                                List.of(
                                        matter("COMPLAINT", unique("Khiếu nại thu hồi đất")),
                                        matter("RECOMMENDATION", unique("Kiến nghị sửa đường"))))));
        assertThat(group.errorCode()).as(group.body()).isNull();
        Response reflection =
                record(OFFICER, entry(officer, unique("Đỗ Văn Nam"), Map.of("matterKinds", List.of("REFLECTION"))));
        assertThat(reflection.errorCode()).as(reflection.body()).isNull();
        // A matter found after the visit: the entry's kinds and petitions change, and it turns confidential.
        Response raised = graphQl(
                OFFICER,
                RAISE,
                Map.of(
                        "id", alone.read("$.data.recordReceptionEntry.entry.id"),
                        "version", alone.read("$.data.recordReceptionEntry.entry.version"),
                        "matters", List.of(matter("DENUNCIATION", unique("Tố cáo cán bộ")))));
        assertThat(raised.errorCode()).as(raised.body()).isNull();

        heldSession = localId(chairman);
        plannedSession = localId((String) planned.get("id"));
        groupEntry = localId(group.read("$.data.recordReceptionEntry.entry.id"));
    }

    @Test
    @Order(1)
    void theFactsTheApiWroteAreTheFactsTheRebuildComputes() {
        assertThat(facts.count(SESSIONS)).isEqualTo(4);
        assertThat(facts.count(ENTRIES)).isEqualTo(3);
        assertThat(facts.count(PETITIONS)).isEqualTo(3);
        FactsCli.Outcome check = facts.check();
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).isEqualTo("facts agree with the unit schemas\n");

        String sessions = facts.rows(SESSIONS);
        String entries = facts.rows(ENTRIES);
        long version = facts.version();
        assertThat(facts.rebuild().out())
                .contains(
                        UNIT + "  petition facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0",
                        UNIT + "  reception facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0");
        assertThat(facts.rows(SESSIONS)).isEqualTo(sessions);
        assertThat(facts.rows(ENTRIES)).isEqualTo(entries);
        assertThat(facts.version()).isEqualTo(version);
    }

    @Test
    void aDeletedAChangedAndAStrayReceptionFactAreReportedAndRepaired() {
        String sessions = facts.rows(SESSIONS);
        String entries = facts.rows(ENTRIES);
        facts.execute(
                "delete from " + SESSIONS + " where unit_code = '" + UNIT + "' and session_id = " + plannedSession);
        facts.execute("update " + ENTRIES + " set petition_ids = petition_ids[1:1], group_size = 1"
                + " where unit_code = '" + UNIT + "' and entry_id = " + groupEntry);
        facts.execute("insert into " + ENTRIES + " (unit_code, entry_id, session_id, received_on, group_size,"
                + " group_entry, matter_kinds, petition_ids) values ('" + UNIT + "', 987654, " + heldSession
                + ", current_date, 1, false, '{}', '{}')");

        FactsCli.Outcome check = facts.check();
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out())
                .isEqualTo("drift: " + UNIT
                        + "  reception facts missing: 1, different: 1, extra: 1, summary rows off: 0\n"
                        + "1 unit(s) drifted\n");

        assertThat(facts.rebuild().out())
                .isEqualTo(UNIT + "  petition facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0\n"
                        + UNIT + "  reception facts inserted: 1, updated: 1, deleted: 1, summary rows off: 0\n"
                        + UNIT + "  directive facts inserted: 0, updated: 0, deleted: 0, summary rows off: 0\n"
                        + "rebuilt the facts of 1 unit(s)\n");
        assertThat(facts.rows(SESSIONS)).isEqualTo(sessions);
        assertThat(facts.rows(ENTRIES)).isEqualTo(entries);
        assertThat(facts.check().exit()).isZero();

        facts.assertRebuildChangesNothing("reception");
    }

    @Test
    void aDeletedAChangedAndAStrayPetitionFactOfTheReceptionAreReportedAndRepaired() {
        String petitions = facts.rows(PETITIONS);
        String ofUnit = " where unit_code = '" + UNIT + "'";
        facts.execute("delete from " + PETITIONS + ofUnit + " and petition_id = (select min(petition_id) from "
                + PETITIONS + ofUnit + ")");
        facts.execute("update " + PETITIONS + " set state = 'CLOSED', satisfaction = 2" + ofUnit
                + " and petition_id = (select max(petition_id) from " + PETITIONS + ofUnit + ")");
        facts.execute("insert into " + PETITIONS + " (unit_code, petition_id, kind, channel, state, round,"
                + " group_petition, received_on) values ('" + UNIT + "', 987654, 'COMPLAINT', 'POST', 'RECEIVED',"
                + " 1, false, current_date)");

        FactsCli.Outcome check = facts.check();
        assertThat(check.exit()).isEqualTo(1);
        // The summaries follow the facts through the trigger: only the facts are off.
        assertThat(check.out())
                .isEqualTo("drift: " + UNIT
                        + "  petition facts missing: 1, different: 1, extra: 1, summary rows off: 0\n"
                        + "1 unit(s) drifted\n");

        assertThat(facts.rebuild().out())
                .contains(UNIT + "  petition facts inserted: 1, updated: 1, deleted: 1, summary rows off: 0");
        assertThat(facts.rows(PETITIONS)).isEqualTo(petitions);
        assertThat(facts.check().exit()).isZero();

        facts.assertRebuildChangesNothing("petition");
    }

    @Test
    void aMonthOfTheReceptionSummaryThatDriftedIsReportedAndRecomputed() {
        String months = facts.rows("platform.reception_month");
        facts.execute("update platform.reception_month set kept_days = kept_days + 7, sessions_held = 99"
                + " where unit_code = '" + UNIT + "' and month = (select max(month) from platform.reception_month"
                + " where unit_code = '" + UNIT + "')");

        FactsCli.Outcome check = facts.check();
        assertThat(check.exit()).isEqualTo(1);
        // The month off both ways (2), and its running totals, which followed it (1: the last month).
        assertThat(check.out())
                .contains(UNIT + "  reception facts missing: 0, different: 0, extra: 0, summary rows off: 3");

        assertThat(facts.rebuild().out())
                .contains(UNIT + "  reception facts inserted: 0, updated: 0, deleted: 0, summary rows off: 3");
        assertThat(facts.rows("platform.reception_month")).isEqualTo(months);
        assertThat(facts.check().exit()).isZero();
    }

    @Test
    void aPetitionRunningTotalThatDriftedIsReportedAndRecomputed() {
        facts.assertAnOffRunningTotalIsReportedAndRepaired("petition", "platform.petition_running", "received", "min");
    }

    private static long localId(String globalId) {
        return Long.parseLong(GlobalId.decode(globalId).key());
    }
}
