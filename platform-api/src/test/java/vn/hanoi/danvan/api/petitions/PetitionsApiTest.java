package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.hanoi.danvan.api.ApiTest;

class PetitionsApiTest extends ApiTest {

    static final String RECEIVE = """
            mutation($input: ReceivePetitionInput!) {
              receivePetition(input: $input) {
                receipts { kind trackingCode secret }
                petitions { id version kind state deadline { clock dueOn daysLeft legalBasis } }
              }
            }
            """;

    static final String PETITION = """
            query($id: ID!) {
              petition(id: $id) {
                id version state subject handler { subject }
                petitioners { fullName address nationalId redacted }
                timeline { action actor fromState toState reason }
                links { kind unitCode petitionId }
              }
            }
            """;

    record Received(String id, int version, String trackingCode, String secret) {

        /** The first petition and receipt of a receivePetition response. */
        static Received from(Response response) {
            assertThat(response.errorCode()).as(response.body()).isNull();
            return new Received(
                    response.read("$.data.receivePetition.petitions[0].id"),
                    response.<Integer>read("$.data.receivePetition.petitions[0].version"),
                    response.read("$.data.receivePetition.receipts[0].trackingCode"),
                    response.read("$.data.receivePetition.receipts[0].secret"));
        }
    }

    Received receive(String user, String kind, String subject, String name, String nationalId) {
        Map<String, Object> person = new HashMap<>(Map.of("fullName", name, "address", "Số 12 phố Hàng Bạc"));
        if (nationalId != null) {
            person.put("nationalId", nationalId);
        }
        Response response = graphQl(
                user,
                RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds",
                                List.of(kind),
                                "channel",
                                "POST",
                                "subject",
                                subject,
                                "matter",
                                "Nội dung: " + subject + ". Đề nghị cơ quan có thẩm quyền xem xét giải quyết.",
                                "petitioners",
                                List.of(person))));
        return Received.from(response);
    }

    Response act(String user, String mutation, String id, int version, Map<String, Object> input) {
        return graphQl(
                user,
                "mutation($id: ID!, $version: Int!, $input: " + inputType(mutation) + "!) { " + mutation
                        + "(id: $id, version: $version, input: $input) { id version state } }",
                Map.of("id", id, "version", version, "input", input));
    }

    private static String inputType(String mutation) {
        return switch (mutation) {
            case "classifyPetition" -> "ClassifyPetitionInput";
            case "acceptPetition" -> "AcceptPetitionInput";
            case "resolvePetition" -> "ResolvePetitionInput";
            case "transferPetition" -> "TransferPetitionInput";
            case "suspendPetition", "appealPetition" -> "DatedReasonInput";
            case "resumePetition" -> "DatedNoteInput";
            case "startPetitionVerification", "closePetition" -> "NoteInput";
            case "assignPetitionHandler" -> "AssignHandlerInput";
            default -> "ReasonInput";
        };
    }

    /** A one-person letter with subject "x" and matter "y", for checks of what the input may be. */
    private static Map<String, Object> letter(
            List<String> kinds, String channel, Map<String, Object> person, Integer groupSize) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "kinds", kinds, "channel", channel, "subject", "x", "matter", "y", "petitioners", List.of(person)));
        if (groupSize != null) {
            input.put("groupSize", groupSize);
        }
        return Map.of("input", input);
    }

    static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anOfficerRegistersAPetitionAndFindsItInTheInboxWithItsDeadline() {
        String subject = unique("Lấn chiếm vỉa hè phố Hàng Bạc");
        Received received = receive("officer.hoankiem", "COMPLAINT", subject, "Nguyễn Văn An", "001099012345");

        assertThat(received.trackingCode()).matches("00070-[0-9A-Z]{8}");
        Response inbox = graphQl("officer.hoankiem", """
                query($search: String) {
                  petitions(filter: { search: $search }, first: 5) {
                    totalCount
                    edges { node { id kind state subject daysLeft overdue deadline { clock dueOn legalBasis }
                                   petitioners { fullName } } }
                  }
                }
                """, Map.of("search", "nguyen van an "));
        List<Map<String, Object>> found = inbox.read("$.data.petitions.edges[*].node");
        assertThat(found).anySatisfy(node -> {
            assertThat(node.get("id")).isEqualTo(received.id());
            assertThat(node.get("state")).isEqualTo("RECEIVED");
            assertThat(node.get("daysLeft")).isNotNull();
            assertThat(node.get("overdue")).isEqualTo(false);
        });
    }

    @Test
    void searchIgnoresDiacriticsInTheMatter() {
        String subject = unique("Ô nhiễm tiếng ồn karaoke");
        Received received = receive("officer.hoankiem", "REFLECTION", subject, "Trần Thị Bình", null);

        Response response = graphQl(
                "officer.hoankiem",
                "query($q: String) { petitions(filter: { search: $q }) { edges { node { id } } } }",
                Map.of("q", "o nhiem tieng on karaoke"));
        assertThat(response.<List<String>>read("$.data.petitions.edges[*].node.id"))
                .contains(received.id());
    }

    @Test
    void aPetitionMovesThroughAcceptanceAndItsTimelineTellsWhoDidWhat() {
        Received received =
                receive("officer.hoankiem", "COMPLAINT", unique("Quyết định thu hồi đất"), "Lê Văn Cường", null);

        Response classified = act(
                "officer.hoankiem",
                "classifyPetition",
                received.id(),
                received.version(),
                Map.of("complex", true, "complexityReasons", List.of("several sites")));
        int version = classified.read("$.data.classifyPetition.version");
        Response accepted = act("leader.hoankiem", "acceptPetition", received.id(), version, Map.of("note", "Thụ lý"));
        assertThat(accepted.<String>read("$.data.acceptPetition.state")).isEqualTo("ACCEPTED");

        Response petition = graphQl("officer.hoankiem", PETITION, Map.of("id", received.id()));
        assertThat(petition.<List<String>>read("$.data.petition.timeline[*].action"))
                .containsExactly("RECEIVE", "CLASSIFY", "ACCEPT");
        assertThat(petition.<List<String>>read("$.data.petition.timeline[*].actor"))
                .containsExactly("officer.hoankiem", "officer.hoankiem", "leader.hoankiem");
    }

    @Test
    void aTransitionNotAllowedInTheStateIsRefusedAndChangesNothing() {
        Received received =
                receive("officer.hoankiem", "COMPLAINT", unique("Tranh chấp ranh giới"), "Phạm Văn Dũng", null);

        Response refused = act(
                "officer.hoankiem",
                "resolvePetition",
                received.id(),
                received.version(),
                Map.of("decision", "Giữ nguyên"));

        assertThat(refused.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(refused.<List<String>>read("$.errors[*].extensions.reason")).containsExactly("INVALID_TRANSITION");
        Response petition = graphQl("officer.hoankiem", PETITION, Map.of("id", received.id()));
        assertThat(petition.<String>read("$.data.petition.state")).isEqualTo("RECEIVED");
        assertThat(petition.<Integer>read("$.data.petition.version")).isEqualTo(received.version());
    }

    @Test
    void twoConcurrentEditsOfOnePetitionGiveOneSuccessOneConflictAndOneEvent() throws Exception {
        Received received = receive(
                "officer.hoankiem", "COMPLAINT", unique("Bồi thường giải phóng mặt bằng"), "Hoàng Thị Em", null);
        Callable<Response> accept =
                () -> act("leader.hoankiem", "acceptPetition", received.id(), received.version(), Map.of());

        List<Response> outcomes = new ArrayList<>();
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            Future<Response> first = two.submit(accept);
            Future<Response> second = two.submit(accept);
            outcomes.add(first.get());
            outcomes.add(second.get());
        }

        assertThat(outcomes).extracting(Response::errorCode).containsExactlyInAnyOrder(null, "CONFLICT");
        Response petition = graphQl("officer.hoankiem", PETITION, Map.of("id", received.id()));
        assertThat(petition.<List<String>>read("$.data.petition.timeline[*].action"))
                .containsExactly("RECEIVE", "ACCEPT");
    }

    @Test
    void anOfficerOfAnotherUnitCanNeitherReadNorChangeThePetition() {
        Received received = receive(
                "officer.hoankiem", "COMPLAINT", unique("Cấp giấy chứng nhận"), "Đặng Văn Phúc", "001088001122");

        Response read = graphQl("officer.badinh", PETITION, Map.of("id", received.id()));
        assertThat(read.errorCode()).isEqualTo("NOT_FOUND");
        assertThat(read.body()).doesNotContain("Đặng Văn Phúc").doesNotContain("001088001122");

        Response node =
                graphQl("officer.badinh", "query($id: ID!) { node(id: $id) { id } }", Map.of("id", received.id()));
        assertThat(node.<Object>read("$.data.node")).isNull();

        Response change = act(
                "officer.badinh",
                "rejectPetition",
                received.id(),
                received.version(),
                Map.of("reason", "Không thuộc thẩm quyền"));
        assertThat(change.errorCode()).isEqualTo("NOT_FOUND");
        Response unchanged = graphQl("officer.hoankiem", PETITION, Map.of("id", received.id()));
        assertThat(unchanged.<String>read("$.data.petition.state")).isEqualTo("RECEIVED");
    }

    @Test
    void aCitizenFollowsThePetitionByTrackingCodeAndRatesTheAnswerOnce() {
        Received received = receive(
                "officer.hoankiem",
                "RECOMMENDATION",
                unique("Lắp đèn chiếu sáng ngõ 15"),
                "Bùi Thị Giang",
                "001077004455");
        String status = "query($code: String!) { petitionStatus(trackingCode: $code) "
                + "{ trackingCode kind state dueOn canRate rating } }";

        Response before = graphQl(null, status, Map.of("code", received.trackingCode()));
        assertThat(before.<String>read("$.data.petitionStatus.state")).isEqualTo("RECEIVED");
        assertThat(before.<Boolean>read("$.data.petitionStatus.canRate")).isFalse();
        assertThat(before.body()).doesNotContain("Bùi Thị Giang").doesNotContain("001077004455");

        act(
                "officer.hoankiem",
                "resolvePetition",
                received.id(),
                received.version(),
                Map.of("decision", "Đã lắp đặt đèn chiếu sáng"));
        String rate = "mutation($code: String!, $secret: String!, $score: Int!) "
                + "{ ratePetition(trackingCode: $code, secret: $secret, score: $score) { rating canRate } }";

        assertThat(graphQl(null, rate, Map.of("code", received.trackingCode(), "secret", "WRONGSECRET0", "score", 5))
                        .errorCode())
                .isEqualTo("NOT_FOUND");
        Response rated =
                graphQl(null, rate, Map.of("code", received.trackingCode(), "secret", received.secret(), "score", 4));
        assertThat(rated.<Integer>read("$.data.ratePetition.rating")).isEqualTo(4);
        assertThat(graphQl(null, rate, Map.of("code", received.trackingCode(), "secret", received.secret(), "score", 5))
                        .errorCode())
                .isEqualTo("CONFLICT");
    }

    @Test
    void aTransferredPetitionArrivesLinkedInTheOtherUnitAndIsNotForwardedAgain() {
        Received received =
                receive("officer.hoankiem", "REFLECTION", unique("Rác thải tại chợ Long Biên"), "Ngô Văn Hải", null);

        Response transferred = act(
                "officer.hoankiem",
                "transferPetition",
                received.id(),
                received.version(),
                Map.of("toUnit", "00004", "reason", "Địa bàn phường Ba Đình"));
        assertThat(transferred.<String>read("$.data.transferPetition.state")).isEqualTo("TRANSFERRED");

        Response source = graphQl("officer.hoankiem", PETITION, Map.of("id", received.id()));
        assertThat(source.<List<String>>read("$.data.petition.links[*].kind")).contains("TRANSFERRED_TO");
        String arrivedId = source.<List<String>>read("$.data.petition.links[?(@.kind == 'TRANSFERRED_TO')].petitionId")
                .getFirst();

        Response arrived = graphQl("officer.badinh", PETITION, Map.of("id", arrivedId));
        assertThat(arrived.<String>read("$.data.petition.state")).isEqualTo("RECEIVED");
        assertThat(arrived.<List<String>>read("$.data.petition.links[*].kind")).contains("TRANSFERRED_FROM");
        int version = arrived.read("$.data.petition.version");

        Response again = act(
                "officer.badinh",
                "transferPetition",
                arrivedId,
                version,
                Map.of("toUnit", "00008", "reason", "Chuyển tiếp"));
        assertThat(again.errorCode()).isEqualTo("CONFLICT");
    }

    @Test
    void theSamePersonWithTheSameMatterInAnotherUnitIsFlaggedAsAPossibleDuplicate() {
        String subject = unique("Khiếu nại quyết định xử phạt vi phạm hành chính số 12");
        receive("officer.badinh", "COMPLAINT", subject, "Lý Văn Khoa", "001066778899");

        Received second = receive("officer.hoankiem", "COMPLAINT", subject, "Lý Văn Khoa", "001066778899");

        Response petition = graphQl("officer.hoankiem", PETITION, Map.of("id", second.id()));
        assertThat(petition.<List<Map<String, Object>>>read("$.data.petition.links"))
                .anySatisfy(link -> {
                    assertThat(link.get("kind")).isEqualTo("POSSIBLE_DUPLICATE");
                    assertThat(link.get("unitCode")).isEqualTo("00004");
                });
    }

    @Test
    void badInputIsRefusedWithTheFieldAtFault() {
        Response noKind =
                graphQl("officer.hoankiem", RECEIVE, letter(List.of(), "POST", Map.of("fullName", "A"), null));
        assertThat(noKind.errorCode()).isEqualTo("BAD_USER_INPUT");

        Response badId = graphQl(
                "officer.hoankiem",
                RECEIVE,
                letter(List.of("COMPLAINT"), "POST", Map.of("fullName", "A", "nationalId", "12345"), null));
        assertThat(badId.errorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(badId.<List<String>>read("$.errors[*].extensions.field"))
                .containsExactly("petitioners[0].nationalId");
        assertThat(badId.body()).doesNotContain("12345\"");

        Response groupWithoutRepresentative = graphQl(
                "officer.hoankiem", RECEIVE, letter(List.of("COMPLAINT"), "IN_PERSON", Map.of("fullName", "A"), 12));
        assertThat(groupWithoutRepresentative.errorCode()).isEqualTo("BAD_USER_INPUT");

        Response supervisor = graphQl("supervisor.city", "{ petitions { totalCount } }");
        assertThat(supervisor.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void theInboxRunsTheSameNumberOfStatementsForFivePetitionsAsForFifty() {
        // A unit no other test writes to, holding reflections only: no denouncer is disclosed, so no
        // confidential-read record is written in either request.
        for (int i = 0; i < 60; i++) {
            receive("officer.00008", "REFLECTION", unique("Hộp thư số " + i), "Công dân " + i, null);
        }
        String inbox = """
                query($first: Int) {
                  petitions(first: $first, filter: { open: true }) {
                    totalCount
                    edges { node { id kind state daysLeft overdue deadline { dueOn } petitioners { fullName } } }
                  }
                }
                """;
        graphQl("officer.00008", inbox, Map.of("first", 5));

        // The counter is global: background work (re-dating after a holiday edit) may add to a
        // measurement, never subtract, so the least of three is the request's own count.
        long forFive = Long.MAX_VALUE;
        long forFifty = Long.MAX_VALUE;
        Response five = null;
        Response fifty = null;
        for (int round = 0; round < 3; round++) {
            long before = vn.hanoi.danvan.api.StatementCounter.count();
            five = graphQl("officer.00008", inbox, Map.of("first", 5));
            forFive = Math.min(forFive, vn.hanoi.danvan.api.StatementCounter.count() - before);
            before = vn.hanoi.danvan.api.StatementCounter.count();
            fifty = graphQl("officer.00008", inbox, Map.of("first", 50));
            forFifty = Math.min(forFifty, vn.hanoi.danvan.api.StatementCounter.count() - before);
        }

        assertThat(five.<List<Object>>read("$.data.petitions.edges")).hasSize(5);
        assertThat(fifty.<List<Object>>read("$.data.petitions.edges")).hasSize(50);
        // search_path, the page, the count, the page's petitioners: one transaction, as in bench/.
        assertThat(forFifty).isEqualTo(forFive).isLessThanOrEqualTo(4);
    }
}
