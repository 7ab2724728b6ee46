package vn.hanoi.danvan.api.receptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hanoi.danvan.api.ApiTest;

/** The GraphQL documents of the reception tests, and the steps they repeat. */
abstract class ReceptionDesk extends ApiTest {

    static final String PLAN = """
            mutation($input: PlanReceptionSessionInput!) {
              planReceptionSession(input: $input) { id version status heldOn presiderOffice }
            }
            """;

    static final String HOLD = """
            mutation($id: ID!, $version: Int!) {
              holdReceptionSession(id: $id, version: $version, input: { noteTakerName: "Vũ Thị Mai" }) {
                id version status countsFor noteTakerName
              }
            }
            """;

    static final String CANCEL = """
            mutation($id: ID!, $version: Int!, $reason: String!) {
              cancelReceptionSession(id: $id, version: $version, input: { reason: $reason }) {
                id version status cancelReason
              }
            }
            """;

    static final String RECORD = """
            mutation($input: RecordReceptionEntryInput!) {
              recordReceptionEntry(input: $input) {
                entry { id version year sequenceNumber confidential matterKinds groupSize groupEntry
                        visitors { fullName redacted } petitions { id } }
                petitions { id kind channel state }
                receipts { kind trackingCode secret }
              }
            }
            """;

    static final String ENTRY = """
            query($id: ID!) {
              receptionEntry(id: $id) {
                id version sequenceNumber confidential matterKinds content
                session { id }
                visitors { position representative redacted fullName address phone nationalId }
                petitions { id kind channel receptionEntry { id } petitioners { fullName redacted } }
              }
            }
            """;

    static final String RAISE = """
            mutation($id: ID!, $version: Int!, $matters: [ReceptionMatterInput!]!) {
              createPetitionsFromReceptionEntry(id: $id, version: $version, matters: $matters) {
                entry { id version confidential matterKinds petitions { id } }
                petitions { id kind channel }
                receipts { trackingCode }
              }
            }
            """;

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A session planned and then recorded as held; its id. */
    String heldSession(String user, String day, String office, String kind) {
        Map<String, Object> planned = planned(user, day, office, kind);
        Response held = graphQl(user, HOLD, Map.of("id", planned.get("id"), "version", planned.get("version")));
        assertThat(held.errorCode()).as(held.body()).isNull();
        return held.read("$.data.holdReceptionSession.id");
    }

    /** A session planned; its id and version. */
    Map<String, Object> planned(String user, String day, String office, String kind) {
        Response planned = graphQl(
                user,
                PLAN,
                Map.of(
                        "input",
                        Map.of(
                                "kind",
                                kind,
                                "heldOn",
                                day,
                                "startsAt",
                                "08:00",
                                "place",
                                "Trụ sở UBND, phòng tiếp công dân",
                                "presiderOffice",
                                office,
                                "presiderName",
                                office.equals("OFFICER") ? "Nguyễn Thị Lan" : "Trần Văn Minh")));
        assertThat(planned.errorCode()).as(planned.body()).isNull();
        return planned.read("$.data.planReceptionSession");
    }

    void cancelled(String user, String day, String office) {
        Map<String, Object> planned = planned(user, day, office, "LEADER_PERIODIC");
        Response cancelled = graphQl(
                user,
                CANCEL,
                Map.of("id", planned.get("id"), "version", planned.get("version"), "reason", "Họp đột xuất"));
        assertThat(cancelled.errorCode()).as(cancelled.body()).isNull();
    }

    static Map<String, Object> visitor(String name) {
        return Map.of("fullName", name, "address", "Số 5 phố Hàng Gai", "phone", "0912345678");
    }

    /** An entry input with one visitor; {@code extra} adds or overrides fields. */
    static Map<String, Object> entry(String sessionId, String name, Map<String, Object> extra) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "sessionId",
                sessionId,
                "visitors",
                List.of(visitor(name)),
                "content",
                "Đề nghị giải quyết việc cấp giấy chứng nhận quyền sử dụng đất.",
                "request",
                "Cấp giấy chứng nhận",
                "handling",
                "Tiếp nhận, hướng dẫn làm đơn"));
        input.putAll(extra);
        return input;
    }

    Response record(String user, Map<String, Object> input) {
        return graphQl(user, RECORD, Map.of("input", input));
    }

    static Map<String, Object> matter(String kind, String subject) {
        return Map.of("kinds", List.of(kind), "subject", subject);
    }
}
