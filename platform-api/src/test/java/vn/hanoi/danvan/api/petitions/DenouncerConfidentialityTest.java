package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.api.ApiTest;

/**
 * A denouncer's name, address and ID number reach the assigned handler and the unit's leaders,
 * and no one else, through any door, third-party clients included (Law on Denunciation 2018,
 * arts. 8, 9, 47, 56). Assertions look at the raw response bodies.
 */
class DenouncerConfidentialityTest extends ApiTest {

    static final String NAME = "Trịnh Văn Tố";
    static final String ADDRESS = "Số 99 ngõ Bí Mật, Hoàn Kiếm";
    static final String NATIONAL_ID = "001055667788";

    @Autowired
    JdbcClient sql;

    private PetitionsApiTest.Received denunciation;

    @BeforeEach
    void aDenunciationIsReceived() {
        Response response = graphQl(
                "officer.hoankiem",
                PetitionsApiTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds", List.of("DENUNCIATION"),
                                "channel", "IN_PERSON",
                                "subject", PetitionsApiTest.unique("Tố cáo cán bộ địa chính nhận tiền"),
                                "matter", "Cán bộ địa chính nhận tiền để làm nhanh hồ sơ.",
                                "petitioners",
                                        List.of(Map.of(
                                                "fullName", NAME, "address", ADDRESS, "nationalId", NATIONAL_ID)))));
        denunciation = PetitionsApiTest.Received.from(response);
    }

    private static void assertNoIdentity(Response response) {
        assertThat(response.body())
                .doesNotContain(NAME)
                .doesNotContain("Trinh Van To")
                .doesNotContain(ADDRESS)
                .doesNotContain(NATIONAL_ID);
    }

    @Test
    void theHandlerAndTheLeaderSeeTheIdentityAndEachReadIsAudited() {
        int audited = auditRows();

        Response handler = graphQl("officer.hoankiem", PetitionsApiTest.PETITION, Map.of("id", denunciation.id()));
        assertThat(handler.<String>read("$.data.petition.petitioners[0].fullName"))
                .isEqualTo(NAME);
        assertThat(handler.<String>read("$.data.petition.petitioners[0].nationalId"))
                .isEqualTo(NATIONAL_ID);

        Response leader = graphQl("leader.hoankiem", PetitionsApiTest.PETITION, Map.of("id", denunciation.id()));
        assertThat(leader.<String>read("$.data.petition.petitioners[0].fullName"))
                .isEqualTo(NAME);

        assertThat(auditRows()).isEqualTo(audited + 2);
    }

    @Test
    void theLeaderSeesTheIdentityInTheInboxAndThatReadIsAuditedToo() {
        int audited = auditRows();

        Response inbox = graphQl(
                "leader.hoankiem",
                "{ petitions(first: 200, orderBy: RECEIVED) { edges { node { id petitioners { fullName } } } } }");

        List<String> names = inbox.read(
                "$.data.petitions.edges[?(@.node.id == '" + denunciation.id() + "')].node.petitioners[0].fullName");
        assertThat(names).containsExactly(NAME);
        assertThat(auditRows()).isGreaterThan(audited);
    }

    @Test
    void anotherOfficerOfTheSameUnitSeesItRedacted() {
        Response clerk = graphQl("clerk.hoankiem", PetitionsApiTest.PETITION, Map.of("id", denunciation.id()));

        assertThat(clerk.<Boolean>read("$.data.petition.petitioners[0].redacted"))
                .isTrue();
        assertNoIdentity(clerk);
        Response list = graphQl(
                "clerk.hoankiem",
                "{ petitions(first: 200, orderBy: RECEIVED) { edges { node { id petitioners { fullName address } "
                        + "timeline { reason } } } } }");
        assertNoIdentity(list);
    }

    @Test
    void nobodyFindsTheDenouncerBySearchingTheName() {
        for (String user : List.of("officer.hoankiem", "leader.hoankiem", "clerk.hoankiem")) {
            Response search = graphQl(
                    user,
                    "query($q: String) { petitions(filter: { search: $q }) { totalCount } }",
                    Map.of("q", "trinh van to"));
            assertThat(search.<Integer>read("$.data.petitions.totalCount"))
                    .as(user)
                    .isZero();
        }
    }

    @Test
    void theCitySupervisorAndTheCitizenLookupNeverSeeIt() {
        Response supervisor = graphQl("supervisor.city", PetitionsApiTest.PETITION, Map.of("id", denunciation.id()));
        assertThat(supervisor.errorCode()).isEqualTo("FORBIDDEN");
        assertNoIdentity(supervisor);
        Response node =
                graphQl("supervisor.city", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", denunciation.id()));
        assertThat(node.<Object>read("$.data.node")).isNull();

        Response status = graphQl(
                null,
                "query($c: String!) { petitionStatus(trackingCode: $c) { kind state } }",
                Map.of("c", denunciation.trackingCode()));
        assertThat(status.<String>read("$.data.petitionStatus.kind")).isEqualTo("DENUNCIATION");
        assertNoIdentity(status);
    }

    @Test
    void thirdPartyClientsNeverSeeItNotEvenForADenunciationTheyFiled() {
        String all = "petitions:read petitions:write status:read";
        String bound = clientToken("client.00070", all);
        Response one = graphQlWithToken(bound, PetitionsApiTest.PETITION, Map.of("id", denunciation.id()));
        assertThat(one.<Boolean>read("$.data.petition.petitioners[0].redacted")).isTrue();
        assertNoIdentity(one);

        Response filed = graphQlWithToken(
                bound,
                PetitionsApiTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds", List.of("DENUNCIATION"),
                                "channel", "ONLINE",
                                "subject", PetitionsApiTest.unique("Tố cáo qua cổng dịch vụ công"),
                                "matter", "Cán bộ địa chính nhận tiền.",
                                "petitioners",
                                        List.of(Map.of(
                                                "fullName", NAME, "address", ADDRESS, "nationalId", NATIONAL_ID)))));
        PetitionsApiTest.Received own = PetitionsApiTest.Received.from(filed);
        assertNoIdentity(filed);
        assertNoIdentity(graphQlWithToken(bound, PetitionsApiTest.PETITION, Map.of("id", own.id())));

        for (String client : List.of("client.00070", "client.city")) {
            String bearer = clientToken(client, all);
            assertNoIdentity(graphQlWithToken(
                    bearer,
                    "{ petitions(first: 200, orderBy: RECEIVED) { edges { node { id petitioners { fullName address"
                            + " nationalId } attachments { name } timeline { reason } } } } }",
                    Map.of()));
            for (String id : List.of(denunciation.id(), own.id())) {
                assertNoIdentity(graphQlWithToken(
                        bearer,
                        "query($id: ID!) { node(id: $id) { ... on Petition { petitioners { fullName address } } } }",
                        Map.of("id", id)));
                assertNoIdentity(graphQlWithToken(bearer, PetitionsApiTest.PETITION, Map.of("id", id)));
            }
            assertNoIdentity(graphQlWithToken(
                    bearer,
                    "query($c: String!) { petitionStatus(trackingCode: $c) { kind state } }",
                    Map.of("c", denunciation.trackingCode())));
        }
    }

    @Test
    void theOversightFactAndTheTimelineHoldNothingPersonal() {
        String fact = sql.sql("select row_to_json(f)::text from platform.petition_fact f where unit_code = '00070'"
                        + " and petition_id = :id")
                .param(
                        "id",
                        Long.parseLong(
                                new String(java.util.Base64.getUrlDecoder().decode(denunciation.id())).split(":")[2]))
                .query(String.class)
                .single();
        assertThat(fact).doesNotContain(NAME).doesNotContain(ADDRESS).doesNotContain(NATIONAL_ID);
        String events = sql.sql(
                        "select coalesce(string_agg(row_to_json(e)::text, ''), '') from unit_00070.petition_event e")
                .query(String.class)
                .single();
        assertThat(events).doesNotContain(NAME).doesNotContain(NATIONAL_ID);
        String stored = sql.sql(
                        "select string_agg(coalesce(national_id_hash, '') || encode(coalesce(national_id_cipher,"
                                + " ''::bytea), 'escape'), '') from unit_00070.petitioner")
                .query(String.class)
                .single();
        assertThat(stored).doesNotContain(NATIONAL_ID);
    }

    private int auditRows() {
        return sql.sql("select count(*) from unit_00070.confidential_read")
                .query(Integer.class)
                .single();
    }
}
