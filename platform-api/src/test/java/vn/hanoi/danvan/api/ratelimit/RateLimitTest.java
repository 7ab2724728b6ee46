package vn.hanoi.danvan.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.dev.ClientTokens;

class RateLimitTest extends ApiTest {

    private static final String ME = "{ me { client } }";

    @Autowired
    ApplicationContext context;

    private Response asClient(String client, String unit) {
        String token = ClientTokens.issue(context, client, unit, "petitions:read");
        String body = "{\"query\":\"" + ME + "\"}";
        return post("/graphql", "application/json", body, token);
    }

    @Test
    void aClientPastItsBurstIsToldWhenToComeBack() {
        for (int i = 0; i < 3; i++) {
            assertThat(asClient("limited-app", null).<String>read("$.data.me.client"))
                    .isEqualTo("limited-app");
        }
        Response refused = asClient("limited-app", null);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(refused.<Integer>read("$.errors[0].extensions.retryAfterSeconds"))
                .isPositive();
        assertThat(refused.header("Retry-After"))
                .isEqualTo(refused.<Integer>read("$.errors[0].extensions.retryAfterSeconds")
                        .toString());
        // Others are not held back by one client's excess.
        assertThat(asClient("other-app", null).errorCode()).isNull();
        assertThat(graphQl("officer.hoankiem", ME).<String>read("$.data.me.client"))
                .isEqualTo("danvan-console");
    }

    @Test
    void clientsOfOneUnitShareTheUnitsBucket() {
        for (int i = 0; i < 4; i++) {
            assertThat(asClient(i % 2 == 0 ? "ward-app-a" : "ward-app-b", "00316")
                            .errorCode())
                    .isNull();
        }

        Response refused = asClient("ward-app-c", "00316");
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(asClient("ward-app-c", "00004").errorCode()).isNull();
    }

    @Test
    void anonymousCallersAreLimitedByTheirAddressNotRefusedOutright() {
        Response status = graphQl(null, "{ __typename }", Map.of());

        assertThat(status.<String>read("$.data.__typename")).isEqualTo("Query");
    }
}
