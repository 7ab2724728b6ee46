package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.danvan.api.ApiTest;

class DevSignInTest extends ApiTest {

    @ParameterizedTest
    @CsvSource({
        "officer.hoankiem, UNIT_OFFICER, 00070",
        "leader.hoankiem, UNIT_LEADER, 00070",
        "officer.badinh, UNIT_OFFICER, 00004",
        "clerk.hoankiem, UNIT_OFFICER, 00070",
        "officer.00082, UNIT_OFFICER, 00082",
        "supervisor.city, CITY_SUPERVISOR, ",
        "admin.platform, PLATFORM_ADMIN, "
    })
    void eachDemoUserSignsInWithTheirRoleAndUnit(String username, String role, String unit) {
        Response me = graphQl(username, "{ me { subject roles unit { code name } } }");

        assertThat(me.<String>read("$.data.me.subject")).isEqualTo(username);
        assertThat(me.<List<String>>read("$.data.me.roles")).containsExactly(role);
        if (unit == null) {
            assertThat(me.<Object>read("$.data.me.unit")).isNull();
        } else {
            assertThat(me.<String>read("$.data.me.unit.code")).isEqualTo(unit);
        }
    }

    @Test
    void anUnknownUserGetsNoToken() {
        for (String username : List.of("mallory", "officer.abc", "officer.0007")) {
            Response response = post("/dev/token", "application/x-www-form-urlencoded", "username=" + username, null);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("unknown_user").doesNotContain("access_token");
        }
    }

    @Test
    void aForgedTokenIsRefusedWithAGraphQlShapedError() {
        Response response = post("/graphql", "application/json", "{\"query\":\"{ me { subject } }\"}", "not.a.jwt");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("UNAUTHENTICATED");
    }
}
