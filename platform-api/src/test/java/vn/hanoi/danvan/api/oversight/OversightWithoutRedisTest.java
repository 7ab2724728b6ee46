package vn.hanoi.danvan.api.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import redis.embedded.RedisServer;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.TestRedis;
import vn.hanoi.danvan.api.petitions.PetitionCalendar;
import vn.hanoi.danvan.api.redis.Redis;
import vn.hanoi.danvan.api.redis.RedisAt;

/**
 * Oversight with its own Redis, which the test stops halfway: the figures keep coming, computed
 * from the summaries, and they are right, including a write made while Redis is down. Its own
 * application context (its own Redis client), closed after the class.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Import(OversightWithoutRedisTest.OwnRedis.class)
class OversightWithoutRedisTest extends ApiTest {

    private static final int PORT = TestRedis.freePort();
    private static final RedisServer SERVER = start();

    private static final String UNIT = "00283";

    @Autowired
    DataSource dataSource;

    @Autowired
    PetitionCalendar calendar;

    @Autowired
    Redis redis;

    @DynamicPropertySource
    static void fewConnections(DynamicPropertyRegistry registry) {
        // A second application context beside the shared one: few connections, closed after the class.
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 4);
    }

    /** The application's Redis client, pointed at this test's Redis. */
    @TestConfiguration
    static class OwnRedis {

        @Bean(destroyMethod = "close")
        @Primary
        Redis ownRedis() {
            return RedisAt.url("redis://127.0.0.1:" + PORT, TestRedis.newKeyPrefix());
        }
    }

    private static RedisServer start() {
        try {
            RedisServer server = new RedisServer(PORT);
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopRedis() throws IOException {
        if (SERVER.isActive()) {
            SERVER.stop();
        }
    }

    /**
     * A GraphQL call with a token of this context: the shared token cache of {@link ApiTest} holds
     * tokens signed by the other test context's key, and must not get this context's either.
     */
    private Response asFreshly(String user, String document, Map<String, Object> variables) {
        Response token = post("/dev/token", "application/x-www-form-urlencoded", "username=" + user, null);
        String body = com.jayway.jsonpath.JsonPath.parse(Map.of("query", document, "variables", variables))
                .jsonString();
        return post("/graphql", "application/json", body, token.read("$.access_token"));
    }

    @Test
    void withRedisStoppedOversightStillAnswersAndIsRight() throws IOException {
        LocalDate today = calendar.today();
        YearMonth month = YearMonth.from(today);
        String query = """
                query($period: OversightPeriodInput!) {
                  oversight(period: $period, units: ["%s"]) {
                    scorecards { received openBacklog overdue }
                    statistics(groupBy: [KIND]) { kind petitions }
                  }
                }
                """.formatted(UNIT);
        Map<String, Object> period = Map.of("period", Map.of("from", month.toString(), "to", month.toString()));
        UnitSchemaFigures figures = new UnitSchemaFigures(dataSource);

        Response cached = asFreshly("supervisor.city", query, period);
        assertThat(cached.errorCode()).as(cached.body()).isNull();
        assertThat(redis.call(jedis -> jedis.ping())).contains("PONG");

        SERVER.stop();
        assertThat(redis.call(jedis -> jedis.ping()))
                .as("the application's Redis is this test's")
                .isEmpty();

        Response write = asFreshly(
                "officer." + UNIT,
                OversightAccessTest.RECEIVE,
                Map.of(
                        "input",
                        Map.of(
                                "kinds", List.of("RECOMMENDATION"),
                                "channel", "ONLINE",
                                "subject", "Đèn đường hỏng",
                                "matter", "Đèn đường hỏng",
                                "petitioners", List.of(Map.of("fullName", "Người Dân")))));
        assertThat(write.errorCode()).as(write.body()).isNull();

        Response uncached = asFreshly("supervisor.city", query, period);
        assertThat(uncached.errorCode()).as(uncached.body()).isNull();
        Map<String, Object> expected = figures.scorecards(List.of(UNIT), month.atDay(1), month.atEndOfMonth(), today)
                .get(UNIT);
        assertThat(uncached.<Integer>read("$.data.oversight.scorecards[0].received"))
                .isEqualTo(((Number) expected.get("received")).intValue())
                .isEqualTo(cached.<Integer>read("$.data.oversight.scorecards[0].received") + 1);
        assertThat(uncached.<Integer>read("$.data.oversight.scorecards[0].openBacklog"))
                .isEqualTo(((Number) expected.get("open_backlog")).intValue());
        assertThat(uncached.<List<Integer>>read("$.data.oversight.statistics[*].petitions").stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(((Number) expected.get("received")).intValue());
    }
}
