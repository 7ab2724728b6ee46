package vn.hanoi.danvan.api.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.api.ApiTest;

class PetitionFactsTest extends ApiTest {

    private static final String UNIT_FACTS = """
            select p.id, p.kind, p.channel, p.state, p.round, p.group_petition, p.received_on, p.accepted_on,
                   p.due_on, p.resolved_on, p.closed_on, p.transferred_to_unit, p.rating
              from %s.petition p order by p.id
            """;

    private static final String PLATFORM_FACTS = """
            select petition_id as id, kind, channel, state, round, group_petition, received_on, accepted_on,
                   due_on, resolved_on, closed_on, transferred_to_unit, satisfaction as rating
              from platform.petition_fact where unit_code = :unit order by petition_id
            """;

    @Autowired
    JdbcClient sql;

    @Test
    void afterARandomRunOfOperationsTheFactsEqualWhatTheUnitsHold() {
        Random random = new Random(20261129);
        String[] users = {"officer.hoankiem", "officer.badinh"};
        String[] kinds = {"COMPLAINT", "DENUNCIATION", "RECOMMENDATION", "REFLECTION"};
        String[][] steps = {
            {"classifyPetition"},
            {"acceptPetition"},
            {"startPetitionVerification"},
            {"resolvePetition"},
            {"rejectPetition"},
            {"closePetition"},
            {"withdrawPetition"},
            {"suspendPetition"},
            {"resumePetition"}
        };
        for (int i = 0; i < 30; i++) {
            String user = users[random.nextInt(users.length)];
            PetitionsApiTest.Received received = receive(user, kinds[random.nextInt(kinds.length)], "Việc số " + i);
            String id = received.id();
            int version = received.version();
            for (int step = 0; step < 4; step++) {
                String mutation = steps[random.nextInt(steps.length)][0];
                Response response = act(user, mutation, id, version);
                if (response.errorCode() == null) {
                    version = response.read("$.data." + mutation + ".version");
                }
            }
        }
        for (String unit : List.of("00070", "00004")) {
            List<Map<String, Object>> own =
                    sql.sql(UNIT_FACTS.formatted("unit_" + unit)).query().listOfRows();
            List<Map<String, Object>> facts =
                    sql.sql(PLATFORM_FACTS).param("unit", unit).query().listOfRows();
            assertThat(facts).as("facts of unit " + unit).isEqualTo(own);
        }
    }

    @Test
    void batchedPetitionerLoadsOfTwoUnitsAtOnceEachSeeOnlyTheirOwnPeople() throws Exception {
        for (int i = 0; i < 3; i++) {
            receiveAs("officer.hoankiem", "Người Hoàn Kiếm " + i);
            receiveAs("officer.badinh", "Người Ba Đình " + i);
        }
        String query =
                "{ petitions(first: 100, orderBy: RECEIVED) { edges { node { unitCode petitioners { fullName } } } } }";
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Response>> hoanKiem = new ArrayList<>();
            List<Future<Response>> baDinh = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                hoanKiem.add(pool.submit(() -> graphQl("officer.hoankiem", query)));
                baDinh.add(pool.submit(() -> graphQl("officer.badinh", query)));
            }
            for (Future<Response> response : hoanKiem) {
                assertThat(response.get().body()).contains("Người Hoàn Kiếm").doesNotContain("Người Ba Đình");
                assertThat(response.get().<List<String>>read("$.data.petitions.edges[*].node.unitCode"))
                        .containsOnly("00070");
            }
            for (Future<Response> response : baDinh) {
                assertThat(response.get().body()).contains("Người Ba Đình").doesNotContain("Người Hoàn Kiếm");
            }
        }
    }

    private PetitionsApiTest.Received receive(String user, String kind, String subject) {
        return receiveAs(user, kind, subject, "Công dân " + subject);
    }

    private PetitionsApiTest.Received receiveAs(String user, String name) {
        return receiveAs(user, "REFLECTION", "Phản ánh của " + name, name);
    }

    private PetitionsApiTest.Received receiveAs(String user, String kind, String subject, String name) {
        Response response = graphQl(
                user,
                PetitionsApiTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds",
                                List.of(kind),
                                "channel",
                                "ONLINE",
                                "subject",
                                subject,
                                "matter",
                                subject,
                                "petitioners",
                                List.of(Map.of("fullName", name)))));
        return PetitionsApiTest.Received.from(response);
    }

    private Response act(String user, String mutation, String id, int version) {
        Map<String, Object> input = switch (mutation) {
            case "resolvePetition" -> Map.of("decision", "Đã giải quyết");
            case "rejectPetition", "withdrawPetition", "suspendPetition" -> Map.of("reason", "Lý do");
            default -> Map.of();
        };
        String type = switch (mutation) {
            case "classifyPetition" -> "ClassifyPetitionInput";
            case "acceptPetition" -> "AcceptPetitionInput";
            case "resolvePetition" -> "ResolvePetitionInput";
            case "suspendPetition" -> "DatedReasonInput";
            case "resumePetition" -> "DatedNoteInput";
            case "startPetitionVerification", "closePetition" -> "NoteInput";
            default -> "ReasonInput";
        };
        return graphQl(
                user,
                "mutation($id: ID!, $version: Int!, $input: " + type + "!) { " + mutation
                        + "(id: $id, version: $version, input: $input) { version } }",
                Map.of("id", id, "version", version, "input", input));
    }
}
