package vn.hanoi.danvan.api.documents;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import vn.hanoi.danvan.api.ApiTest;
import vn.hanoi.danvan.api.dev.ClientTokens;

class PersistedDocumentsTest extends ApiTest {

    private static final String REGISTER = """
            mutation($input: RegisterTrustedDocumentInput!) {
              registerTrustedDocument(input: $input) { client sha256Hash }
            }""";

    @Autowired
    ApplicationContext context;

    /** A POST as a bearer, with the document (or null: hash only) and its hash in APQ form. */
    private Response send(String bearer, String document, String hash) {
        Map<String, Object> body = new HashMap<>();
        if (document != null) {
            body.put("query", document);
        }
        if (hash != null) {
            body.put("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash)));
        }
        return post("/graphql", "application/json", JsonPath.parse(body).jsonString(), bearer);
    }

    private String register(String client, String document) {
        Response response =
                graphQl("admin.platform", REGISTER, Map.of("input", Map.of("client", client, "document", document)));
        assertThat(response.errorCode()).as(response.body()).isNull();
        return response.read("$.data.registerTrustedDocument.sha256Hash");
    }

    private void trustedOnly(String client, boolean only) {
        Response response = graphQl(
                "admin.platform",
                "mutation($c: String!, $o: Boolean!) { setClientTrustedOnly(client: $c, trustedOnly: $o) { trustedOnly } }",
                Map.of("c", client, "o", only));
        assertThat(response.<Boolean>read("$.data.setClientTrustedOnly.trustedOnly"))
                .isEqualTo(only);
    }

    @Test
    void aTrustedOnlyClientRunsItsRegisteredDocumentsAndNothingElse() {
        String client = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        String document = "query Who { me { client } }";
        String hash = register(client, document);
        trustedOnly(client, true);
        String token = ClientTokens.issue(context, client, "00070", "status:read");

        assertThat(send(token, null, hash).<String>read("$.data.me.client")).isEqualTo(client);
        assertThat(send(token, document, null).<String>read("$.data.me.client")).isEqualTo(client);
        Response other = send(token, "{ me { subject } }", null);
        assertThat(other.errorCode()).isEqualTo("FORBIDDEN");
        assertThat(other.<String>read("$.errors[0].extensions.reason")).isEqualTo("TRUSTED_DOCUMENTS_ONLY");

        trustedOnly(client, false);
        assertThat(send(token, "{ me { subject } }", null).errorCode()).isNull();
    }

    @Test
    void aClientCannotRunAnotherClientsRegisteredDocumentByHash() {
        String hash = register("owner-app", "query Mine { me { subject } }");
        String stranger = ClientTokens.issue(context, "stranger-app", null, "status:read");

        assertThat(send(stranger, null, hash).errorCode()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    }

    @Test
    void onlyPlatformAdminsRegisterDocuments() {
        Response response = graphQl(
                "officer.hoankiem",
                REGISTER,
                Map.of("input", Map.of("client", "x-app", "document", "{ me { subject } }")));

        assertThat(response.errorCode()).isEqualTo("FORBIDDEN");
    }

    @Test
    void firstPartyCallersUseAutomaticPersistedQueries() {
        String document = "query Apq" + UUID.randomUUID().toString().replace("-", "") + " { me { subject } }";
        String hash = DocumentHash.of(document);
        String token = token("officer.hoankiem");

        Response unknown = send(token, null, hash);
        assertThat(unknown.errorCode()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.<String>read("$.errors[0].message")).isEqualTo("PersistedQueryNotFound");

        assertThat(send(token, document, hash).<String>read("$.data.me.subject"))
                .isEqualTo("officer.hoankiem");
        assertThat(send(token, null, hash).<String>read("$.data.me.subject")).isEqualTo("officer.hoankiem");
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefused() {
        Response response = send(token("officer.hoankiem"), "{ me { subject } }", DocumentHash.of("{ other }"));

        assertThat(response.errorCode()).isEqualTo("BAD_USER_INPUT");
    }
}
