package vn.hanoi.danvan.api.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A denunciation raised at a reception protects the visitor from the entry on: name, address,
 * phone and ID number reach the officer who received them and the unit's leaders, and no one
 * else, through any door (Law on Denunciation 2018, arts. 8, 9, 47). Assertions look at the raw
 * response bodies.
 */
class ReceptionConfidentialityTest extends ReceptionDesk {

    static final String NAME = "Quách Văn Kín";
    static final String ADDRESS = "Số 77 ngõ Kín Đáo, Hoàn Kiếm";
    static final String PHONE = "0987000111";
    static final String NATIONAL_ID = "001066778899";

    @Autowired
    JdbcClient sql;

    private String session;
    private String entryId;
    private String petitionId;

    @BeforeEach
    void aDenunciationIsRaisedAtAReception() {
        session = heldSession("officer.hoankiem", "2026-11-03", "CHAIRMAN", "LEADER_PERIODIC");
        Response recorded = record(
                "officer.hoankiem",
                entry(
                        session,
                        NAME,
                        Map.of(
                                "visitors",
                                List.of(Map.of(
                                        "fullName",
                                        NAME,
                                        "address",
                                        ADDRESS,
                                        "phone",
                                        PHONE,
                                        "nationalId",
                                        NATIONAL_ID)),
                                "content",
                                "Tố cáo cán bộ địa chính nhận tiền của người dân.",
                                "petitions",
                                List.of(matter("DENUNCIATION", unique("Tố cáo cán bộ địa chính"))))));
        assertThat(recorded.errorCode()).as(recorded.body()).isNull();
        assertThat(recorded.<Boolean>read("$.data.recordReceptionEntry.entry.confidential"))
                .isTrue();
        entryId = recorded.read("$.data.recordReceptionEntry.entry.id");
        petitionId = recorded.read("$.data.recordReceptionEntry.petitions[0].id");
    }

    private static void assertNoIdentity(Response response) {
        assertThat(response.body())
                .doesNotContain(NAME)
                .doesNotContain("Quach Van Kin")
                .doesNotContain(ADDRESS)
                .doesNotContain(PHONE)
                .doesNotContain(NATIONAL_ID);
    }

    @Test
    void theReceivingOfficerAndTheLeaderSeeTheVisitorAndEachReadIsAudited() {
        int audited = auditRows();
        Response officer = graphQl("officer.hoankiem", ENTRY, Map.of("id", entryId));
        assertThat(officer.<String>read("$.data.receptionEntry.visitors[0].fullName"))
                .isEqualTo(NAME);
        assertThat(officer.<String>read("$.data.receptionEntry.visitors[0].nationalId"))
                .isEqualTo(NATIONAL_ID);
        Response leader = graphQl("leader.hoankiem", ENTRY, Map.of("id", entryId));
        assertThat(leader.<String>read("$.data.receptionEntry.visitors[0].address"))
                .isEqualTo(ADDRESS);
        assertThat(auditRows()).isEqualTo(audited + 2);
        assertThat(sql.sql("""
                                select subject from platform.api_audit
                                 where kind = 'confidential-read' and unit_code = '00070'
                                 order by id desc limit 2
                                """).query(String.class).list())
                .as("the API audit records both reads, with who read")
                .containsExactly("leader.hoankiem", "officer.hoankiem");
    }

    @Test
    void anotherOfficerOfTheUnitSeesItRedactedEverywhere() {
        Response clerk = graphQl("clerk.hoankiem", ENTRY, Map.of("id", entryId));
        assertThat(clerk.<Boolean>read("$.data.receptionEntry.visitors[0].redacted"))
                .isTrue();
        assertThat(clerk.<Boolean>read("$.data.receptionEntry.petitions[0].petitioners[0].redacted"))
                .isTrue();
        assertNoIdentity(clerk);
        assertNoIdentity(graphQl(
                "clerk.hoankiem",
                "{ receptionCalendar(year: 2026, month: 11) { entries { visitors { fullName address phone nationalId }"
                        + " petitions { petitioners { fullName address } } } } }"));
        assertNoIdentity(graphQl(
                "clerk.hoankiem",
                "{ receptionRegister(year: 2026, first: 200) { edges { node { visitors { fullName address } } } } }"));
        assertNoIdentity(graphQl(
                "clerk.hoankiem",
                "query($id: ID!) { node(id: $id) { ... on ReceptionEntry { visitors { fullName address } } } }",
                Map.of("id", entryId)));
        assertNoIdentity(graphQl(
                "clerk.hoankiem",
                "query($id: ID!) { petition(id: $id) { petitioners { fullName } receptionEntry { visitors { fullName } } } }",
                Map.of("id", petitionId)));
    }

