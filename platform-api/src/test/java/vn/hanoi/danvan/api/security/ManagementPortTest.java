package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.danvan.admin.ReferenceUnits;
import vn.hanoi.danvan.admin.UnitDefinition;
import vn.hanoi.danvan.api.ApiTest;

/** The management port as the chart runs it: probes and Prometheus there, nothing else open. */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTest extends ApiTest {

    private static final Pattern SAMPLE = Pattern.compile("^(\\w+)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("(\\w+)=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern FIVE_DIGITS = Pattern.compile("(?<!\\d)\\d{5}(?!\\d)");

    private static final String PETITIONER = "Lê Thị Metrics";
    private static final String NATIONAL_ID = "001190012345";

    @LocalManagementPort
    int managementPort;

    /** One line of the Prometheus text format. */
    private record Sample(String name, Map<String, String> labels, double value) {}

    @Test
    void prometheusShowsEachOperationsLatencyAndErrorsAndTheFleetButNoUnitOrPerson() {
        graphQl("officer.hoankiem", "query InboxForMetrics { petitions(first: 5) { totalCount } }");
        Response received = graphQl(
                "officer.hoankiem",
                "mutation($input: ReceivePetitionInput!) { receivePetition(input: $input) { petitions { id } } }",
                Map.of(
                        "input",
                        Map.of(
                                "kinds", List.of("RECOMMENDATION"),
                                "channel", "IN_PERSON",
                                "subject", "Đường ngập sau mưa",
                                "matter", "Đường ngập sau mưa",
                                "petitioners", List.of(Map.of("fullName", PETITIONER, "nationalId", NATIONAL_ID)))));
        assertThat(received.errorCode()).as(received.body()).isNull();
        Response refused = graphQl(
                "officer.hoankiem",
                "{ oversight(period: {from: \"2026-01\", to: \"2026-01\"}) { scorecards { received } } }");
        assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");

        Response metrics = get(managementPort, "/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        List<Sample> samples = samples(metrics.body());
        assertThat(samples)
                .anyMatch(sample -> sample.name().equals("graphql_request_seconds_count")
                        && sample.labels().get("graphql_field").equals("petitions")
                        && sample.labels().get("graphql_outcome").equals("SUCCESS")
                        && sample.value() >= 1)
                .anyMatch(sample -> sample.name().equals("graphql_request_seconds_sum")
                        && sample.labels().get("graphql_field").equals("receivePetition")
                        && sample.value() > 0)
                .anyMatch(sample -> sample.name().equals("graphql_request_seconds_count")
                        && sample.labels().get("graphql_field").equals("oversight")
                        && sample.labels().get("graphql_outcome").equals("REQUEST_ERROR")
                        && sample.labels().get("graphql_error").equals("FORBIDDEN"))
                .anyMatch(sample -> sample.name().equals("http_server_requests_seconds_count"));
        assertThat(gauge(samples, "danvan_units", Map.of("status", "ACTIVE"))).isEqualTo(126);
        assertThat(gauge(samples, "danvan_units_behind", Map.of())).isZero();
        assertThat(gauge(samples, "danvan_units_migration_failed", Map.of())).isZero();

        // Unit codes and people stay out of metric labels (traces carry the unit).
        Set<String> unitCodes =
                ReferenceUnits.hanoi().stream().map(unit -> unit.code().value()).collect(Collectors.toSet());
        List<String> labelValues = samples.stream()
                .flatMap(sample -> sample.labels().values().stream())
                .toList();
        assertThat(labelValues)
                .noneMatch(value ->
                        FIVE_DIGITS.matcher(value).results().anyMatch(digits -> unitCodes.contains(digits.group())));
        assertThat(labelValues)
                .noneMatch(value -> ReferenceUnits.hanoi().stream()
                        .map(UnitDefinition::slug)
                        .anyMatch(value::contains));
        assertThat(metrics.body())
                .doesNotContain("hoankiem")
                .doesNotContain(PETITIONER)
                .doesNotContain(NATIONAL_ID);
        assertThat(get(managementPort, "/actuator/health/readiness", null).status())
                .isEqualTo(200);
    }

    @Test
    void onTheApplicationPortMetricsNeedAPlatformAdmin() {
        assertThat(get(port, "/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get(port, "/actuator/prometheus", token("officer.hoankiem")).status())
                .isEqualTo(403);
    }

    private static List<Sample> samples(String exposition) {
        List<Sample> samples = new ArrayList<>();
        for (String line : exposition.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (line.startsWith("#") || !sample.matches()) {
                continue;
            }
            Map<String, String> labels = sample.group(2) == null
                    ? Map.of()
                    : LABEL.matcher(sample.group(2))
                            .results()
                            .collect(Collectors.toMap(label -> label.group(1), label -> label.group(2)));
            samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
        }
        return samples;
    }

    private static double gauge(List<Sample> samples, String name, Map<String, String> labels) {
        return samples.stream()
                .filter(sample ->
                        sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet()))
                .mapToDouble(Sample::value)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + labels));
    }
}
