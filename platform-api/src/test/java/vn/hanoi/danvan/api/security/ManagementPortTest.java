package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;
import vn.hanoi.danvan.api.ApiTest;

/** The management port as the chart runs it: probes and Prometheus there, nothing else open. */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTest extends ApiTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void prometheusScrapesTheManagementPortWithoutATokenAndSeesEachOperation() {
        graphQl("officer.hoankiem", "query InboxForMetrics { petitions(first: 5) { totalCount } }");

        Response metrics = get(managementPort, "/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("graphql_request_seconds_count").contains("http_server_requests_seconds");
        // Unit codes and people stay out of metric labels (traces may carry the unit).
        assertThat(metrics.body()).doesNotContain("00070").doesNotContain("hoankiem");
        assertThat(get(managementPort, "/actuator/health/readiness", null).status())
                .isEqualTo(200);
    }

    @Test
    void onTheApplicationPortMetricsNeedAPlatformAdmin() {
        assertThat(get(port, "/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get(port, "/actuator/prometheus", token("officer.hoankiem")).status())
                .isEqualTo(403);
    }
}
