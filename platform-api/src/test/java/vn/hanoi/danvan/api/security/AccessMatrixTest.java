package vn.hanoi.danvan.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import vn.hanoi.danvan.admin.UnitCode;
import vn.hanoi.danvan.api.ApiTest;

/**
 * Every query and mutation field of the schema, read from the running schema, called by every
 * kind of caller on the caller's own unit and on another: allowed exactly where
 * {@link AccessRules} says. A field with no rule, or no sample call here, fails the test.
 *
 * <p>Allowed means no UNAUTHENTICATED, FORBIDDEN or NOT_FOUND (a call may still fail on its
 * input: a stale version, a score of 0), and an object for {@code node} and
 * {@code petitionStatus}; refused means one of those codes, or null from {@code node}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest extends ApiTest {

    static final UnitCode OWN = UnitCode.of("00070");
    static final UnitCode OTHER = UnitCode.of("00004");
    static final Set<String> REFUSALS = Set.of("UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND");

    /** A caller: how to get its token, and the viewer the API must take it for. */
    record Caller(String name, Function<AccessMatrixTest, String> token, Viewer viewer) {}

    static final List<Caller> CALLERS = List.of(
            person("officer.hoankiem", OWN, Role.UNIT_OFFICER),
            person("leader.hoankiem", OWN, Role.UNIT_LEADER),
            person("supervisor.city", null, Role.CITY_SUPERVISOR),
            person("admin.platform", null, Role.PLATFORM_ADMIN),
            client("client.00070", "petitions:read"),
            client("client.00070", "petitions:write"),
            client("client.00070", "status:read"),
            client("client.00070", ""),
            client("client.city", "petitions:read petitions:write status:read"),
            new Caller("anonymous", test -> null, Viewer.ANONYMOUS));

    /** One call of a field: the document and its variables for a given unit's objects. */
    record Sample(String document, Function<UnitCode, Map<String, Object>> variables, boolean namesAUnit) {}

    @Autowired
    GraphQlSource graphQl;

    private final Map<UnitCode, Petition> petitions = new LinkedHashMap<>();

    record Petition(String id, String trackingCode) {}

    @BeforeAll
    void aPetitionInEachUnit() {
        petitions.put(OWN, receive("officer.hoankiem"));
        petitions.put(OTHER, receive("officer.badinh"));
    }

    @Test
    void everyCallerGetsExactlyWhatTheRulesSay() {
        List<String> mismatches = new ArrayList<>();
        Map<String, Sample> samples = samples();
        for (String coordinate : rootFields()) {
            String[] parts = coordinate.split("\\.");
            Optional<AccessRule> declared = AccessRules.rule(parts[0], parts[1]);
            Sample sample = samples.get(coordinate);
            assertThat(declared).as("an access rule for " + coordinate).isPresent();
            assertThat(sample)
                    .as("a sample call of " + coordinate + " in this test")
                    .isNotNull();
            AccessRule rule = coordinate.equals("Query.node")
                    ? AccessRules.nodeRule("Petition").orElseThrow()
                    : declared.get();
            for (Caller caller : CALLERS) {
                for (UnitCode unit : sample.namesAUnit() ? List.of(OWN, OTHER) : List.of(OWN)) {
                    boolean expected = rule.admits(caller.viewer())
                            && (!sample.namesAUnit() || rule.reaches(caller.viewer(), unit));
                    Response response = graphQlWithToken(
                            caller.token().apply(this),
                            sample.document(),
                            sample.variables().apply(unit));
                    String outcome = outcome(coordinate, response);
                    boolean allowed = outcome.equals("allowed");
                    if (allowed != expected
                            || (!allowed && !caller.viewer().signedIn() && !outcome.equals("UNAUTHENTICATED"))) {
                        mismatches.add(coordinate + " by " + caller.name() + " on " + unit.value() + ": expected "
                                + (expected ? "allowed" : "refused") + ", got " + outcome + " " + response.body());
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void theTokensMapToTheViewersTheMatrixAssumes() {
        for (Caller caller : CALLERS) {
            Response me = graphQlWithToken(
                    caller.token().apply(this), "{ me { roles scopes client unit { code } } }", Map.of());
            Viewer viewer = caller.viewer();
            if (!viewer.signedIn()) {
                assertThat(me.errorCode()).isEqualTo("UNAUTHENTICATED");
                continue;
            }
            assertThat(me.<List<String>>read("$.data.me.roles"))
                    .as(caller.name())
                    .containsExactlyInAnyOrderElementsOf(
                            viewer.roles().stream().map(Role::name).toList());
            assertThat(new TreeSet<>(me.<List<String>>read("$.data.me.scopes")))
                    .as(caller.name())
                    .containsAll(viewer.thirdParty() ? viewer.scopes() : Set.of());
            Map<String, Object> unit = me.read("$.data.me.unit");
            assertThat(Optional.ofNullable(unit).map(u -> (String) u.get("code")))
                    .as(caller.name())
                    .isEqualTo(viewer.unit().map(UnitCode::value));
        }
    }

    private List<String> rootFields() {
        List<String> fields = new ArrayList<>();
        for (GraphQLObjectType type :
                List.of(graphQl.schema().getQueryType(), graphQl.schema().getMutationType())) {
            for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
                fields.add(type.getName() + "." + field.getName());
            }
        }
        return fields;
    }

    private static String outcome(String coordinate, Response response) {
        String code = response.errorCode();
        if (code != null && REFUSALS.contains(code)) {
            return code;
        }
        if (response.status() != 200) {
            return "HTTP " + response.status();
        }
        String field = coordinate.substring(coordinate.indexOf('.') + 1);
        if ((field.equals("node") || field.equals("petitionStatus"))
                && response.<Object>read("$.data." + field) == null) {
            return field.equals("node") ? "null node" : "null status";
        }
        return "allowed";
    }

    private Map<String, Sample> samples() {
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("Query.me", fixed("{ me { subject } }"));
        samples.put("Query.node", byId("query($id: ID!) { node(id: $id) { id } }"));
        samples.put(
                "Query.unit",
                new Sample("query($c: String!) { unit(code: $c) { code } }", unit -> Map.of("c", unit.value()), true));
        samples.put("Query.units", fixed("{ units(first: 1) { totalCount } }"));
        samples.put("Query.petitions", fixed("{ petitions(first: 1) { totalCount } }"));
        samples.put("Query.petition", byId("query($id: ID!) { petition(id: $id) { id } }"));
        samples.put(
                "Query.petitionStatus",
                byCode("query($code: String!) { petitionStatus(trackingCode: $code) { state } }"));
        samples.put("Query.publicHolidays", fixed("{ publicHolidays(year: 2026) { day } }"));
        samples.put("Mutation.receivePetition", new Sample("""
                        mutation($input: ReceivePetitionInput!) {
                          receivePetition(input: $input) { receipts { trackingCode } }
                        }""", unit -> Map.of("input", receiveInput()), false));
        transition(samples, "classifyPetition", "ClassifyPetitionInput", Map.of());
        transition(samples, "acceptPetition", "AcceptPetitionInput", Map.of());
        transition(samples, "rejectPetition", "ReasonInput", Map.of("reason", "Không đủ điều kiện"));
        transition(samples, "guidePetition", "ReasonInput", Map.of("reason", "Hướng dẫn"));
        transition(
                samples,
                "transferPetition",
                "TransferPetitionInput",
                Map.of("toUnit", "00004", "reason", "Thẩm quyền"));
        transition(samples, "startPetitionVerification", "NoteInput", Map.of());
        transition(samples, "suspendPetition", "DatedReasonInput", Map.of("reason", "Chờ giám định"));
        transition(samples, "resumePetition", "DatedNoteInput", Map.of());
        transition(samples, "extendPetition", "ReasonInput", Map.of("reason", "Phức tạp"));
        transition(samples, "resolvePetition", "ResolvePetitionInput", Map.of("decision", "Quyết định"));
        transition(samples, "appealPetition", "DatedReasonInput", Map.of("reason", "Khiếu nại lần hai"));
        transition(samples, "withdrawPetition", "ReasonInput", Map.of("reason", "Rút đơn"));
        transition(samples, "closePetition", "NoteInput", Map.of());
        transition(samples, "assignPetitionHandler", "AssignHandlerInput", Map.of("handlerSubject", "clerk.hoankiem"));
        // A score of 0 is refused on its input, after the access check, and rates nothing.
        samples.put(
                "Mutation.ratePetition",
                byCode(
                        "mutation($code: String!) { ratePetition(trackingCode: $code, secret: \"x\", score: 0) { state } }"));
        // An empty name is refused on its input, after the access check: the calendar stays as it is.
        samples.put(
                "Mutation.setPublicHoliday",
                fixed("mutation { setPublicHoliday(input: { day: \"2026-10-14\", kind: HOLIDAY, name: \" \","
                        + " source: \" \" }) { day } }"));
        samples.put("Mutation.removePublicHoliday", fixed("mutation { removePublicHoliday(day: \"1990-01-02\") }"));
        return samples;
    }

    /** A transition with a stale version: CONFLICT where allowed, and nothing changes. */
    private void transition(Map<String, Sample> samples, String field, String inputType, Map<String, Object> input) {
        samples.put(
                "Mutation." + field,
                new Sample(
                        "mutation($id: ID!, $input: " + inputType + "!) { " + field
                                + "(id: $id, version: -1, input: $input) { id } }",
                        unit -> Map.of("id", petitions.get(unit).id(), "input", input),
                        true));
    }

    private static Sample fixed(String document) {
        return new Sample(document, unit -> Map.of(), false);
    }

    private Sample byId(String document) {
        return new Sample(document, unit -> Map.of("id", petitions.get(unit).id()), true);
    }

    private Sample byCode(String document) {
        return new Sample(document, unit -> Map.of("code", petitions.get(unit).trackingCode()), true);
    }

    private Petition receive(String officer) {
        Response response = graphQl(officer, """
                mutation($input: ReceivePetitionInput!) {
                  receivePetition(input: $input) { petitions { id } receipts { trackingCode } }
                }""", Map.of("input", receiveInput()));
        return new Petition(
                response.read("$.data.receivePetition.petitions[0].id"),
                response.read("$.data.receivePetition.receipts[0].trackingCode"));
    }

    private static Map<String, Object> receiveInput() {
        return Map.of(
                "kinds", List.of("RECOMMENDATION"),
                "channel", "IN_PERSON",
                "subject", "Kiến nghị lắp đèn đường ngõ 12",
                "matter", "Ngõ tối, đề nghị lắp đèn.",
                "petitioners", List.of(Map.of("fullName", "Người kiến nghị")));
    }

    private static Caller person(String username, UnitCode unit, Role role) {
        return new Caller(
                username,
                test -> test.token(username),
                new Viewer(username, username, Optional.ofNullable(unit), Set.of(role), Set.of(), "danvan-console"));
    }

    private static Caller client(String clientId, String scopes) {
        Set<String> granted = scopes.isBlank() ? Set.of() : Set.of(scopes.split(" "));
        Optional<UnitCode> unit = clientId.equals("client.city")
                ? Optional.empty()
                : Optional.of(UnitCode.of(clientId.substring("client.".length())));
        return new Caller(
                clientId + " [" + scopes + "]",
                test -> test.clientToken(clientId, scopes),
                Viewer.application("service-account-" + clientId, clientId, unit, granted));
    }
}
