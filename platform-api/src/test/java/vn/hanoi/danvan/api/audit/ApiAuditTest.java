package vn.hanoi.danvan.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.api.ApiTest;

class ApiAuditTest extends ApiTest {

    private static final String RECEIVE = """
            mutation Intake($input: ReceivePetitionInput!) {
              receivePetition(input: $input) { petitions { id } }
            }
            """;

    @Autowired
    JdbcClient sql;

    private Response receive(String kind, String subject) {
        return graphQl(
                "officer.hoankiem",
                RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds",
                                List.of(kind),
                                "channel",
                                "IN_PERSON",
                                "subject",
                                subject,
                                "matter",
                                "Nội dung: " + subject + ".",
                                "petitioners",
                                List.of(Map.of("fullName", "Đào Văn Kín", "address", "Số 1 ngõ Vắng")))));
    }

    private List<Map<String, Object>> rowsSince(long id) {
        return sql.sql("""
                        select subject, client, unit_code, kind, operation, outcome from platform.api_audit
                         where id > :id order by id
                        """).param("id", id).query().listOfRows();
    }

    private long lastId() {
        return sql.sql("select coalesce(max(id), 0) from platform.api_audit")
                .query(Long.class)
                .single();
    }

    @Test
    void everyMutationIsRecordedWithWhoWhereWhatAndHowItEnded() {
        long before = lastId();

        receive("REFLECTION", "Ổ gà phố " + UUID.randomUUID());
        graphQl("officer.hoankiem", "mutation { acceptPetition(id: \"nonsense\", version: 1, input: {}) { id } }");

        List<Map<String, Object>> rows = rowsSince(before);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("subject", "officer.hoankiem")
                .containsEntry("client", "danvan-console")
                .containsEntry("unit_code", "00070")
                .containsEntry("kind", "mutation")
                .containsEntry("operation", "Intake")
                .containsEntry("outcome", "OK");
        assertThat(rows.get(1)).containsEntry("operation", "acceptPetition").containsEntry("outcome", "BAD_USER_INPUT");
    }

    @Test
    void readingADenouncersIdentityIsRecordedAndAReadWithoutItIsNot() {
        Response received = receive("DENUNCIATION", "Tố cáo " + UUID.randomUUID());
        String id = received.read("$.data.receivePetition.petitions[0].id");
        String read = "query Identity($id: ID!) { petition(id: $id) { petitioners { fullName } } }";
        long before = lastId();

        graphQl("leader.hoankiem", read, Map.of("id", id));
        graphQl("clerk.hoankiem", read, Map.of("id", id)); // not the handler: redacted, nothing read

        List<Map<String, Object>> rows = rowsSince(before);
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst())
                .containsEntry("subject", "leader.hoankiem")
                .containsEntry("kind", "confidential-read")
                .containsEntry("operation", "Identity")
                .containsEntry("outcome", "OK");
    }

    @Test
    void aChangeAndItsAuditRowCommitInOneTransaction() {
        long before = lastId();

        receive("RECOMMENDATION", "Lát lại vỉa hè " + UUID.randomUUID());

        assertThat(sql.sql("""
                        select count(*) from platform.petition_fact
                         where xmin = (select xmin from platform.api_audit where id > :id and kind = 'mutation')
                        """).param("id", before).query(Integer.class).single())
                .as("the petition's fact row and the audit row were written by one transaction")
                .isEqualTo(1);
    }

    @Test
    void anInboxShowingDenouncersIsOneConfidentialReadRow() {
        receive("DENUNCIATION", "Tố cáo lấn chiếm " + UUID.randomUUID());
        receive("DENUNCIATION", "Tố cáo xây trái phép " + UUID.randomUUID());
        long before = lastId();

        Response inbox = graphQl(
                "officer.hoankiem",
                "query Inbox { petitions(first: 20, filter: { kinds: [DENUNCIATION] }) { edges { node { petitioners { fullName } } } } }");

        assertThat(inbox.body()).contains("Đào Văn Kín");
        assertThat(rowsSince(before))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("subject", "officer.hoankiem")
                        .containsEntry("kind", "confidential-read")
                        .containsEntry("operation", "Inbox")
                        .containsEntry("outcome", "OK"));
    }

    @Test
    void theAuditIsAppendOnly() {
        receive("REFLECTION", "Cống tắc " + UUID.randomUUID());

        assertThatThrownBy(() ->
                        sql.sql("update platform.api_audit set outcome = 'OK'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql.sql("delete from platform.api_audit").update())
                .hasMessageContaining("append-only");
    }
}