    @Test
    void nobodyFindsTheDenouncerBySearchingAndTheCityNeverSeesThem() {
        for (String user : List.of("officer.hoankiem", "leader.hoankiem", "clerk.hoankiem")) {
            Response search = graphQl(user, "{ petitions(filter: { search: \"quach van kin\" }) { totalCount } }");
            assertThat(search.<Integer>read("$.data.petitions.totalCount"))
                    .as(user)
                    .isZero();
        }
        Response supervisor = graphQl("supervisor.city", ENTRY, Map.of("id", entryId));
        assertThat(supervisor.errorCode()).isEqualTo("FORBIDDEN");
        assertNoIdentity(supervisor);
        assertThat(graphQl("supervisor.city", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", entryId))
                        .<Object>read("$.data.node"))
                .isNull();
        assertNoIdentity(graphQl("supervisor.city", "{ receptionCalendar(year: 2026, month: 11) { id } }"));
    }

    @Test
    void theOversightFactsHoldNothingPersonal() {
        String facts = sql.sql("""
                        select coalesce(string_agg(row_to_json(f)::text, ' '), '') from (
                            select row_to_json(e)::text as t from platform.reception_entry_fact e where unit_code = '00070'
                            union all
                            select row_to_json(s)::text from platform.reception_session_fact s where unit_code = '00070'
                            union all
                            select row_to_json(p)::text from platform.petition_fact p where unit_code = '00070') f
                        """).query(String.class).single();
        assertThat(facts)
                .contains("DENUNCIATION")
                .doesNotContain(NAME)
                .doesNotContain(ADDRESS)
                .doesNotContain(PHONE)
                .doesNotContain(NATIONAL_ID)
                .doesNotContain("Trần Văn Minh");
    }

    @Test
    void anEntryBecomesConfidentialWhenADenunciationIsRaisedFromItLater() {
        String name = unique("Lại Thị Kín");
        Response recorded =
                record("officer.hoankiem", entry(session, name, Map.of("matterKinds", List.of("COMPLAINT"))));
        String open = recorded.read("$.data.recordReceptionEntry.entry.id");
        int version = recorded.read("$.data.recordReceptionEntry.entry.version");
        assertThat(graphQl("clerk.hoankiem", ENTRY, Map.of("id", open)).body()).contains(name);

        Response raised = graphQl(
                "officer.hoankiem",
                RAISE,
                Map.of("id", open, "version", version, "matters", List.of(matter("DENUNCIATION", unique("Tố cáo")))));
        assertThat(raised.<Boolean>read("$.data.createPetitionsFromReceptionEntry.entry.confidential"))
                .isTrue();
        Response clerk = graphQl("clerk.hoankiem", ENTRY, Map.of("id", open));
        assertThat(clerk.<Boolean>read("$.data.receptionEntry.visitors[0].redacted"))
                .isTrue();
        assertThat(clerk.body()).doesNotContain(name);
    }

    @Test
    void aComplaintRaisedBesideTheDenunciationIsNotLinkedToTheEntryForOthers() {
        // Another visitor than the others' tests: a complaint's petitioner is findable by name, as it should be.
        String name = unique("Tạ Văn Hai");
        String complaint = unique("Khiếu nại việc cấp phép xây dựng");
        Response recorded = record(
                "officer.hoankiem",
                entry(
                        session,
                        name,
                        Map.of(
                                "petitions",
                                List.of(matter("DENUNCIATION", unique("Tố cáo")), matter("COMPLAINT", complaint)))));
        String both = recorded.read("$.data.recordReceptionEntry.entry.id");
        String complaintId = recorded.read("$.data.recordReceptionEntry.petitions[1].id");

        Response clerk = graphQl("clerk.hoankiem", ENTRY, Map.of("id", both));
        assertThat(clerk.<List<String>>read("$.data.receptionEntry.petitions[*].kind"))
                .containsExactly("DENUNCIATION");
        assertThat(clerk.body()).doesNotContain(name);
        Response named = graphQl(
                "clerk.hoankiem",
                "query($id: ID!) { petition(id: $id) { petitioners { fullName } receptionEntry { id } } }",
                Map.of("id", complaintId));
        assertThat(named.<String>read("$.data.petition.petitioners[0].fullName"))
                .isEqualTo(name);
        assertThat(named.<Object>read("$.data.petition.receptionEntry")).isNull();

        Response leader = graphQl("leader.hoankiem", ENTRY, Map.of("id", both));
        assertThat(leader.<List<String>>read("$.data.receptionEntry.petitions[*].kind"))
                .containsExactly("DENUNCIATION", "COMPLAINT");
    }

    private int auditRows() {
        return sql.sql("select count(*) from unit_00070.reception_confidential_read")
                .query(Integer.class)
                .single();
    }
}
