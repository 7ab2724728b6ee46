package vn.hanoi.danvan.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.danvan.api.ApiTest;

/**
 * A request as operations see it: one JSON log line (ECS, as under the prod profile) carrying the
 * request id and the unit but nothing about the people in it, and a span carrying the unit. Its
 * own application context: JSON console logs, every request sampled, spans kept in memory.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@Import(RequestObservabilityTest.SpansInMemory.class)
@TestPropertySource(
        properties = {
            "logging.structured.format.console=ecs",
            "logging.level.vn.hanoi.danvan.api.observability.GraphQlRequestLog=info",
            "management.tracing.sampling.probability=1.0"
        })
class RequestObservabilityTest extends ApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class SpansInMemory {

        @Bean
        InMemorySpanExporter spans() {
            return InMemorySpanExporter.create();
        }
    }

    @Autowired
    InMemorySpanExporter spans;

    @Autowired
    SdkTracerProvider tracer;

    @Test
    void aRequestLogsOneJsonLineWithItsRequestIdAndUnit(CapturedOutput output) {
        String requestId = "test-" + UUID.randomUUID();

        Response response = send(graphQlRequest("officer.hoankiem", "{ petitions(first: 1) { totalCount } }", Map.of())
                .header("X-Request-Id", requestId));

        assertThat(response.header("X-Request-Id")).isEqualTo(requestId);
        JsonNode line = logLineOf(output, requestId);
        assertThat(line.path("requestId").asString()).isEqualTo(requestId);
        assertThat(line.path("unit").asString()).isEqualTo("00070");
        assertThat(line.path("message").asString()).startsWith("GraphQL petitions SUCCESS none in ");
    }

    @Test
    void registeringAPetitionLogsNeitherThePetitionersNameNorTheirNationalId(CapturedOutput output) {
        String requestId = "test-" + UUID.randomUUID();
        String name = "Phạm Văn Nhật Ký";
        String nationalId = "001085067890";

        Response response = send(graphQlRequest(
                        "officer.hoankiem",
                        "mutation($input: ReceivePetitionInput!) { receivePetition(input: $input) { petitions { id } } }",
                        Map.of(
                                "input",
                                Map.of(
                                        "kinds", List.of("COMPLAINT"),
                                        "channel", "IN_PERSON",
                                        "subject", "Khiếu nại quyết định thu hồi đất",
                                        "matter", "Khiếu nại quyết định thu hồi đất",
                                        "petitioners",
                                                List.of(Map.of(
                                                        "fullName", name,
                                                        "address", "Số 1 phố Nhật Ký",
                                                        "nationalId", nationalId)))))
                .header("X-Request-Id", requestId));

        assertThat(response.errorCode()).as(response.body()).isNull();
        assertThat(logLineOf(output, requestId).path("message").asString())
                .startsWith("GraphQL receivePetition SUCCESS none in ");
        assertThat(output.getAll())
                .doesNotContain(name)
                .doesNotContain("Nhật Ký")
                .doesNotContain(nationalId);
    }

    @Test
    void aGraphQlRequestsSpanCarriesTheUnitAndItsLogLineTheTraceId(CapturedOutput output) {
        spans.reset();
        String requestId = "test-" + UUID.randomUUID();

        send(graphQlRequest("officer.badinh", "{ petitions(first: 1) { totalCount } }", Map.of())
                .header("X-Request-Id", requestId));
        tracer.forceFlush().join(10, TimeUnit.SECONDS);

        SpanData request = spans.getFinishedSpanItems().stream()
                .filter(span -> "00004".equals(span.getAttributes().get(AttributeKey.stringKey("danvan.unit"))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no span with the unit among " + spans.getFinishedSpanItems()));
        assertThat(request.getAttributes().get(AttributeKey.stringKey("graphql.field")))
                .isEqualTo("petitions");
        assertThat(logLineOf(output, requestId).toString()).contains(request.getTraceId());
    }

    /** The JSON log line of the GraphQL request with this id: each line must be JSON on its own. */
    private static JsonNode logLineOf(CapturedOutput output, String requestId) {
        return output.getOut()
                .lines()
                .filter(line -> line.contains(requestId) && line.contains("GraphQL "))
                .map(JSON::readTree)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no log line of request " + requestId + " in:\n" + output));
    }
}
