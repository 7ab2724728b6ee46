package vn.hanoi.danvan.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.DanvanApplication;
import vn.hanoi.danvan.api.DevClient;
import vn.hanoi.danvan.api.GraphQlWsClient;
import vn.hanoi.danvan.api.TestRedis;
import vn.hanoi.danvan.api.graphql.GlobalId;

/**
 * Two api instances on one database and one Redis, as two pods would run: a subscriber hears of
 * its own unit's petitions wherever they changed, and never of another unit's.
 */
class PetitionEventsAcrossInstancesTest extends ApiTest {

    private static final String SUBSCRIPTION =
            "subscription { petitionEvents { petitionId action fromState toState at } }";
    private static final String RECEIVE = """
            mutation($input: ReceivePetitionInput!) { receivePetition(input: $input) { petitions { id } } }""";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void aSecondInstance() {
        second = new SpringApplicationBuilder(DanvanApplication.class)
                .profiles("dev", "test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + databaseUrl(),
                        "--danvan.redis.url=" + TestRedis.url(),
                        "--danvan.redis.key-prefix=" + redisKeyPrefix(),
                        "--spring.datasource.hikari.maximum-pool-size=4",
                        "--logging.level.root=warn");
    }

    @AfterAll
    static void stop() {
        second.close();
    }

    private static int secondPort() {
        return ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    private void receiveOn(int port, String user) throws Exception {
        Response response = receiveOn(port, user, "Vỉa hè lấn chiếm " + UUID.randomUUID(), null);
        assertThat(response.errorCode()).as(response.body()).isNull();
    }

    private Response receiveOn(int port, String user, String subject, String idempotencyKey) throws Exception {
        String token = port == this.port ? token(user) : DevClient.token(port, user);
        String body = JsonPath.parse(Map.of(
                        "query",
                        RECEIVE,
                        "variables",
                        Map.of(
                                "input",
                                Map.of(
                                        "kinds",
                                        List.of("REFLECTION"),
                                        "channel",
                                        "ONLINE",
                                        "subject",
                                        subject,
                                        "matter",
                                        "Vỉa hè bị lấn chiếm, đề nghị xử lý.",
                                        "petitioners",
                                        List.of(Map.of("fullName", "Hà Văn Phố", "address", "Số 8"))))))
                .jsonString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    /** Keys live in PostgreSQL: another instance (or this one after a restart) knows them. */
    @Test
    void anIdempotentRetryOnAnotherInstanceGetsTheFirstResult() throws Exception {
        String subject = "Mất nước " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Response first = receiveOn(port, "officer.hoankiem", subject, key);
        Response retry = receiveOn(secondPort(), "officer.hoankiem", subject, key);
        assertThat(first.errorCode()).as(first.body()).isNull();
        assertThat(retry.errorCode()).as(retry.body()).isNull();

        assertThat(retry.<String>read("$.data.receivePetition.petitions[0].id"))
                .isEqualTo(first.<String>read("$.data.receivePetition.petitions[0].id"));
        assertThat(retry.<Boolean>read("$.extensions.idempotentReplay")).isTrue();
    }

    /** Sends changes until the subscriber has heard of one: no guess at when a subscription is live. */
    private void changeUntilHeard(int port, String user, GraphQlWsClient subscriber) throws Exception {
        int before = subscriber.next.size();
        for (int attempt = 0; attempt < 5; attempt++) {
            receiveOn(port, user);
            if (subscriber.awaitNext(before + 1, PATIENCE)) {
                return;
            }
        }
        throw new AssertionError("The subscriber heard of nothing");
    }

    private static List<String> unitsOf(GraphQlWsClient subscriber) {
        return subscriber.next.stream()
                .map(message -> message.<String>read("$.payload.data.petitionEvents.petitionId"))
                .map(id -> GlobalId.decode(id).unit().map(UnitCode::value).orElse(""))
                .toList();
    }

    @Test
    void aSubscriptionInOneUnitNeverReceivesAnotherUnitsEventsAcrossInstances() throws Exception {
        try (GraphQlWsClient hoanKiemHere = GraphQlWsClient.subscribe(port, token("officer.hoankiem"), SUBSCRIPTION);
                GraphQlWsClient hoanKiemThere = GraphQlWsClient.subscribe(
                        secondPort(), DevClient.token(secondPort(), "leader.hoankiem"), SUBSCRIPTION);
                GraphQlWsClient baDinhThere = GraphQlWsClient.subscribe(
                        secondPort(), DevClient.token(secondPort(), "officer.badinh"), SUBSCRIPTION)) {

            // Ba Đình changes on the second instance, Hoàn Kiếm on the first, then again crosswise.
            changeUntilHeard(secondPort(), "officer.badinh", baDinhThere);
            changeUntilHeard(port, "officer.hoankiem", hoanKiemThere);
            assertThat(hoanKiemHere.awaitNext(1, PATIENCE)).isTrue();
            changeUntilHeard(port, "officer.badinh", baDinhThere);
            changeUntilHeard(secondPort(), "clerk.hoankiem", hoanKiemHere);

            assertThat(unitsOf(hoanKiemHere)).isNotEmpty().containsOnly("00070");
            assertThat(unitsOf(hoanKiemThere)).isNotEmpty().containsOnly("00070");
            assertThat(unitsOf(baDinhThere)).isNotEmpty().containsOnly("00004");
            DocumentContext notice = hoanKiemThere.next.getFirst();
            assertThat(notice.<String>read("$.payload.data.petitionEvents.toState"))
                    .isEqualTo("RECEIVED");
            assertThat(notice.jsonString()).doesNotContain("Hà Văn Phố");
        }
    }

    @Test
    void aSubscriptionWithoutSignInIsRefused() throws Exception {
        try (GraphQlWsClient anonymous = GraphQlWsClient.subscribe(port, null, SUBSCRIPTION)) {
            anonymous.awaitAnswer(PATIENCE);
            assertThat(anonymous.errorCode()).isEqualTo("UNAUTHENTICATED");
        }
    }
}
