package vn.hanoi.danvan.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.hanoi.danvan.api.ApiTest;

class IdempotencyTest extends ApiTest {

    @Autowired
    JdbcClient sql;

    private static final String RECEIVE = """
            mutation($input: ReceivePetitionInput!) {
              receivePetition(input: $input) { receipts { trackingCode } }
            }
            """;

    private static Map<String, Object> input(String subject) {
        return Map.of(
                "input",
                Map.of(
                        "kinds",
                        List.of("REFLECTION"),
                        "channel",
                        "ONLINE",
                        "subject",
                        subject,
                        "matter",
                        "Nội dung: " + subject + ". Đề nghị xem xét.",
                        "petitioners",
                        List.of(Map.of("fullName", "Trần Thị Bình", "address", "Số 3 ngõ Chùa"))));
    }

    private Response receive(String user, String subject, String key) {
        return send(graphQlRequest(user, RECEIVE, input(subject)).header("Idempotency-Key", key));
    }

    private static String trackingCode(Response response) {
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.receivePetition.receipts[0].trackingCode");
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheFirstResultAndCreatesNothing() {
        String subject = "Rác thải ngõ " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        Response first = receive("officer.hoankiem", subject, key);
        Response retry = receive("officer.hoankiem", subject, key);

        assertThat(trackingCode(retry)).isEqualTo(trackingCode(first));
        assertThat(retry.<Boolean>read("$.extensions.idempotentReplay")).isTrue();
        assertThat(petitionsAbout("00070", subject)).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfOneMutationWithOneKeyCreateExactlyOneRecord() throws Exception {
        String subject = "Nước ngập phố " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        int retries = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(retries)) {
            for (int i = 0; i < retries; i++) {
                responses.add(pool.submit(() -> {
                    start.await();
                    return receive("officer.hoankiem", subject, key);
                }));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<Response> response : responses) {
                codes.add(trackingCode(response.get()));
            }
            assertThat(codes).hasSize(retries).containsOnly(codes.getFirst());
        }
        assertThat(petitionsAbout("00070", subject)).isEqualTo(1);
    }

    @Test
    void theSameKeyForADifferentRequestIsAConflict() {
        String key = UUID.randomUUID().toString();
        trackingCode(receive("officer.hoankiem", "Cây đổ " + UUID.randomUUID(), key));

        Response other = receive("officer.hoankiem", "Cây đổ khác " + UUID.randomUUID(), key);

        assertThat(other.errorCode()).isEqualTo("CONFLICT");
        assertThat(other.<String>read("$.errors[0].extensions.field")).isEqualTo("Idempotency-Key");
    }

    @Test
    void keysBelongToTheirCaller() throws Exception {
        String key = UUID.randomUUID().toString();
        String subject = "Đèn hỏng " + UUID.randomUUID();

        String mine = trackingCode(receive("officer.hoankiem", subject, key));
        String theirs = trackingCode(receive("clerk.hoankiem", subject, key));

        assertThat(theirs).isNotEqualTo(mine);
        assertThat(petitionsAbout("00070", subject)).isEqualTo(2);
    }

    @Test
    void aMalformedKeyIsRefused() {
        Response response = receive("officer.hoankiem", "Khóa sai " + UUID.randomUUID(), "bad key with spaces");

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
    }

    private int petitionsAbout(String unit, String subject) {
        return sql.sql("select count(*) from unit_" + unit + ".petition where subject = :subject")
                .param("subject", subject)
                .query(Integer.class)
                .single();
    }
}
