package vn.hanoi.danvan.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.ApiTest;

class IdempotencyTest extends ApiTest {

    @Autowired
    JdbcClient sql;

    @Autowired
    JsonMapper json;

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

        List<String> codes = concurrently(8, () -> trackingCode(receive("officer.hoankiem", subject, key)));

        assertThat(codes).hasSize(8).containsOnly(codes.getFirst());
        assertThat(petitionsAbout("00070", subject)).isEqualTo(1);
    }

    @Test
    void aKeyWhoseHolderDiedWaitsOutItsLeaseThenExactlyOneRetryTakesItOver() throws Exception {
        String subject = "Cống tắc ngõ " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        claimLeftBehindBy("officer.hoankiem", key, subject);

        Response whileLeased = receive("officer.hoankiem", subject, key);

        assertThat(whileLeased.errorCode()).isEqualTo("IN_PROGRESS");
        int retryAfter = whileLeased.read("$.errors[0].extensions.retryAfterSeconds");
        assertThat(retryAfter).isPositive();
        assertThat(whileLeased.header("Retry-After")).isEqualTo(Integer.toString(retryAfter));
        assertThat(petitionsAbout("00070", subject)).isZero();

        sql.sql("update platform.idempotency_key set claimed_at = now() - interval '1 hour' where key = :key")
                .param("key", key)
                .update();
        List<String> codes = concurrently(8, () -> trackingCode(receive("officer.hoankiem", subject, key)));

        assertThat(codes).containsOnly(codes.getFirst());
        assertThat(petitionsAbout("00070", subject)).isEqualTo(1);
        Response later = receive("officer.hoankiem", subject, key);
        assertThat(trackingCode(later)).isEqualTo(codes.getFirst());
        assertThat(later.<Boolean>read("$.extensions.idempotentReplay")).isTrue();
    }

    /**
     * What a process leaves when it dies between claiming a key and completing it: the key
     * claimed for this very request (same document and variables), just now, never completed.
     */
    private void claimLeftBehindBy(String user, String key, String subject) {
        sql.sql("""
                        insert into platform.idempotency_key
                               (subject, client, key, request_hash, state, claim, claimed_at)
                        values (:user, 'danvan-console', :key, :hash, 'running', gen_random_uuid(), now())
                        """)
                .param("user", user)
                .param("key", key)
                .param("hash", new MutationRequests(json).fingerprint(RECEIVE, null, input(subject)))
                .update();
    }

    /** Runs the call on that many threads at once; their answers. */
    private static List<String> concurrently(int times, Callable<String> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(times)) {
            for (int i = 0; i < times; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> answer : answers) {
                results.add(answer.get());
            }
            return results;
        }
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
