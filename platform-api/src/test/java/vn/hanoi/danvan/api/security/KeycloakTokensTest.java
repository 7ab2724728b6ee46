package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.admin.cli.TenantAdminCli;
import vn.hanoi.danvan.admin.keycloak.KeycloakSettings;
import vn.hanoi.danvan.admin.keycloak.UnitGroups;
import vn.hanoi.danvan.api.ApiTest.Response;
import vn.hanoi.danvan.api.console.Browser;
import vn.hanoi.danvan.testing.TestPostgres;

/**
 * Production identity against a real Keycloak with the repository's realm: the API runs under
 * the {@code prod} profile and trusts that realm's tokens only (issuer and audience). A person's
 * token from the password grant and a client's from the client-credentials grant each get exactly
 * their rights; tenant-admin's {@code provision} makes the units' groups in the same Keycloak.
 */
@Tag(KeycloakPrestart.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"prod", "test"})
class KeycloakTokensTest {

    private static final String DATABASE = TestPostgres.newDatabase();
    private static final String PASSWORD = UUID.randomUUID().toString();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String DENOUNCER = "Đặng Thị Kín";

    private static TestKeycloak keycloak;
    private static Map<String, String> cliEnvironment;
    private static String firstProvisioning;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void production(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> 2);
        registry.add(
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                () -> TestKeycloak.await().issuer());
        registry.add("danvan.personal-data.encryption-key", KeycloakTokensTest::randomKey);
        registry.add("danvan.personal-data.hash-key", KeycloakTokensTest::randomKey);
    }

    @BeforeAll
    static void realmWithPeopleAndUnits() {
        keycloak = TestKeycloak.await();
        try (Keycloak admin = keycloak.admin()) {
            RealmResource realm = admin.realm(TestKeycloak.REALM);
            person(realm, "lan.officer", "00070", "unit-officer");
            person(realm, "ha.supervisor", null, "city-supervisor");
            // Tests sign people in with the password grant; the console itself uses PKCE.
            ClientResource console = client(realm, "danvan-console");
            ClientRepresentation representation = console.toRepresentation();
            representation.setDirectAccessGrantsEnabled(true);
            console.update(representation);
            cliEnvironment = Map.of(
                    "SPRING_DATASOURCE_URL",
                    DATABASE,
                    "DANVAN_KEYCLOAK_URL",
                    keycloak.url(),
                    "DANVAN_KEYCLOAK_ADMIN_CLIENT_ID",
                    "danvan-tenant-admin",
                    "DANVAN_KEYCLOAK_ADMIN_CLIENT_SECRET",
                    secret(realm, "danvan-tenant-admin"));
        }
        firstProvisioning = cli("provision", "00070") + cli("provision", "00004");
    }

    @Test
    void aUnitOfficerSignedInWithThePasswordGrantGetsAnOfficersRights() {
        String officer = passwordToken("lan.officer");

        Response me = graphQl(officer, "{ me { roles scopes client unit { code } } }", Map.of());
        assertThat(me.<List<String>>read("$.data.me.roles")).containsExactly("UNIT_OFFICER");
        assertThat(me.<String>read("$.data.me.unit.code")).isEqualTo("00070");
        assertThat(me.<String>read("$.data.me.client")).isEqualTo("danvan-console");

        Response received = receiveDenunciation(officer);
        assertThat(received.errorCode()).isNull();
        assertThat(graphQl(officer, "{ petitions { totalCount } }", Map.of())
                        .<Integer>read("$.data.petitions.totalCount"))
                .isPositive();
        assertThat(graphQl(officer, "{ units { totalCount } }", Map.of()).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aCitySupervisorSeesTheUnitsButNoPetitions() {
        String supervisor = passwordToken("ha.supervisor");

        assertThat(graphQl(supervisor, "{ me { roles unit { code } } }", Map.of())
                        .<List<String>>read("$.data.me.roles"))
                .containsExactly("CITY_SUPERVISOR");
        assertThat(graphQl(supervisor, "{ units { totalCount } }", Map.of()).<Integer>read("$.data.units.totalCount"))
                .isEqualTo(2);
        assertThat(graphQl(supervisor, "{ petitions { totalCount } }", Map.of()).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aClientBoundToAUnitReadsItsPetitionsWithoutIdentityAndWritesOnlyWithTheScope() {
        Response received = receiveDenunciation(passwordToken("lan.officer"));
        String trackingCode = received.read("$.data.receivePetition.receipts[0].trackingCode");
        String reader = clientToken("example-unit-app", "petitions:read status:read");

        Response me = graphQl(reader, "{ me { roles scopes client unit { code } } }", Map.of());
        assertThat(me.<List<String>>read("$.data.me.roles")).isEmpty();
        assertThat(me.<List<String>>read("$.data.me.scopes")).contains("petitions:read", "status:read");
        assertThat(me.<String>read("$.data.me.client")).isEqualTo("example-unit-app");

        Response list = graphQl(
                reader,
                "{ petitions(first: 200, orderBy: RECEIVED) { totalCount edges { node { subject"
                        + " petitioners { redacted fullName address nationalId } attachments { name } } } } }",
                Map.of());
        assertThat(list.<Integer>read("$.data.petitions.totalCount")).isPositive();
        assertThat(list.<List<Boolean>>read("$.data.petitions.edges[*].node.petitioners[*].redacted"))
                .isNotEmpty()
                .containsOnly(true);
        assertThat(list.body()).doesNotContain(DENOUNCER);
        assertThat(statusOf(reader, trackingCode).errorCode()).isNull();
        assertThat(statusOf(reader, trackingCode).<String>read("$.data.petitionStatus.kind"))
                .isEqualTo("DENUNCIATION");
        assertThat(statusOf(reader, "00004-AAAAAAAA").errorCode()).isEqualTo("FORBIDDEN");
        assertThat(receiveDenunciation(reader).errorCode()).isEqualTo("FORBIDDEN");
        assertThat(graphQl(reader, "{ units { totalCount } }", Map.of()).errorCode())
                .isEqualTo("FORBIDDEN");

        String writer = clientToken("example-unit-app", "petitions:write");
        assertThat(receiveDenunciation(writer).errorCode()).isNull();
        assertThat(graphQl(writer, "{ petitions { totalCount } }", Map.of()).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void aCityWideClientLooksUpStatusesButReadsNoPetitions() {
        String trackingCode = receiveDenunciation(passwordToken("lan.officer"))
                .read("$.data.receivePetition.receipts[0].trackingCode");
        String city = clientToken("example-city-app", "status:read");

        Response me = graphQl(city, "{ me { roles scopes client unit { code } } }", Map.of());
        assertThat(me.<Object>read("$.data.me.unit")).isNull();
        assertThat(statusOf(city, trackingCode).<String>read("$.data.petitionStatus.kind"))
                .isEqualTo("DENUNCIATION");
        assertThat(graphQl(city, "{ petitions { totalCount } }", Map.of()).errorCode())
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void tokensOfAnotherIssuerOrWithoutTheApiAudienceAreRefused() {
        try (Keycloak admin = keycloak.admin()) {
            // The master realm's own administrator: a valid Keycloak token, but not the realm's.
            String masterToken = admin.tokenManager().getAccessTokenString();
            assertThat(graphQl(masterToken, "{ me { subject } }", Map.of()).status())
                    .isEqualTo(401);
            RealmResource realm = admin.realm(TestKeycloak.REALM);
            ClientRepresentation stranger = new ClientRepresentation();
            stranger.setClientId("stranger-" + UUID.randomUUID().toString().substring(0, 8));
            stranger.setPublicClient(false);
            stranger.setServiceAccountsEnabled(true);
            stranger.setStandardFlowEnabled(false);
            stranger.setDefaultClientScopes(List.of("basic", "service_account"));
            realm.clients().create(stranger).close();
            String withoutAudience = clientToken(stranger.getClientId(), secret(realm, stranger.getClientId()), "");
            assertThat(graphQl(withoutAudience, "{ me { subject } }", Map.of()).status())
                    .isEqualTo(401);
        }
        assertThat(graphQl("not-a-token", "{ me { subject } }", Map.of()).status())
                .isEqualTo(401);
    }

    @Test
    void theConsoleSignsInAtKeycloakWithPkceAndSignsOutThere() throws Exception {
        try (Keycloak admin = keycloak.admin()) {
            ClientResource console = client(admin.realm(TestKeycloak.REALM), "danvan-console");
            ClientRepresentation representation = console.toRepresentation();
            representation.setRedirectUris(List.of("http://localhost:" + port + "/*"));
            console.update(representation);
        }
        By singleSignOn = By.xpath("//button[text()='Đăng nhập bằng tài khoản một lần (SSO)']");
        try (Browser browser = Browser.open(port)) {
            browser.go("#/inbox");
            browser.visible(singleSignOn).click();
            browser.type(browser.visible(By.id("username")), "lan.officer");
            browser.type(browser.visible(By.id("password")), PASSWORD);
            browser.visible(By.id("kc-login")).click();

            browser.heading("Hộp đơn thư");
            assertThat(browser.visible(By.id("who")).getText()).contains("Phường Hoàn Kiếm", "Cán bộ");
            assertThat(browser.currentUrl()).doesNotContain("code=").endsWith("/#/inbox");
            browser.screenshot("10-single-sign-on");

            browser.visible(By.xpath("//button[text()='Đăng xuất']")).click();
            browser.visible(singleSignOn);
            assertThat(browser.currentUrl()).startsWith("http://localhost:" + port + "/");
        }
    }

    @Test
    void provisionMakesEachUnitsGroupOnceAndSetsItRightAgain() {
        assertThat(firstProvisioning).contains("{CREATED=1}");
        assertThat(cli("provision", "00070")).contains("{UNCHANGED=1}");

        KeycloakSettings settings =
                KeycloakSettings.fromEnvironment(cliEnvironment).orElseThrow();
        try (UnitGroups groups = UnitGroups.connect(settings);
                Keycloak admin = keycloak.admin()) {
            GroupRepresentation group = groups.find(UnitCode.of("00070")).orElseThrow();
            assertThat(group.getAttributes()).containsEntry("unit", List.of("00070"));
            assertThat(group.getAttributes().get("unitName")).containsExactly("Phường Hoàn Kiếm");
            group.setAttributes(Map.of("unit", List.of("99999")));
            admin.realm(TestKeycloak.REALM).groups().group(group.getId()).update(group);
        }
        assertThat(cli("provision", "00070")).contains("{UPDATED=1}");
        try (Keycloak admin = keycloak.admin()) {
            List<GroupRepresentation> named =
                    admin.realm(TestKeycloak.REALM).groups().groups("unit-00070", true, 0, 10, false);
            assertThat(named).hasSize(1);
            assertThat(named.getFirst().getAttributes()).containsEntry("unit", List.of("00070"));
        }
    }

    private Response receiveDenunciation(String bearer) {
        return graphQl(
                bearer,
                """
                mutation($input: ReceivePetitionInput!) {
                  receivePetition(input: $input) { receipts { kind trackingCode } }
                }""",
                Map.of(
                        "input",
                        Map.of(
                                "kinds",
                                List.of("DENUNCIATION"),
                                "channel",
                                "IN_PERSON",
                                "subject",
                                "Tố cáo thu tiền trái phép " + UUID.randomUUID(),
                                "matter",
                                "Thu tiền trông xe trái phép ở chợ.",
                                "petitioners",
                                List.of(Map.of("fullName", DENOUNCER, "address", "Ngõ 5 Hàng Bạc")))));
    }

    private Response statusOf(String bearer, String trackingCode) {
        return graphQl(
                bearer,
                "query($c: String!) { petitionStatus(trackingCode: $c) { kind state } }",
                Map.of("c", trackingCode));
    }

    private Response graphQl(String bearer, String document, Map<String, Object> variables) {
        String body = JsonPath.parse(Map.of("query", document, "variables", variables))
                .jsonString();
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static String passwordToken(String username) {
        return token(Map.of(
                "grant_type", "password",
                "client_id", "danvan-console",
                "username", username,
                "password", PASSWORD,
                "scope", "openid"));
    }

    private static String clientToken(String clientId, String scope) {
        try (Keycloak admin = keycloak.admin()) {
            return clientToken(clientId, secret(admin.realm(TestKeycloak.REALM), clientId), scope);
        }
    }

    private static String clientToken(String clientId, String secret, String scope) {
        Map<String, String> fields = new HashMap<>(
                Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
        if (!scope.isEmpty()) {
            fields.put("scope", scope);
        }
        return token(fields);
    }

    private static String token(Map<String, String> fields) {
        Response response = form(keycloak.tokenEndpoint(), fields);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.read("$.access_token");
    }

    private static Response form(String url, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void person(RealmResource realm, String username, String unit, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName(username.substring(0, username.indexOf('.')));
        user.setLastName("Test");
        user.setEmail(username + "@example.vn");
        user.setEmailVerified(true);
        Map<String, List<String>> attributes = new HashMap<>();
        if (unit != null) {
            attributes.put("unit", List.of(unit));
        }
        user.setAttributes(attributes);
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        realm.users().create(user).close();
        String id = realm.users().search(username, true).getFirst().getId();
        realm.users()
                .get(id)
                .roles()
                .realmLevel()
                .add(List.of(realm.roles().get(role).toRepresentation()));
    }

    private static ClientResource client(RealmResource realm, String clientId) {
        return realm.clients()
                .get(realm.clients().findByClientId(clientId).getFirst().getId());
    }

    private static String secret(RealmResource realm, String clientId) {
        return client(realm, clientId).getSecret().getValue();
    }

    private static String cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> command = new java.util.ArrayList<>(List.of(args));
        command.addAll(List.of("--parallel", "1")); // the shared test server has few connections to spare
        int exit = TenantAdminCli.run(
                command,
                cliEnvironment,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        String output = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        return output;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
