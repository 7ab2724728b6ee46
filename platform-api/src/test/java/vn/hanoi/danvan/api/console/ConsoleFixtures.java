package vn.hanoi.danvan.api.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hanoi.danvan.api.ApiTest;

/**
 * What the console tests set up through the API before a person looks at it in the browser. Where
 * no browser is installed the tests are skipped, saying why, before the application starts.
 */
@ExtendWith(BrowserInstalled.class)
abstract class ConsoleFixtures extends ApiTest {

    static final String OFFICER_HOAN_KIEM = "officer.hoankiem";
    static final String CLERK_HOAN_KIEM = "clerk.hoankiem";
    static final String LEADER_HOAN_KIEM = "leader.hoankiem";
    static final String OFFICER_BA_DINH = "officer.badinh";
    static final String SUPERVISOR = "supervisor.city";

    static final String RECEIVE = """
            mutation($input: ReceivePetitionInput!) {
              receivePetition(input: $input) { petitions { id trackingCode subject } }
            }
            """;

    /** A word no other test writes, to find this test's rows among everyone's. */
    static String marker() {
        return "m" + UUID.randomUUID().toString().substring(0, 8);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** A petition registered by the user; its id, tracking code and subject. */
    DocumentContext receive(String user, String kind, String subject, String petitioner, LocalDate receivedOn) {
        Map<String, Object> input = new HashMap<>(Map.of(
                "kinds",
                List.of(kind),
                "channel",
                "POST",
                "subject",
                subject,
                "matter",
                "Nội dung: " + subject,
                "petitioners",
                List.of(Map.of("fullName", petitioner, "address", "Số 1 phố Tràng Tiền"))));
        if (receivedOn != null) {
            input.put("receivedOn", receivedOn.toString());
        }
        Response response = graphQl(user, RECEIVE, Map.of("input", input));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return com.jayway.jsonpath.JsonPath.parse((Object) response.read("$.data.receivePetition.petitions[0]"));
    }
}
